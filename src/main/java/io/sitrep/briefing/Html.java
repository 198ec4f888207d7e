package io.sitrep.briefing;

/** Escaping for Telegram's HTML parse mode, which needs only {@code <}, {@code >} and {@code &} escaped in text. */
public final class Html {

    private Html() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** An {@code href} value: escaped, and only for http(s) links. */
    public static String link(String url, String text) {
        if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
            return escape(text);
        }
        return "<a href=\"" + escape(url).replace("\"", "&quot;") + "\">" + escape(text) + "</a>";
    }

    public static String bold(String text) {
        return "<b>" + escape(text) + "</b>";
    }

    /**
     * Shortens plain text to at most {@code max} characters at a word boundary, adding an ellipsis; a cut never falls
     * inside a surrogate pair (an emoji, say), so the text stays whole code points.
     */
    public static String trim(String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1;
            if (Character.isLowSurrogate(text.charAt(cut)) && Character.isHighSurrogate(text.charAt(cut - 1))) {
                cut--;
            }
        }
        return text.substring(0, cut).stripTrailing() + "\u2026";
    }
}
