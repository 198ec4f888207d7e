package io.sitrep.briefing;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a Telegram HTML message into parts under the 4096-character limit, at paragraph, then line, then word
 * boundaries, never inside a tag or an entity. Briefings keep tags within a line, so a line break is always safe.
 */
public final class MessageSplitter {

    /** Telegram allows 4096 characters after entity parsing; the raw HTML is never shorter than that. */
    public static final int LIMIT = 4096;

    private MessageSplitter() {
    }

    public static List<String> split(String html) {
        return split(html, LIMIT);
    }

    /** The same, under a smaller limit (for a part that must leave room for a line of its own). */
    public static List<String> split(String html, int limit) {
        List<String> parts = new ArrayList<>();
        String rest = html.strip();
        while (rest.length() > limit) {
            int cut = cutPoint(rest, limit);
            parts.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    private static int cutPoint(String text, int limit) {
        int cut = text.lastIndexOf("\n\n", limit);
        if (cut < limit / 3) {
            cut = text.lastIndexOf('\n', limit);
        }
        if (cut < limit / 3) {
            cut = text.lastIndexOf(' ', limit);
        }
        if (cut < limit / 3) {
            cut = limit;
        }
        int tagOpen = text.lastIndexOf('<', cut - 1);
        if (tagOpen > text.lastIndexOf('>', cut - 1)) {
            cut = tagOpen; // never inside a tag
        }
        int amp = text.lastIndexOf('&', cut - 1);
        if (amp >= 0 && amp > cut - 10 && text.indexOf(';', amp) >= cut) {
            cut = amp; // never inside an entity
        }
        return Math.max(1, cut);
    }
}
