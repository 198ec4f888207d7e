package io.sitrep.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the test pages and feeds stored beside this package's tests. */
final class Fixtures {

    private Fixtures() {
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/io/sitrep/source/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page as the fetcher would hand it over. */
    static FetchedPage page(String url, String contentType, String body) {
        return new FetchedPage(url, url, contentType, body.getBytes(StandardCharsets.UTF_8), CacheValidators.NONE);
    }

    static FetchedPage fixture(String url, String contentType, String name) {
        return page(url, contentType, text(name));
    }
}
