package io.sitrep.subscription;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.sitrep.briefing.MessageSplitter;

/**
 * Rewrites the GMT times of an already rendered text into a chat's own time zone, keeping GMT next to them. Only
 * for texts whose renderer does not take {@code ReaderSettings} yet (the casualty briefing); everything else is
 * rendered for its reader with {@link io.sitrep.briefing.Times}. For example
 * "20:30 GMT" becomes "23:30 (20:30 GMT)" for a chat on GMT+3, "8 May, 20:30 GMT" becomes "8 May, 23:30 (20:30 GMT)".
 */
public final class LocalTimes {

    private static final Pattern GMT_TIME = Pattern.compile("(?<!\\()\\b(?:(\\d{1,2}) ([A-Z][a-z]{2}), )?([01]\\d|2[0-3]):([0-5]\\d) GMT\\b");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private LocalTimes() {
    }

    /** The message with its times localised; unchanged for GMT chats. {@code now} dates times given without a day. */
    public static String localise(String html, ZoneId zone, Instant now) {
        if (zone == null || TimeZones.isGmt(zone) || html == null) {
            return html;
        }
        Matcher m = GMT_TIME.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 32);
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        while (m.find()) {
            LocalDate date = today;
            boolean withDay = m.group(1) != null;
            if (withDay) {
                Month month = month(m.group(2));
                if (month == null) {
                    m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                    continue;
                }
                int day = Math.min(Integer.parseInt(m.group(1)), month.length(today.isLeapYear()));
                date = LocalDate.of(today.getYear(), month, Math.max(1, day));
            }
            LocalTime time = LocalTime.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
            ZonedDateTime local = date.atTime(time).atZone(ZoneOffset.UTC).withZoneSameInstant(zone);
            String shown = (withDay ? DAY.format(local) + ", " : "") + HOUR.format(local)
                    + " (" + m.group(3) + ":" + m.group(4) + " GMT)";
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Localises every part, re-splitting any part the longer times pushed over Telegram's limit. */
    public static List<String> localise(List<String> parts, ZoneId zone, Instant now) {
        if (zone == null || TimeZones.isGmt(zone)) {
            return parts;
        }
        List<String> out = new ArrayList<>(parts.size());
        for (String part : parts) {
            String local = localise(part, zone, now);
            out.addAll(local.length() > MessageSplitter.LIMIT ? MessageSplitter.split(local) : List.of(local));
        }
        return out;
    }

    private static Month month(String shortName) {
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equals(shortName)) {
                return month;
            }
        }
        return null;
    }
}
