package io.sitrep.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.jsoup.Connection;
import org.jsoup.HttpStatusException;
import org.jsoup.Jsoup;
import org.jsoup.UnsupportedMimeTypeException;
import org.jsoup.nodes.Document;
import org.springframework.core.io.ClassPathResource;

/** Reads a live-blog page from {@code http(s)://}, {@code file:} or {@code classpath:} into a Jsoup document. */
public class PageFetcher {

    static final String USER_AGENT = "Sitrep/0.1 (live-blog briefing bot; +https://github.com/sitrep-bot)";

    private final Duration timeout;
    private final int maxBytes;

    public PageFetcher(Duration timeout, int maxBytes) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    public Document fetch(String url) throws FetchException {
        if (url.startsWith("classpath:")) {
            return fromClasspath(url);
        }
        if (url.startsWith("file:")) {
            return fromFile(url);
        }
        return fromHttp(url);
    }

    private Document fromHttp(String url) throws FetchException {
        try {
            Connection.Response response = Jsoup.connect(url)
                    .userAgent(USER_AGENT)
                    .timeout((int) timeout.toMillis())
                    .maxBodySize(maxBytes)
                    .followRedirects(true)
                    .ignoreHttpErrors(false)
                    .execute();
            if (response.bodyAsBytes().length >= maxBytes) {
                throw new FetchException("page is larger than " + maxBytes / 1024 + " KB");
            }
            return response.parse();
        } catch (HttpStatusException e) {
            throw new FetchException("HTTP " + e.getStatusCode() + " from " + url, e);
        } catch (SocketTimeoutException e) {
            throw new FetchException("timed out after " + timeout.toSeconds() + "s reading " + url, e);
        } catch (UnsupportedMimeTypeException e) {
            throw new FetchException("not a web page (" + e.getMimeType() + ") at " + url, e);
        } catch (IOException | IllegalArgumentException e) {
            throw new FetchException(e.getClass().getSimpleName() + " reading " + url + ": " + e.getMessage(), e);
        }
    }

    private Document fromFile(String url) throws FetchException {
        try {
            Path path = Path.of(URI.create(url));
            if (Files.size(path) > maxBytes) {
                throw new FetchException("file is larger than " + maxBytes / 1024 + " KB: " + path);
            }
            try (InputStream in = Files.newInputStream(path)) {
                return Jsoup.parse(in, null, url);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new FetchException("cannot read " + url + ": " + e.getMessage(), e);
        }
    }

    private Document fromClasspath(String url) throws FetchException {
        ClassPathResource resource = new ClassPathResource(url.substring("classpath:".length()));
        try (InputStream in = resource.getInputStream()) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new FetchException("resource is larger than " + maxBytes / 1024 + " KB: " + url);
            }
            return Jsoup.parse(new java.io.ByteArrayInputStream(bytes), null, url);
        } catch (IOException e) {
            throw new FetchException("cannot read " + url + ": " + e.getMessage(), e);
        }
    }
}
