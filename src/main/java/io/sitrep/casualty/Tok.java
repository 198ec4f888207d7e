package io.sitrep.casualty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A token of a sentence: a word (hyphenated words kept whole), a number in digits, or a punctuation mark. */
record Tok(String text, int start, int end, Kind kind, boolean spaceBefore) {

    enum Kind { WORD, NUMBER, PUNCT }

    private static final Pattern TOKEN = Pattern.compile(
            "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
                    + "|([\\p{L}][\\p{L}\\p{M}]*(?:['’][\\p{L}\\p{M}]+)*(?:-[\\p{L}][\\p{L}\\p{M}]*(?:['’][\\p{L}\\p{M}]+)*)*)"
                    + "|([^\\s\\p{L}\\p{N}])");

    static List<Tok> tokenize(String text) {
        List<Tok> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int prevEnd = -1;
        while (m.find()) {
            Kind kind = m.group(1) != null ? Kind.NUMBER : m.group(2) != null ? Kind.WORD : Kind.PUNCT;
            boolean space = prevEnd < 0 || m.start() > prevEnd;
            out.add(new Tok(m.group(), m.start(), m.end(), kind, space));
            prevEnd = m.end();
        }
        return out;
    }

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Lower case without a possessive 's. */
    String bare() {
        String l = lower();
        if (l.endsWith("'s") || l.endsWith("’s")) {
            return l.substring(0, l.length() - 2);
        }
        return l;
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean is(String... words) {
        String l = lower();
        for (String w : words) {
            if (l.equals(w)) {
                return true;
            }
        }
        return false;
    }

    boolean capitalised() {
        return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
    }

    /** Commas, semicolons, colons, dashes and brackets. */
    boolean isBreak() {
        return kind == Kind.PUNCT && ",;:()[]—–".contains(text);
    }

    /** Punctuation that ends a clause for outcome search: semicolons, colons, dashes. */
    boolean isHardBreak() {
        return kind == Kind.PUNCT && ";:—–()".contains(text);
    }
}
