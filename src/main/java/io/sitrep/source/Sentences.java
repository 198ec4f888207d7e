package io.sitrep.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits prose into sentences, without breaking at common abbreviations or initials. */
public final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "st", "jr", "sr", "prof", "rev",
            "u.s", "u.n", "u.k", "e.g", "i.e", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "approx", "est", "govt", "dept", "inc", "ltd", "co",
            // titles and the state abbreviations of wire datelines ("SACRAMENTO, Calif."; "Gov. Newsom")
            "gov", "sen", "rep", "calif", "nev", "ore", "ariz", "colo", "conn", "fla", "mich", "minn", "okla", "tenn",
            "wis", "n.y", "n.j", "d.c");

    private Sentences() {
    }

    public static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < n && isClosing(text.charAt(end))) {
                end++;
            }
            if (end < n && !Character.isWhitespace(text.charAt(end))) {
                continue;
            }
            int next = end;
            while (next < n && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next < n && !startsSentence(text.charAt(next))) {
                continue;
            }
            if (c == '.' && isAbbreviation(text, start, i)) {
                continue;
            }
            add(sentences, text.substring(start, end));
            start = next;
            i = next - 1;
        }
        add(sentences, text.substring(Math.min(start, n)));
        return sentences;
    }

    /** The first sentence of a text, or the text itself when it has no sentence end. */
    public static String first(String text) {
        List<String> all = split(text);
        return all.isEmpty() ? "" : all.get(0);
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == ')' || c == '\u201d' || c == '\u2019' || c == ']';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201c' || c == '\u2018'
                || c == '(' || c == '\'' || !Character.isLetter(c) && !Character.isLowerCase(c);
    }

    private static boolean isAbbreviation(String text, int sentenceStart, int dot) {
        int wordStart = dot;
        while (wordStart > sentenceStart && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot).toLowerCase(java.util.Locale.ROOT).replaceAll("^[(\"\u201c]+", "");
        if (word.equals("no") && dot + 2 < text.length() && Character.isDigit(text.charAt(dot + 2))) {
            return true; // "No. 5"
        }
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return true; // an initial, as in "Bashar H. al-Assad"
        }
        return ABBREVIATIONS.contains(word);
    }

    private static void add(List<String> sentences, String sentence) {
        String trimmed = sentence.trim();
        if (!trimmed.isEmpty()) {
            sentences.add(trimmed);
        }
    }
}
