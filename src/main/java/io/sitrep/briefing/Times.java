package io.sitrep.briefing;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;

import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import io.sitrep.language.Language;

/**
 * Formats instants for a reader: "20:30 GMT" for a chat on GMT, "23:30 (20:30 GMT)" for one on GMT+3, with the
 * reader's own day in front when asked ("9 May, 02:30 (23:30 GMT)"), digits and month names in the reader's
 * language. Times are always formatted from the instant.
 */
public final class Times {

    private Times() {
    }

    /** The instant as the reader in {@code zone} reads it, GMT shown too; a null zone means GMT. */
    public static String of(Instant instant, ZoneId zone, boolean withDay) {
        return of(instant, zone, withDay, Language.ENGLISH);
    }

    /** {@link #of(Instant, ZoneId, boolean)} in a language: its digits, its month names, its word for GMT. */
    public static String of(Instant instant, ZoneId zone, boolean withDay, Language language) {
        Language lang = language == null ? Language.ENGLISH : language;
        String gmt = lang == Language.ENGLISH ? "GMT" : io.sitrep.language.Texts.bundles().text(lang, "time.gmt");
        String gmtTime = format("HH:mm", instant, ZoneOffset.UTC, lang) + " " + gmt;
        String time = isGmt(zone) ? gmtTime : format("HH:mm", instant, zone, lang) + " (" + gmtTime + ")";
        if (!withDay) {
            return time;
        }
        // "8 May" in English as ever; elsewhere the language's own order and marks for a day and month ("8. Mai")
        String dayPattern = lang == Language.ENGLISH ? "d MMM"
                : com.ibm.icu.text.DateTimePatternGenerator.getInstance(lang.ulocale()).getBestPattern("dMMM");
        String day = format(dayPattern, instant, isGmt(zone) ? ZoneOffset.UTC : zone, lang);
        return lang == Language.ENGLISH ? day + ", " + time
                : io.sitrep.language.Texts.bundles().text(lang, "time.day_and_time", "day", day, "time", time);
    }

    /** "23:30 (20:30 GMT)" for one instant, without the day. */
    public static String of(Instant instant, ZoneId zone) {
        return of(instant, zone, false);
    }

    /** The instant for this reader, in its zone and language. */
    public static String of(Instant instant, ReaderSettings reader, boolean withDay) {
        return of(instant, reader.zone(), withDay, reader.language());
    }

    /** Whether times in this zone are plain GMT (a null zone is). */
    public static boolean isGmt(ZoneId zone) {
        return zone == null || zone.normalized().equals(ZoneOffset.UTC);
    }

    private static String format(String pattern, Instant instant, ZoneId zone, Language lang) {
        SimpleDateFormat format = new SimpleDateFormat(pattern, lang.ulocale());
        ZoneId z = zone.normalized();
        String id = z instanceof ZoneOffset offset ? (offset.getTotalSeconds() == 0 ? "UTC" : "GMT" + offset.getId()) : z.getId();
        format.setTimeZone(TimeZone.getTimeZone(id));
        return format.format(Date.from(instant));
    }
}
