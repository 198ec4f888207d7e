package io.sitrep.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AddressGuardTests {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "10.0.0.8", "172.16.0.1", "172.31.255.255", "192.168.1.1",
            "169.254.169.254", "169.254.10.10", "0.0.0.0", "100.100.100.200", "::1", "fe80::1", "fc00::1",
            "fd00:ec2::254", "::ffff:127.0.0.1", "::ffff:10.1.2.3", "64:ff9b::a9fe:a9fe", "224.0.0.1"})
    void nonPublicAddressesAreRefused(String address) throws UnknownHostException {
        assertThat(AddressGuard.isForbidden(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "192.169.0.1", "2606:4700::6810:85e5", "100.128.0.1"})
    void publicAddressesPass(String address) throws UnknownHostException {
        assertThat(AddressGuard.isForbidden(InetAddress.getByName(address))).isFalse();
    }

    @Test
    void metadataAndLocalHostNamesAreRefusedBeforeAnyLookup() {
        AddressGuard guard = new AddressGuard(host -> {
            throw new AssertionError("no lookup expected for " + host);
        });

        assertThatThrownBy(() -> guard.check(URI.create("http://metadata.google.internal/computeMetadata/v1/")))
                .isInstanceOf(FetchException.class).hasMessageContaining("metadata.google.internal");
        assertThatThrownBy(() -> guard.check(URI.create("http://localhost:8080/")))
                .isInstanceOf(FetchException.class).hasMessageContaining("localhost");
    }

    @Test
    void aHostIsRefusedWhenAnyOfItsAddressesIsPrivate() throws UnknownHostException {
        InetAddress publicOne = InetAddress.getByAddress("news.example", new byte[] {93, (byte) 184, (byte) 216, 34});
        InetAddress privateOne = InetAddress.getByAddress("news.example", new byte[] {10, 0, 0, 5});
        AddressGuard mixed = new AddressGuard(host -> new InetAddress[] {publicOne, privateOne});
        AddressGuard clean = new AddressGuard(host -> new InetAddress[] {publicOne});

        assertThatThrownBy(() -> mixed.check(URI.create("https://news.example/live")))
                .hasMessageContaining("10.0.0.5").hasMessageContaining("allow-private");
        assertThatCode(() -> clean.check(URI.create("https://news.example/live"))).doesNotThrowAnyException();
    }
}
