package io.sitrep.place;

import java.text.Normalizer;
import java.util.Set;

/** Folds place names to lookup keys and bot command names. */
public final class PlaceNames {

    /** Arabic articles and English "the", dropped from keys so that al-Zahra, Zahra and az-Zahra meet. */
    static final Set<String> ARTICLES = Set.of("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "er",
            "es", "et", "ez", "en", "the");

    private PlaceNames() {
    }

    /** Plain ASCII form of a name: accents removed, apostrophes kept as {@code '}. */
    public static String ascii(String name) {
        String s = stripMarks(name);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isApostrophe(c)) {
                out.append('\'');
            } else if (c >= 0x20 && c <= 0x7e) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The lookup key: lowercase ASCII words without apostrophes or Arabic articles, single spaces. */
    public static String key(String name) {
        String s = stripMarks(name);
        StringBuilder out = new StringBuilder(s.length());
        StringBuilder word = new StringBuilder();
        StringBuilder all = new StringBuilder(s.length());
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (isApostrophe(c)) {
                continue;
            }
            char l = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            if (l >= 'a' && l <= 'z' || l >= '0' && l <= '9') {
                word.append(l);
                continue;
            }
            if (word.length() > 0) {
                String w = word.toString();
                if (all.length() > 0) {
                    all.append(' ');
                }
                all.append(w);
                if (!ARTICLES.contains(w)) {
                    if (out.length() > 0) {
                        out.append(' ');
                    }
                    out.append(w);
                }
                word.setLength(0);
            }
        }
        return out.length() > 0 ? out.toString() : all.toString();
    }

    /** A bot command name: 1–32 chars of {@code a-z0-9}, e.g. "Khan Tuman" becomes {@code khantuman}. */
    public static String commandOf(String name) {
        String s = stripMarks(name);
        StringBuilder out = new StringBuilder(Math.min(32, s.length()));
        for (int i = 0; i < s.length() && out.length() < 32; i++) {
            char c = s.charAt(i);
            char l = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            if (l >= 'a' && l <= 'z' || l >= '0' && l <= '9') {
                out.append(l);
            }
        }
        return out.toString();
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '‘' || c == '’' || c == 'ʿ' || c == 'ʾ' || c == '`' || c == '´' || c == 'ʻ' || c == 'ʼ';
    }

    private static String stripMarks(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 0x80;
        }
        if (ascii) {
            return s;
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
