package io.sitrep.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The bytes of one fetched page, with where they finally came from (after redirects) and their content type.
 *
 * @param requestedUrl the URL that was asked for
 * @param url          the URL the bytes came from, after redirects; relative links resolve against it
 * @param contentType  the {@code Content-Type} header, or a guess for files; may be empty
 * @param body         the (unzipped) body, never more than {@code sitrep.fetch.max-size}
 * @param validators   what to send on the next fetch for a conditional GET
 */
public record FetchedPage(String requestedUrl, String url, String contentType, byte[] body, CacheValidators validators)
        implements FetchOutcome {

    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

    public FetchedPage {
        contentType = contentType == null ? "" : contentType;
        validators = validators == null ? CacheValidators.NONE : validators;
    }

    /** The charset the content type names, when it names a known one. */
    public String charset() {
        Matcher m = CHARSET.matcher(contentType);
        if (m.find() && Charset.isSupported(m.group(1))) {
            return m.group(1);
        }
        return null;
    }

    /** The body as an HTML document; Jsoup finds the charset from the header, a BOM or a meta tag. */
    public Document html() {
        try {
            return Jsoup.parse(new ByteArrayInputStream(body), charset(), url);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen reading from memory
        }
    }

    /** The body's first characters, lower-cased, for sniffing what it is. */
    String head(int chars) {
        int n = Math.min(body.length, chars);
        return new String(body, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    }
}
