package io.sitrep.source;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses hosts that resolve to loopback, private, link-local, unique-local, carrier-grade NAT or cloud-metadata
 * addresses, so a configured or redirected URL cannot make Sitrep reach into the network it runs in.
 */
final class AddressGuard {

    /** Turns a host name into addresses; the system resolver outside tests. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private static final Set<String> METADATA_HOSTS = Set.of("metadata.google.internal", "metadata.goog", "metadata",
            "instance-data", "instance-data.ec2.internal", "metadata.azure.internal");

    private final Resolver resolver;

    AddressGuard(Resolver resolver) {
        this.resolver = resolver;
    }

    static AddressGuard system() {
        return new AddressGuard(InetAddress::getAllByName);
    }

    /** Throws unless every address the URL's host resolves to is a public one. */
    void check(URI uri) throws FetchException {
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new FetchException("no host in " + uri);
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        String bare = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (METADATA_HOSTS.contains(bare) || bare.equals("localhost") || bare.endsWith(".localhost")) {
            throw new FetchException("refusing " + bare + ": a local or cloud-metadata host (set allow-private to permit)");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new FetchException("unknown host " + host, e);
        }
        for (InetAddress address : addresses) {
            if (isForbidden(address)) {
                throw new FetchException("refusing " + host + ": it resolves to the non-public address "
                        + address.getHostAddress() + " (set allow-private to permit)");
            }
        }
    }

    static boolean isForbidden(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true; // 0.0.0.0, 127/8, ::1, 169.254/16 (metadata 169.254.169.254), fe80::/10, 10/8, 172.16/12, 192.168/16
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 // "this network"
                    || (first == 100 && second >= 64 && second <= 127) // 100.64/10, carrier-grade NAT (some clouds' metadata)
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // 192.0.0/24, IETF protocol assignments
                    || first >= 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address v6) {
            if ((b[0] & 0xfe) == 0xfc) {
                return true; // fc00::/7 unique local (also AWS's fd00:ec2::254)
            }
            if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
                return true; // fec0::/10, old site-local
            }
            if (v6.isIPv4CompatibleAddress() || isNat64(b)) {
                return isForbidden(embeddedV4(b));
            }
        }
        return false;
    }

    private static boolean isNat64(byte[] b) {
        return (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                && Arrays.equals(Arrays.copyOfRange(b, 4, 12), new byte[8]);
    }

    private static InetAddress embeddedV4(byte[] b) {
        try {
            return InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // four bytes are always an address
        }
    }
}
