package io.sitrep.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Locale;

import io.sitrep.shared.SitrepProperties;
import org.springframework.core.io.ClassPathResource;

/**
 * Reads a page from {@code http(s)://} (politely, see {@link PoliteFetcher}), {@code file:} or {@code classpath:},
 * with the same size cap everywhere; any other scheme is refused.
 */
class PageFetcher {

    static final String USER_AGENT = PoliteFetcher.USER_AGENT;

    private final PoliteFetcher web;
    private final int maxBytes;

    /** A fetcher with the given overall timeout and size cap and the other {@code sitrep.fetch} defaults. */
    public PageFetcher(Duration timeout, int maxBytes) {
        this(new SitrepProperties.Fetch(timeout, org.springframework.util.unit.DataSize.ofBytes(maxBytes)));
    }

    /** A fetcher following the {@code sitrep.fetch} settings. */
    public PageFetcher(SitrepProperties.Fetch settings) {
        this(new PoliteFetcher(() -> PoliteFetcher.client(settings.connectTimeout()), AddressGuard.system(), new HostGate(),
                settings.timeout(), (int) settings.maxSize().toBytes(), settings.maxRedirects()), (int) settings.maxSize().toBytes());
    }

    PageFetcher(PoliteFetcher web, int maxBytes) {
        this.web = web;
        this.maxBytes = maxBytes;
    }

    /** Fetches a page whatever it was like last time. */
    public FetchedPage fetch(String url, boolean allowPrivate) throws FetchException {
        return (FetchedPage) fetch(url, CacheValidators.NONE, allowPrivate);
    }

    /**
     * Fetches a page, or learns that it is unchanged since the read that gave {@code previous}.
     *
     * @param allowPrivate fetch even from loopback, private, link-local and metadata addresses
     */
    public FetchOutcome fetch(String url, CacheValidators previous, boolean allowPrivate) throws FetchException {
        String scheme = url.contains(":") ? url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT) : "";
        return switch (scheme) {
            case "http", "https" -> web.fetch(url, previous, allowPrivate);
            case "file" -> fromFile(url, previous);
            case "classpath" -> fromClasspath(url);
            default -> throw new FetchException("refusing '" + url + "': only http, https, file and classpath URLs are read");
        };
    }

    private FetchOutcome fromFile(String url, CacheValidators previous) throws FetchException {
        try {
            Path path = Path.of(URI.create(url));
            // A FIFO, a device or a directory would block the reader or never end: only regular files are read.
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                throw new FetchException("refusing " + url + ": not a regular file (" + kind(attributes) + ")");
            }
            long size = attributes.size();
            if (size > maxBytes) {
                throw new FetchException("file is larger than " + PoliteFetcher.describe(maxBytes) + " (sitrep.fetch.max-size): " + path);
            }
            String stamp = size + "-" + Files.getLastModifiedTime(path).toMillis();
            if (stamp.equals(previous.etag())) {
                return new Unchanged(url);
            }
            try (InputStream in = Files.newInputStream(path)) {
                byte[] body = in.readNBytes(maxBytes + 1);
                if (body.length > maxBytes) {
                    throw new FetchException("file is larger than " + PoliteFetcher.describe(maxBytes) + " (sitrep.fetch.max-size): " + path);
                }
                return new FetchedPage(url, url, guessType(path.toString()), body, new CacheValidators(stamp, null));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new FetchException("cannot read " + url + ": " + e.getMessage(), e);
        }
    }

    private static String kind(BasicFileAttributes attributes) {
        if (attributes.isDirectory()) {
            return "a directory";
        }
        return attributes.isSymbolicLink() ? "a link" : "a FIFO, socket or device";
    }

    private FetchOutcome fromClasspath(String url) throws FetchException {
        ClassPathResource resource = new ClassPathResource(url.substring("classpath:".length()));
        try (InputStream in = resource.getInputStream()) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new FetchException("resource is larger than " + PoliteFetcher.describe(maxBytes) + ": " + url);
            }
            return new FetchedPage(url, url, guessType(url), bytes, CacheValidators.NONE);
        } catch (IOException e) {
            throw new FetchException("cannot read " + url + ": " + e.getMessage(), e);
        }
    }

    private static String guessType(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xml") || lower.endsWith(".rss") || lower.endsWith(".atom")) {
            return "application/xml";
        }
        return lower.endsWith(".html") || lower.endsWith(".htm") ? "text/html" : "";
    }
}
