package io.sitrep.subscription;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the time zones users type ("GMT+3", "+5:30", "UTC", "Europe/Kyiv") and names them back. */
public final class TimeZones {

    public static final ZoneId GMT = ZoneOffset.UTC;
    private static final Pattern OFFSET = Pattern.compile("(?i)(?:gmt|utc)?\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?");

    private TimeZones() {
    }

    public static Optional<ZoneId> parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.equalsIgnoreCase("gmt") || text.equalsIgnoreCase("utc") || text.equals("0") || text.equals("+0")) {
            return Optional.of(GMT);
        }
        Matcher m = OFFSET.matcher(text);
        if (m.matches()) {
            int hours = Integer.parseInt(m.group(2));
            int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            if (hours > 14 || minutes > 59) {
                return Optional.empty();
            }
            int sign = m.group(1).equals("-") ? -1 : 1;
            return Optional.of(hours == 0 && minutes == 0 ? GMT : ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
        }
        if (text.contains("/") && text.length() <= 64) {
            try {
                return Optional.of(ZoneId.of(text));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** "GMT", "GMT+3", "GMT+5:30" or a region id such as "Europe/Kyiv". */
    public static String describe(ZoneId zone) {
        if (zone instanceof ZoneOffset offset) {
            if (offset.getTotalSeconds() == 0) {
                return "GMT";
            }
            int total = offset.getTotalSeconds() / 60;
            int hours = Math.abs(total) / 60;
            int minutes = Math.abs(total) % 60;
            return "GMT" + (total < 0 ? "-" : "+") + hours + (minutes == 0 ? "" : String.format(":%02d", minutes));
        }
        return zone.getId();
    }

    public static boolean isGmt(ZoneId zone) {
        return zone instanceof ZoneOffset offset && offset.getTotalSeconds() == 0
                || zone.getId().equals("GMT") || zone.getId().equals("UTC") || zone.getId().equals("Etc/UTC");
    }
}
