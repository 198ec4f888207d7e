package io.sitrep.subscription;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Local hours during which pushes are held (not dropped), e.g. 22 to 7; {@code from == to} is never quiet. */
public record QuietHours(int from, int to) {

    private static final Pattern SHAPE = Pattern.compile("(\\d{1,2})(?::00)?\\s*(?:-|to|\u2013)\\s*(\\d{1,2})(?::00)?");

    public QuietHours {
        if (from < 0 || from > 23 || to < 0 || to > 23) {
            throw new IllegalArgumentException("hours run from 0 to 23");
        }
    }

    /** Reads "22-7", "22:00-07:00" or "22 to 7". */
    public static Optional<QuietHours> parse(String text) {
        Matcher m = SHAPE.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int from = Integer.parseInt(m.group(1));
        int to = Integer.parseInt(m.group(2));
        if (from > 23 || to > 23 || from == to) {
            return Optional.empty();
        }
        return Optional.of(new QuietHours(from, to));
    }

    /** Whether the instant falls in the quiet hours in this zone. */
    public boolean contains(Instant instant, ZoneId zone) {
        int hour = instant.atZone(zone).getHour();
        if (from == to) {
            return false;
        }
        return from < to ? hour >= from && hour < to : hour >= from || hour < to;
    }

    /** When the quiet hours that contain this instant end. */
    public Instant endAfter(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        ZonedDateTime end = local.withHour(to).withMinute(0).withSecond(0).withNano(0);
        if (!end.isAfter(local)) {
            end = end.plusDays(1);
        }
        return end.toInstant();
    }

    /** "22:00–07:00". */
    public String describe() {
        return String.format("%02d:00\u2013%02d:00", from, to);
    }
}
