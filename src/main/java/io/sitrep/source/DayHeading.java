package io.sitrep.source;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the short headings tickers put between days ("Donnerstag, 18. 7.", "Monday", "18 July", "July 18, 2024",
 * "18.07.2024", "jeudi 18 juillet") as a date, so the clock times below them land on the right day.
 */
final class DayHeading {

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();

    static {
        String[][] months = {
                {"january", "jan", "januar", "janvier", "gennaio", "enero", "janeiro", "januari", "styczen", "ocak"},
                {"february", "feb", "februar", "fevrier", "febbraio", "febrero", "fevereiro", "februari", "luty", "subat"},
                {"march", "mar", "marz", "maerz", "mars", "marzo", "marco", "maart", "marzec", "mart"},
                {"april", "apr", "avril", "aprile", "abril", "kwiecien", "nisan"},
                {"may", "mai", "maggio", "mayo", "maio", "mei", "maj", "mayis"},
                {"june", "jun", "juni", "juin", "giugno", "junio", "junho", "czerwiec", "haziran"},
                {"july", "jul", "juli", "juillet", "luglio", "julio", "julho", "lipiec", "temmuz"},
                {"august", "aug", "aout", "agosto", "augustus", "sierpien", "agustos"},
                {"september", "sep", "sept", "septembre", "settembre", "septiembre", "setembro", "wrzesien", "eylul"},
                {"october", "oct", "oktober", "octobre", "ottobre", "octubre", "outubro", "okt", "pazdziernik", "ekim"},
                {"november", "nov", "novembre", "noviembre", "novembro", "listopad", "kasim"},
                {"december", "dec", "dezember", "dez", "decembre", "dicembre", "diciembre", "dezembro", "grudzien", "aralik"}};
        for (int i = 0; i < months.length; i++) {
            for (String name : months[i]) {
                MONTHS.put(name, i + 1);
            }
        }
        String[][] days = {
                {"monday", "montag", "lundi", "lunedi", "lunes", "segunda", "maandag", "mandag", "mandag", "pazartesi"},
                {"tuesday", "dienstag", "mardi", "martedi", "martes", "terca", "dinsdag", "tirsdag", "tisdag", "sali"},
                {"wednesday", "mittwoch", "mercredi", "mercoledi", "miercoles", "quarta", "woensdag", "onsdag", "carsamba"},
                {"thursday", "donnerstag", "jeudi", "giovedi", "jueves", "quinta", "donderdag", "torsdag", "persembe"},
                {"friday", "freitag", "vendredi", "venerdi", "viernes", "sexta", "vrijdag", "fredag", "cuma"},
                {"saturday", "samstag", "sonnabend", "samedi", "sabato", "sabado", "zaterdag", "lordag", "cumartesi"},
                {"sunday", "sonntag", "dimanche", "domenica", "domingo", "zondag", "sondag", "pazar"}};
        for (int i = 0; i < days.length; i++) {
            for (String name : days[i]) {
                WEEKDAYS.put(name, DayOfWeek.of(i + 1));
            }
        }
    }

    private static final Map<String, Integer> RELATIVE = Map.of("today", 0, "heute", 0, "oggi", 0, "hoy", 0,
            "yesterday", 1, "gestern", 1, "ieri", 1, "ayer", 1, "hier", 1, "aujourd", 0);
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern NUMERIC = Pattern.compile("(?<d>\\d{1,2})\\.\\s?(?<m>\\d{1,2})\\.(?:\\s?(?<y>\\d{2,4}))?");
    private static final Pattern ISO = Pattern.compile("(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");
    private static final int MAX_CHARS = 48;

    private DayHeading() {
    }

    /**
     * The day a short heading names, given the page's latest date (for a heading without a year, or a weekday alone:
     * the latest such day not after it); empty when the text is anything but a date.
     */
    static Optional<LocalDate> read(String heading, LocalDate latest) {
        if (heading == null || heading.isBlank() || heading.length() > MAX_CHARS || latest == null) {
            return Optional.empty();
        }
        String text = fold(ClockText.asciiDigits(heading));
        Integer day = null;
        Integer month = null;
        Integer year = null;
        DayOfWeek weekday = null;
        Matcher iso = ISO.matcher(text);
        Matcher numeric = NUMERIC.matcher(text);
        String rest = text;
        if (iso.find()) {
            year = Integer.parseInt(iso.group("y"));
            month = Integer.parseInt(iso.group("m"));
            day = Integer.parseInt(iso.group("d"));
            rest = text.substring(0, iso.start()) + " " + text.substring(iso.end());
        } else if (numeric.find()) {
            day = Integer.parseInt(numeric.group("d"));
            month = Integer.parseInt(numeric.group("m"));
            year = numeric.group("y") == null ? null : Integer.parseInt(numeric.group("y"));
            rest = text.substring(0, numeric.start()) + " " + text.substring(numeric.end());
        }
        Matcher words = WORD.matcher(rest);
        Integer daysBack = null;
        while (words.find()) {
            String word = words.group();
            if (RELATIVE.containsKey(word) && daysBack == null) {
                daysBack = RELATIVE.get(word);
            } else if (WEEKDAYS.containsKey(word) && weekday == null) {
                weekday = WEEKDAYS.get(word);
            } else if (MONTHS.containsKey(word) && month == null) {
                month = MONTHS.get(word);
            } else if (!isFiller(word)) {
                return Optional.empty(); // a sentence, not a date
            }
        }
        if (day == null) {
            Matcher numbers = NUMBER.matcher(rest);
            while (numbers.find()) {
                int n = Integer.parseInt(numbers.group());
                if (n > 31 && year == null) {
                    year = n;
                } else if (day == null && n >= 1 && n <= 31) {
                    day = n;
                } else {
                    return Optional.empty();
                }
            }
        }
        if (month == null && day == null && daysBack != null) {
            return Optional.of(latest.minusDays(daysBack));
        }
        if (month == null && day == null) {
            return weekday == null ? Optional.empty() : Optional.of(latest.with(TemporalAdjusters.previousOrSame(weekday)));
        }
        if (month == null || day == null || month > 12 || day > 31) {
            return Optional.empty();
        }
        if (year != null && year < 100) {
            year += 2000;
        }
        try {
            if (year == null && weekday != null) {
                // "Donnerstag, 18. 7.": the year nearest the page's in which that day is that weekday.
                for (int delta : new int[] {0, 1, -1, 2, -2, 3, -3}) {
                    LocalDate candidate = LocalDate.of(latest.getYear() + delta, month, day);
                    if (candidate.getDayOfWeek() == weekday) {
                        return Optional.of(candidate);
                    }
                }
            }
            LocalDate date = LocalDate.of(year != null ? year : latest.getYear(), month, day);
            if (year == null && date.isAfter(latest.plusDays(1))) {
                date = date.minusYears(1);
            }
            return Optional.of(date);
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean isFiller(String word) {
        return word.length() <= 3 && (word.equals("de") || word.equals("del") || word.equals("of") || word.equals("the")
                || word.equals("le") || word.equals("th") || word.equals("st") || word.equals("nd") || word.equals("rd")
                || word.equals("er") || word.equals("den") || word.equals("am") || word.equals("il") || word.equals("la") || word.equals("hui"));
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replace('ł', 'l').replace('ı', 'i');
    }
}
