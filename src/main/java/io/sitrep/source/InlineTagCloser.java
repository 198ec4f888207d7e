package io.sitrep.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Closes the inline formatting tags ({@code <b>}, {@code <i>}, {@code <strong>}...) a page leaves open when a block
 * (paragraph, heading, list item, division...) starts or ends. An HTML parser re-opens an unclosed {@code <b>} around
 * every later paragraph, which would make one entry's stray tag reach into every entry below it.
 */
final class InlineTagCloser {

    // The HTML parser's "formatting elements", except <a>: a link around a whole card is legitimate markup.
    private static final Set<String> FORMATTING = Set.of("b", "big", "code", "em", "font", "i", "nobr", "s", "small",
            "strike", "strong", "tt", "u");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "dl", "dt", "dd", "article", "section", "header", "footer", "aside", "main", "nav", "blockquote", "figure",
            "figcaption", "table", "thead", "tbody", "tr", "td", "th", "hr", "pre", "form", "body", "html");
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp", "noscript",
            "template", "iframe", "noembed", "noframes", "plaintext");

    private InlineTagCloser() {
    }

    /** The same HTML with a closing tag added, at each block boundary, for every formatting tag still open there. */
    static String close(String html) {
        StringBuilder out = null;
        List<String> open = new ArrayList<>();
        int copied = 0;
        int i = html.indexOf('<');
        while (i >= 0 && i < html.length() - 1) {
            char next = html.charAt(i + 1);
            if (next == '!' || next == '?') {
                int end = html.startsWith("<!--", i) ? html.indexOf("-->", i + 4) : html.indexOf('>', i);
                if (end < 0) {
                    break;
                }
                i = html.indexOf('<', end + 1);
                continue;
            }
            boolean closing = next == '/';
            int nameStart = closing ? i + 2 : i + 1;
            int nameEnd = nameStart;
            while (nameEnd < html.length() && isNameChar(html.charAt(nameEnd))) {
                nameEnd++;
            }
            if (nameEnd == nameStart) {
                i = html.indexOf('<', i + 1);
                continue;
            }
            String name = html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
            int tagEnd = tagEnd(html, nameEnd);
            if (tagEnd < 0) {
                break;
            }
            if (!closing && RAW_TEXT.contains(name)) {
                int rawEnd = indexOfIgnoreCase(html, "</" + name, tagEnd + 1);
                if (rawEnd < 0) {
                    break;
                }
                i = html.indexOf('<', rawEnd + 2);
                continue;
            }
            if (FORMATTING.contains(name)) {
                if (closing) {
                    open.remove(name);
                } else if (html.charAt(tagEnd - 1) != '/') {
                    open.add(name);
                }
            } else if (BLOCKS.contains(name) && !open.isEmpty()) {
                if (out == null) {
                    out = new StringBuilder(html.length() + 256);
                }
                out.append(html, copied, i);
                for (int k = open.size() - 1; k >= 0; k--) {
                    out.append("</").append(open.get(k)).append('>');
                }
                open.clear();
                copied = i;
            }
            i = html.indexOf('<', tagEnd + 1);
        }
        if (out == null) {
            return html;
        }
        out.append(html, copied, html.length());
        return out.toString();
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == ':';
    }

    /** The index of the {@code >} that ends a tag whose name ends at {@code from}, skipping quoted attribute values. */
    private static int tagEnd(String html, int from) {
        char quote = 0;
        for (int k = from; k < html.length(); k++) {
            char c = html.charAt(k);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                char before = html.charAt(k - 1);
                if (before == '=' || Character.isWhitespace(before)) {
                    quote = c;
                }
            } else if (c == '>') {
                return k;
            }
        }
        return -1;
    }

    private static int indexOfIgnoreCase(String html, String needle, int from) {
        int n = needle.length();
        for (int k = html.indexOf("</", from); k >= 0; k = html.indexOf("</", k + 2)) {
            if (html.regionMatches(true, k, needle, 0, n)) {
                return k;
            }
        }
        return -1;
    }
}
