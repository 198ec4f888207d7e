package io.sitrep.briefing;

import java.time.ZoneId;
import java.time.ZoneOffset;

import io.sitrep.language.Language;
import io.sitrep.language.Texts;

/**
 * How one recipient reads a message: the time zone its times are shown in (with GMT next to them) and the language
 * Sitrep's own words are written in. Every rendering of an entry for a chat takes one, so a push, its edits, its
 * retraction and a digest read alike.
 */
public record ReaderSettings(ZoneId zone, Language language) {

    /** A reader on GMT in English: plain subscribers, and anyone who never set a zone or a language. */
    public static final ReaderSettings GMT = new ReaderSettings(ZoneOffset.UTC, Language.ENGLISH);

    public ReaderSettings {
        zone = zone == null ? ZoneOffset.UTC : zone;
        language = language == null ? Language.ENGLISH : language;
    }

    /** A reader in English in this zone. */
    public static ReaderSettings in(ZoneId zone) {
        return of(zone, Language.ENGLISH);
    }

    public static ReaderSettings of(ZoneId zone, Language language) {
        return Times.isGmt(zone) && (language == null || language == Language.ENGLISH) ? GMT
                : new ReaderSettings(Times.isGmt(zone) ? ZoneOffset.UTC : zone, language);
    }

    /** Whether this reader gets the plain rendering every plain subscriber shares (GMT, English). */
    public boolean isPlain() {
        return Times.isGmt(zone) && language == Language.ENGLISH;
    }

    /** Sitrep's text {@code key} in this reader's language (see {@link Texts#text}). */
    public String text(String key, Object... namesAndValues) {
        return Texts.bundles().text(language, key, namesAndValues);
    }
}
