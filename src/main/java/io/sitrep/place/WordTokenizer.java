package io.sitrep.place;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a text into words, keeping inner apostrophes (Sana'a, Nu’man) and dropping possessive 's. */
public final class WordTokenizer {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:['’‘ʼ][\\p{L}\\p{M}]+)*");

    private WordTokenizer() {
    }

    /** The words of a text, in order. */
    public static List<WordToken> tokenize(String text) {
        List<WordToken> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int prevEnd = 0;
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            String word = m.group();
            boolean possessive = false;
            if (word.length() > 2 && (word.endsWith("'s") || word.endsWith("’s") || word.endsWith("'S"))) {
                end -= 2;
                word = word.substring(0, word.length() - 2);
                possessive = true;
            }
            String gap = text.substring(Math.min(prevEnd, start), start);
            out.add(new WordToken(word, start, end, opensSentence(text, start, out.isEmpty()), gap, possessive));
            prevEnd = m.end();
        }
        return out;
    }

    private static boolean opensSentence(String text, int start, boolean first) {
        int i = start - 1;
        while (i >= 0) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (Character.isWhitespace(c) || c == '"' || c == '“' || c == '‘' || c == '\'' || c == '(' || c == '[') {
                i--;
                continue;
            }
            return c == '.' || c == '!' || c == '?' || c == ':' || c == '•' || c == '-' && i > 0 && text.charAt(i - 1) == ' ';
        }
        return true;
    }
}
