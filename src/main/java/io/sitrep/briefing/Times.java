package io.sitrep.briefing;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Formats instants for a reader: "20:30 GMT" for a chat on GMT, "23:30 (20:30 GMT)" for one on GMT+3, with the
 * reader's own day in front when asked ("9 May, 02:30 (23:30 GMT)"). Times are always formatted from the instant.
 */
public final class Times {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private Times() {
    }

    /** The instant as the reader in {@code zone} reads it, GMT shown too; a null zone means GMT. */
    public static String of(Instant instant, ZoneId zone, boolean withDay) {
        String gmt = HOUR.format(instant.atZone(ZoneOffset.UTC)) + " GMT";
        if (isGmt(zone)) {
            return (withDay ? DAY.format(instant.atZone(ZoneOffset.UTC)) + ", " : "") + gmt;
        }
        return (withDay ? DAY.format(instant.atZone(zone)) + ", " : "") + HOUR.format(instant.atZone(zone)) + " (" + gmt + ")";
    }

    /** "23:30 (20:30 GMT)" for one instant, without the day. */
    public static String of(Instant instant, ZoneId zone) {
        return of(instant, zone, false);
    }

    /** Whether times in this zone are plain GMT (a null zone is). */
    public static boolean isGmt(ZoneId zone) {
        return zone == null || zone.normalized().equals(ZoneOffset.UTC);
    }
}
