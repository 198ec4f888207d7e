package io.sitrep.subscription;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Plain-word filters of a chat: with included words, an UPDATE must contain at least one of them; any excluded
 * word keeps it out. Words are compared folded (case and accents ignored) and a plural with s/es matches too.
 * Never a regular expression: users type words, and only letters and digits count.
 */
public record KeywordFilter(Set<String> included, Set<String> excluded) {

    public static final KeywordFilter NONE = new KeywordFilter(Set.of(), Set.of());
    public static final int MAX_WORD = 40;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{1," + MAX_WORD + "}");

    public KeywordFilter {
        included = Set.copyOf(included);
        excluded = Set.copyOf(excluded);
    }

    public boolean isEmpty() {
        return included.isEmpty() && excluded.isEmpty();
    }

    public boolean matches(String text) {
        if (isEmpty()) {
            return true;
        }
        Set<String> words = Words.of(text);
        if (excluded.stream().anyMatch(w -> Words.containsWord(words, w))) {
            return false;
        }
        return included.isEmpty() || included.stream().anyMatch(w -> Words.containsWord(words, w));
    }

    /** A word as typed, folded, or null when it is not one plain word. */
    public static String normalise(String typed) {
        String folded = Words.fold(typed == null ? "" : typed.strip());
        return WORD.matcher(folded).matches() ? folded : null;
    }
}
