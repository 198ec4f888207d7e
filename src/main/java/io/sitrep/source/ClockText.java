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
 * Reads a clock time at the start of a text, as newsrooms write it in many languages: {@code 10:42},
 * {@code 4:14 p.m.}, {@code 9.05pm BST}, {@code 16h05}, {@code 11.04 Uhr:}, {@code ore 11:04}, {@code kl. 10.42},
 * {@code 11:04 ч.}, {@code UPDATE 2030 GMT:}, with digits of any script (Arabic-Indic included) and a zone label
 * when one is given (GMT, BST, CET, ET, "Kyiv time"...).
 */
final class ClockText {

    private static final String LABEL = "(?:(?:(?:update[ds]?|updated at|aktualisiert|aktualisierung|mise à jour"
            + "|ore|alle|klokka|klockan|a las|um|at|saat|o)\\b|kl\\.|à|às)[,:]?\\s*)?";
    private static final String ZONE = "(?<zone>GMT|UTC|BST|CEST|CET|MESZ|MEZ|EEST|EET|EDT|EST|ET|PDT|PST|PT|CDT|CST|CT"
            + "|MSK|IST|WIB|JST|KST|AEST|AEDT|Z|(?:Kyiv|Kiev|Moscow|Israel|Paris|Berlin|London|Jerusalem|Tehran|Gaza|Beirut"
            + "|Ukraine|Eastern|Pacific|Central|Mountain|UK|local)\\s+time)";
    private static final Pattern CLOCK = Pattern.compile(
            "^[\\s\\p{Pd}•·|]*" + LABEL
                    + "(?<h>\\d{1,2})(?:(?<sep>[:.h])(?<m>\\d{2})|(?<hhmm>\\d{2}))?(?!\\d)"
                    + "(?:\\s*(?<ampm>[ap]\\.?\\s?m\\b\\.?))?"
                    + "(?:\\s*(?<unit>uhr|h\\b|ч\\.?|год\\.?|óra|heures?|hrs?\\b|น\\.))?"
                    + "(?:\\s*\\(?\\s*" + ZONE + "\\b\\)?)?"
                    + "(?<after>\\s*[:\\p{Pd}|,.]\\s*|\\s+|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern UPDATE_WORD = Pattern.compile("^[\\s\\p{Pd}•·|]*update", Pattern.CASE_INSENSITIVE);

    private static final Map<String, ZoneId> ZONES = Map.ofEntries(
            Map.entry("GMT", ZoneOffset.UTC), Map.entry("UTC", ZoneOffset.UTC), Map.entry("Z", ZoneOffset.UTC),
            Map.entry("BST", ZoneOffset.ofHours(1)), Map.entry("CET", ZoneOffset.ofHours(1)),
            Map.entry("MEZ", ZoneOffset.ofHours(1)), Map.entry("CEST", ZoneOffset.ofHours(2)),
            Map.entry("MESZ", ZoneOffset.ofHours(2)), Map.entry("EET", ZoneOffset.ofHours(2)),
            Map.entry("EEST", ZoneOffset.ofHours(3)), Map.entry("EST", ZoneOffset.ofHours(-5)),
            Map.entry("EDT", ZoneOffset.ofHours(-4)), Map.entry("CST", ZoneOffset.ofHours(-6)),
            Map.entry("CDT", ZoneOffset.ofHours(-5)), Map.entry("PST", ZoneOffset.ofHours(-8)),
            Map.entry("PDT", ZoneOffset.ofHours(-7)), Map.entry("MSK", ZoneOffset.ofHours(3)),
            Map.entry("IST", ZoneId.of("Asia/Kolkata")), Map.entry("WIB", ZoneOffset.ofHours(7)),
            Map.entry("JST", ZoneOffset.ofHours(9)), Map.entry("KST", ZoneOffset.ofHours(9)),
            Map.entry("AEST", ZoneOffset.ofHours(10)), Map.entry("AEDT", ZoneOffset.ofHours(11)),
            Map.entry("ET", ZoneId.of("America/New_York")), Map.entry("EASTERN", ZoneId.of("America/New_York")),
            Map.entry("PT", ZoneId.of("America/Los_Angeles")), Map.entry("PACIFIC", ZoneId.of("America/Los_Angeles")),
            Map.entry("CT", ZoneId.of("America/Chicago")), Map.entry("CENTRAL", ZoneId.of("America/Chicago")),
            Map.entry("MOUNTAIN", ZoneId.of("America/Denver")),
            Map.entry("KYIV", ZoneId.of("Europe/Kyiv")), Map.entry("KIEV", ZoneId.of("Europe/Kyiv")),
            Map.entry("UKRAINE", ZoneId.of("Europe/Kyiv")), Map.entry("MOSCOW", ZoneId.of("Europe/Moscow")),
            Map.entry("ISRAEL", ZoneId.of("Asia/Jerusalem")), Map.entry("JERUSALEM", ZoneId.of("Asia/Jerusalem")),
            Map.entry("GAZA", ZoneId.of("Asia/Gaza")), Map.entry("BEIRUT", ZoneId.of("Asia/Beirut")),
            Map.entry("TEHRAN", ZoneId.of("Asia/Tehran")), Map.entry("PARIS", ZoneId.of("Europe/Paris")),
            Map.entry("BERLIN", ZoneId.of("Europe/Berlin")), Map.entry("LONDON", ZoneId.of("Europe/London")),
            Map.entry("UK", ZoneId.of("Europe/London")));

    /**
     * A clock read at the start of a text.
     *
     * @param time     the time of day
     * @param zone     the zone its label names, or null when it has none
     * @param rest     the text after the clock and its separator
     * @param labelled true when a word ({@code UPDATE}, {@code Uhr}, {@code p.m.}, a zone) says it is a time
     * @param marker   true when the clock stands apart from the text after it (a colon, a dash, nothing after it, or
     *                 an {@code UPDATE} label): a marker, not the start of a sentence such as "Um 9.30 Uhr fiel..."
     */
    record Found(LocalTime time, ZoneId zone, String rest, boolean labelled, boolean marker) {
    }

    private ClockText() {
    }

    /** A clock that opens {@code text}, if it starts with one. */
    static Optional<Found> atStart(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String ascii = asciiDigits(text.length() > 80 ? text.substring(0, 80) : text);
        Matcher m = CLOCK.matcher(ascii);
        if (!m.find()) {
            return Optional.empty();
        }
        boolean update = UPDATE_WORD.matcher(ascii).find();
        String sep = m.group("sep");
        boolean hasUnit = m.group("unit") != null;
        boolean hasAmPm = m.group("ampm") != null;
        boolean hasZone = m.group("zone") != null;
        boolean labelled = update || hasUnit || hasAmPm || hasZone;
        String after = m.group("after");
        boolean endsHere = m.end() >= ascii.length() && text.length() <= 80;
        boolean separated = after != null && !after.isBlank();
        String minutes = m.group("m");
        if (m.group("hhmm") != null) {
            if (!update) {
                return Optional.empty(); // "2030" alone is a year or a number; only "UPDATE 2030 GMT" is a time
            }
            minutes = m.group("hhmm");
        } else if (minutes == null) {
            // "Update 9pm", "5 p.m." are times; "10 people" is not.
            if (!(hasAmPm || (update && (hasZone || hasUnit)))) {
                return Optional.empty();
            }
        } else if (sep.equals(".") && !labelled && !endsHere && !(separated && !after.trim().equals("."))) {
            return Optional.empty(); // "10.42 per cent" is a number
        } else if (sep.equalsIgnoreCase("h") && !(separated || endsHere || !Character.isLowerCase(firstLetter(ascii, m.end())))) {
            return Optional.empty();
        } else if (sep.equals(":") && !labelled && !separated && !endsHere && Character.isLowerCase(firstLetter(ascii, m.end()))) {
            return Optional.empty();
        }
        LocalTime time = time(m.group("h"), minutes, m.group("ampm"));
        if (time == null) {
            return Optional.empty();
        }
        String rest = m.end() >= ascii.length() ? text.substring(Math.min(text.length(), m.end())) : text.substring(m.end());
        String trimmed = rest.trim();
        boolean marker = update || trimmed.isEmpty() || separated && !after.trim().equals(",");
        return Optional.of(new Found(time, zone(m.group("zone")), trimmed, labelled, marker));
    }

    /** The zone a label names (GMT, BST, ET, "Kyiv time"...), or null when it names none Sitrep knows. */
    static ZoneId zone(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String key = label.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+TIME$", "");
        return ZONES.get(key);
    }

    /** Digits of any script (Arabic-Indic, Devanagari, full-width...) as ASCII, so one pattern reads them all. */
    static String asciiDigits(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 127 && Character.isDigit(c)) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
            } else if (c == '\u066b' || c == '\u2236') {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, ':'); // Arabic decimal separator and ratio sign, used as clock separators
            }
        }
        return out == null ? text : out.toString();
    }

    private static char firstLetter(String text, int from) {
        return from < text.length() ? text.charAt(from) : 'A';
    }

    private static LocalTime time(String hours, String minutes, String ampm) {
        int h = Integer.parseInt(hours);
        int m = minutes == null ? 0 : Integer.parseInt(minutes);
        if (ampm != null) {
            boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
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
}
