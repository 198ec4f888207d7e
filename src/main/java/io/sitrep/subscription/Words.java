package io.sitrep.subscription;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Folds text to plain lowercase words without accents, so "Daraa", "DARAA" and "Darʿā" compare equal. */
public final class Words {

    private Words() {
    }

    /** Lowercase, accents and marks removed. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK && c != '\u02bf' && c != '\u02be') {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** The folded words of a text: letters and digits only, in order, without repeats. */
    public static Set<String> of(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : fold(text).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** Whether a folded word list contains the word, or its plural with s/es. */
    static boolean containsWord(Set<String> words, String word) {
        return words.contains(word) || words.contains(word + "s") || words.contains(word + "es");
    }
}
