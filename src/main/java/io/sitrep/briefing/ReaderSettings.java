package io.sitrep.briefing;

import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * How one recipient reads a message: the time zone its times are shown in (with GMT next to them). Every rendering
 * of an entry for a chat takes one, so a push, its edits, its retraction and a digest read alike; a language can
 * join the zone here later.
 */
public record ReaderSettings(ZoneId zone) {

    /** A reader on GMT: plain subscribers, and anyone who never set a zone. */
    public static final ReaderSettings GMT = new ReaderSettings(ZoneOffset.UTC);

    public ReaderSettings {
        zone = zone == null ? ZoneOffset.UTC : zone;
    }

    public static ReaderSettings in(ZoneId zone) {
        return Times.isGmt(zone) ? GMT : new ReaderSettings(zone);
    }
}
