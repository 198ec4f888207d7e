package io.sitrep.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
    private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)");

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

    /**
     * The body as an HTML document, decoded in the charset of the header, a BOM or a meta tag (UTF-8 when none
     * names one), with inline tags left open closed at block boundaries (see {@link InlineTagCloser}).
     */
    public Document html() {
        Charset charset = decodingCharset();
        int bom = charset.equals(StandardCharsets.UTF_8) && hasUtf8Bom() ? 3 : 0;
        String text = new String(body, bom, body.length - bom, charset);
        if (!text.isEmpty() && text.charAt(0) == '\ufeff') {
            text = text.substring(1);
        }
        return Jsoup.parse(InlineTagCloser.close(text), url);
    }

    private Charset decodingCharset() {
        String named = charset();
        if (named == null) {
            if (hasUtf8Bom()) {
                return StandardCharsets.UTF_8;
            }
            if (body.length >= 2 && (body[0] == (byte) 0xFE && body[1] == (byte) 0xFF)) {
                return StandardCharsets.UTF_16BE;
            }
            if (body.length >= 2 && (body[0] == (byte) 0xFF && body[1] == (byte) 0xFE)) {
                return StandardCharsets.UTF_16LE;
            }
            Matcher meta = META_CHARSET.matcher(head(8192));
            if (meta.find() && Charset.isSupported(meta.group(1))) {
                named = meta.group(1);
            }
        }
        try {
            return named == null ? StandardCharsets.UTF_8 : Charset.forName(named);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private boolean hasUtf8Bom() {
        return body.length >= 3 && body[0] == (byte) 0xEF && body[1] == (byte) 0xBB && body[2] == (byte) 0xBF;
    }

    /** The body's first characters, lower-cased, for sniffing what it is. */
    String head(int chars) {
        int n = Math.min(body.length, chars);
        return new String(body, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    }
}
