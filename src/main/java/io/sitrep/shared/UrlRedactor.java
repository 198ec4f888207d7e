package io.sitrep.shared;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that hides secrets in source URLs before they are shown or logged: the user-info of an address
 * ({@code user:pass@}) and the values of query parameters whose names look secret ({@code key}, {@code apikey},
 * {@code token}, {@code secret}, {@code password}, {@code sig}, {@code auth}, ...) become {@code ***}.
 */
public final class UrlRedactor {

    /** What a hidden part is replaced with. */
    public static final String MASK = "***";

    private static final Set<String> SECRET_NAMES = Set.of("key", "sig", "pwd", "pass", "passwd", "jwt", "hmac", "otp");
    private static final String[] SECRET_PARTS = {"token", "secret", "passw", "apikey", "signature", "credential",
            "auth", "session"};
    private static final Pattern URL_IN_TEXT = Pattern.compile("(?i)\\b[a-z][a-z0-9+.-]{1,15}://[^\\s'\"<>]*[^\\s'\"<>),.;:!?\\]]");

    private UrlRedactor() {
    }

    /** The URL with its user-info and secret-looking query values masked; null stays null. */
    public static String url(String url) {
        if (url == null || url.isEmpty()) {
            return url;
        }
        int fragment = url.indexOf('#');
        String tail = fragment >= 0 ? url.substring(fragment) : "";
        String head = fragment >= 0 ? url.substring(0, fragment) : url;
        int query = head.indexOf('?');
        String beforeQuery = query >= 0 ? head.substring(0, query) : head;
        String redacted = withoutUserInfo(beforeQuery);
        if (query >= 0) {
            redacted += "?" + maskQuery(head.substring(query + 1));
        }
        return redacted + maskQueryLike(tail);
    }

    /** Any text (a log line, an error message) with every URL in it redacted as by {@link #url}. */
    public static String text(String text) {
        if (text == null || text.indexOf("://") < 0) {
            return text;
        }
        Matcher m = URL_IN_TEXT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(url(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** True when {@link #url} would hide something in this URL. */
    public static boolean hasSecrets(String url) {
        return url != null && !url.equals(url(url));
    }

    /** True when a query parameter of this name is treated as a secret. */
    static boolean isSecretName(String name) {
        String folded = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (SECRET_NAMES.contains(folded) || folded.endsWith("key")) {
            return true;
        }
        for (String part : SECRET_PARTS) {
            if (folded.contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static String withoutUserInfo(String url) {
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return url;
        }
        int authorityStart = scheme + 3;
        int authorityEnd = url.length();
        for (char stop : new char[] {'/', '\\'}) {
            int at = url.indexOf(stop, authorityStart);
            if (at >= 0 && at < authorityEnd) {
                authorityEnd = at;
            }
        }
        int userInfoEnd = url.lastIndexOf('@', authorityEnd - 1);
        if (userInfoEnd < authorityStart) {
            return url;
        }
        return url.substring(0, authorityStart) + MASK + url.substring(userInfoEnd);
    }

    private static String maskQuery(String query) {
        StringBuilder out = new StringBuilder();
        int start = 0;
        while (start <= query.length()) {
            int end = nextSeparator(query, start);
            String pair = query.substring(start, end);
            int eq = pair.indexOf('=');
            String name = eq >= 0 ? pair.substring(0, eq) : pair;
            out.append(eq >= 0 && isSecretName(decode(name)) ? name + "=" + MASK : pair);
            if (end < query.length()) {
                out.append(query.charAt(end));
            }
            start = end + 1;
        }
        return out.toString();
    }

    /** A fragment such as {@code #access_token=...} (OAuth implicit flow) is masked like a query. */
    private static String maskQueryLike(String fragment) {
        return fragment.contains("=") ? "#" + maskQuery(fragment.substring(1)) : fragment;
    }

    private static int nextSeparator(String query, int from) {
        for (int i = from; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '&' || c == ';') {
                return i;
            }
        }
        return query.length();
    }

    private static String decode(String name) {
        try {
            return java.net.URLDecoder.decode(name, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return name;
        }
    }
}
