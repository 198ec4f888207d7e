package io.sitrep.casualty;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Reads English number words ("three", "forty-six", "two hundred and fifty") with ICU's spell-out rules. */
final class SpelledNumbers {

    private static final Long NONE = -1L;
    private final ThreadLocal<RuleBasedNumberFormat> format = ThreadLocal.withInitial(
            () -> new RuleBasedNumberFormat(ULocale.ENGLISH, RuleBasedNumberFormat.SPELLOUT));
    private final Map<String, Long> cache = new ConcurrentHashMap<>();

    /** The value of a whole phrase of number words, or null if it is not one (ordinals are not). */
    Long parse(String phrase) {
        String s = phrase.toLowerCase(Locale.ROOT).trim();
        if (s.isEmpty() || s.endsWith("th") || s.endsWith("first") || s.endsWith("second") || s.endsWith("third")) {
            return null;
        }
        Long v = cache.computeIfAbsent(s, this::parseUncached);
        return v.equals(NONE) ? null : v;
    }

    private Long parseUncached(String s) {
        ParsePosition pos = new ParsePosition(0);
        Number n = format.get().parse(s, pos);
        if (n == null || pos.getIndex() != s.length() || pos.getErrorIndex() >= 0) {
            return NONE;
        }
        double d = n.doubleValue();
        if (d < 0 || d != Math.floor(d) || d > 1e10) {
            return NONE;
        }
        return (long) d;
    }
}
