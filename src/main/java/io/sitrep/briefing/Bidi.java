package io.sitrep.briefing;

import io.sitrep.language.Language;

/**
 * Keeps source text written left to right (a claimant's name, a place, a party) in its own order inside a message
 * in a right-to-left language, with Unicode's isolates (FSI … PDI). They are plain characters, never inside a tag or
 * an entity, so Telegram's HTML stays valid.
 */
public final class Bidi {

    static final char FIRST_STRONG_ISOLATE = '\u2068';
    static final char POP_DIRECTIONAL_ISOLATE = '\u2069';

    private Bidi() {
    }

    /** The text isolated for a right-to-left reader; unchanged for everyone else, or when empty. */
    public static String isolate(String text, Language language) {
        if (text == null || text.isEmpty() || language == null || !language.rightToLeft()) {
            return text;
        }
        return FIRST_STRONG_ISOLATE + text + POP_DIRECTIONAL_ISOLATE;
    }
}
