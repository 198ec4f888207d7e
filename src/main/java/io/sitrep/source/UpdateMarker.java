package io.sitrep.source;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the inline markers live blogs put at the start of a paragraph: {@code UPDATE 2030 GMT:},
 * {@code UPDATE, 10:45 GMT}, {@code Update 9.05am BST}, {@code UPDATE 1415 ET}, {@code ORIGINAL ENTRY:}.
 */
final class UpdateMarker {

    private static final Pattern UPDATE = Pattern.compile(
            "^\\s*update\\b[,:]?\\s*"
                    + "(?:(?<h>\\d{1,2})(?:[:.h]?(?<m>\\d{2}))?\\s*(?<ampm>a\\.?m\\.?|p\\.?m\\.?)?\\s*"
                    + "(?<zone>GMT|UTC|BST|CEST|CET|EEST|EET|EDT|EST|ET|Z)?\\b)?"
                    + "\\s*[:\\-\u2013\u2014,.]?\\s*",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern ORIGINAL = Pattern.compile("^\\s*original\\s+entry\\s*[:\\-\u2013\u2014.]?\\s*",
            Pattern.CASE_INSENSITIVE);

    private static final Map<String, ZoneId> ZONES = Map.of(
            "GMT", ZoneOffset.UTC, "UTC", ZoneOffset.UTC, "Z", ZoneOffset.UTC,
            "BST", ZoneOffset.ofHours(1), "CET", ZoneOffset.ofHours(1), "CEST", ZoneOffset.ofHours(2),
            "EET", ZoneOffset.ofHours(2), "EEST", ZoneOffset.ofHours(3),
            "EST", ZoneOffset.ofHours(-5), "EDT", ZoneOffset.ofHours(-4));

    /** A marker found at the start of a paragraph; {@code rest} is the paragraph without it. */
    record Found(boolean original, LocalTime time, ZoneId zone, String rest) {
    }

    private UpdateMarker() {
    }

    static Optional<Found> find(String paragraph) {
        Matcher original = ORIGINAL.matcher(paragraph);
        if (original.find()) {
            return Optional.of(new Found(true, null, null, paragraph.substring(original.end()).trim()));
        }
        Matcher update = UPDATE.matcher(paragraph);
        if (!update.find()) {
            return Optional.empty();
        }
        String rest = paragraph.substring(update.end()).trim();
        if (update.group("h") == null) {
            // "Update: ..." without a time still marks an update, but "Update the map" does not.
            boolean separated = paragraph.substring(0, update.end()).matches("(?is).*update\\s*[:\\-\u2013\u2014,].*");
            return separated ? Optional.of(new Found(false, null, null, rest)) : Optional.empty();
        }
        LocalTime time = time(update.group("h"), update.group("m"), update.group("ampm"));
        if (time == null) {
            return Optional.empty();
        }
        return Optional.of(new Found(false, time, zone(update.group("zone")), rest));
    }

    private static LocalTime time(String hours, String minutes, String ampm) {
        int h = Integer.parseInt(hours);
        int m = minutes == null ? 0 : Integer.parseInt(minutes);
        if (ampm != null) {
            boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p");
            if (h < 1 || h > 12) {
                return null;
            }
            h = (h % 12) + (pm ? 12 : 0);
        }
        if (h > 23 || m > 59) {
            return null;
        }
        return LocalTime.of(h, m);
    }

    private static ZoneId zone(String name) {
        if (name == null) {
            return null;
        }
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.equals("ET")) {
            return ZoneId.of("America/New_York");
        }
        return ZONES.get(upper);
    }
}
