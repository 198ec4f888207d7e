package io.sitrep.delivery;

import io.sitrep.briefing.MessageSplitter;

/**
 * Telegram's caption limit: 1024 characters after entity parsing. The raw HTML is never shorter than what Telegram
 * counts, so a text of at most 1024 raw characters always fits.
 */
final class PhotoCaption {

    static final int LIMIT = 1024;

    private PhotoCaption() {
    }

    static boolean fits(String html) {
        return html.length() <= LIMIT;
    }

    /** The text as a caption: itself when it fits, else its first part cut at a safe point with an ellipsis. */
    static String fit(String html) {
        if (fits(html)) {
            return html;
        }
        return MessageSplitter.split(html, LIMIT - 2).get(0) + " \u2026";
    }
}
