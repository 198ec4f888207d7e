package io.sitrep.casualty;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits text into sentences, keeping abbreviations such as "Mr." and "U.S." and decimals inside. */
final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt",
            "maj", "brig", "st", "no", "vs", "u.s", "u.n", "u.k", "e.g", "i.e", "jan", "feb", "aug", "sept", "oct",
            "nov", "dec", "gov", "sen", "rep", "prof", "approx", "est");

    private Sentences() {
    }

    /** Sentence spans as [start, end) pairs over the text. */
    static List<int[]> split(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean end = false;
            if (c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n') {
                end = true;
            } else if (c == '.' || c == '!' || c == '?') {
                int j = i + 1;
                while (j < n && (text.charAt(j) == '"' || text.charAt(j) == '”' || text.charAt(j) == '’' || text.charAt(j) == ')')) {
                    j++;
                }
                if (j >= n) {
                    end = true;
                } else if (Character.isWhitespace(text.charAt(j))) {
                    int k = j;
                    while (k < n && Character.isWhitespace(text.charAt(k))) {
                        k++;
                    }
                    boolean nextUpper = k < n && (Character.isUpperCase(text.charAt(k)) || Character.isDigit(text.charAt(k))
                            || text.charAt(k) == '"' || text.charAt(k) == '“');
                    end = nextUpper && !(c == '.' && abbreviationBefore(text, i));
                }
                if (end) {
                    i = j - 1;
                }
            }
            if (end) {
                if (text.substring(start, i + 1).isBlank()) {
                    start = i + 1;
                    continue;
                }
                out.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        if (start < n && !text.substring(start).isBlank()) {
            out.add(new int[] {start, n});
        }
        return out;
    }

    private static boolean abbreviationBefore(String text, int dot) {
        int k = dot - 1;
        while (k >= 0 && (Character.isLetter(text.charAt(k)) || text.charAt(k) == '.')) {
            k--;
        }
        String word = text.substring(k + 1, dot).toLowerCase();
        return ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isLetter(word.charAt(0));
    }
}
