package io.sitrep.casualty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds figures in a sentence: digits ("1,200", "10-15"), number words read by ICU ("forty-six"), vague words
 * ("dozens"), ranges ("five or six", "between 20 and 30") and bounds ("more than", "up to"); skips dates, years,
 * ages, durations, money and percentages.
 */
final class QuantityReader {

    private final SpelledNumbers spelled = new SpelledNumbers();

    List<Quantity> read(List<Tok> toks, boolean denial) {
        List<Quantity> out = new ArrayList<>();
        int n = toks.size();
        for (int i = 0; i < n; i++) {
            int[] end = new int[1];
            Long value = valueAt(toks, i, end);
            String vague = null;
            if (value == null) {
                Object[] v = vagueAt(toks, i, end);
                if (v != null) {
                    vague = (String) v[0];
                    value = ((Integer) v[1]).longValue();
                } else if (denial && toks.get(i).is("any") && i + 1 < n && toks.get(i + 1).isWord()) {
                    value = 0L;
                    end[0] = i;
                } else {
                    continue;
                }
            }
            int last = end[0];
            if (vague == null && !countable(toks, i, last, value)) {
                i = last;
                continue;
            }
            Long high = null;
            int rangeEnd = last;
            // ranges: 10-15, 10 to 15, five or six, between 20 and 30
            if (vague == null && last + 2 < n) {
                Tok sep = toks.get(last + 1);
                boolean between = i > 0 && toks.get(i - 1).is("between") && sep.is("and");
                boolean revision = sep.is("to") && i > 0 && toks.get(i - 1).is("from");
                if (!revision && (sep.is("-", "–", "to", "or") || between)) {
                    int[] e2 = new int[1];
                    Long v2 = valueAt(toks, last + 2, e2);
                    if (v2 != null && v2 > value && countable(toks, last + 2, e2[0], v2)) {
                        high = v2;
                        rangeEnd = e2[0];
                    }
                }
            }
            Integer low = (int) Math.min(value, Integer.MAX_VALUE);
            Integer hi = high == null ? null : (int) Math.min(high, Integer.MAX_VALUE);
            int modifierStart = i;
            String bound = null;
            String before2 = joined(toks, i - 2, i);
            String before1 = joined(toks, i - 1, i);
            String before3 = joined(toks, i - 3, i);
            if (i > 0 && toks.get(i - 1).is("between")) {
                modifierStart = i - 1;
            } else if (CasualtyWords.LOWER_BOUND.contains(before3)) {
                modifierStart = i - 3;
                bound = before3;
            } else if (CasualtyWords.UPPER_BOUND.contains(before2) || CasualtyWords.UPPER_BOUND.contains(before1)) {
                modifierStart = CasualtyWords.UPPER_BOUND.contains(before2) ? i - 2 : i - 1;
                bound = CasualtyWords.UPPER_BOUND.contains(before2) ? before2 : before1;
                if (hi == null) {
                    hi = low;
                    low = null;
                }
            } else if (CasualtyWords.LOWER_BOUND.contains(before2)) {
                modifierStart = i - 2;
                bound = before2;
            } else if (CasualtyWords.LOWER_BOUND.contains(before1)) {
                modifierStart = i - 1;
                bound = before1;
            } else if (CasualtyWords.APPROXIMATE.contains(before2)) {
                modifierStart = i - 2;
            } else if (CasualtyWords.APPROXIMATE.contains(before1)) {
                modifierStart = i - 1;
            }
            out.add(new Quantity(low, hi, vague, bound, modifierStart, i, rangeEnd));
            i = rangeEnd;
        }
        return out;
    }

    /** A number in digits or words starting at token i; end[0] receives its last token. */
    private Long valueAt(List<Tok> toks, int i, int[] end) {
        Tok t = toks.get(i);
        int n = toks.size();
        if (t.kind() == Tok.Kind.NUMBER) {
            double d;
            try {
                d = Double.parseDouble(t.text().replace(",", ""));
            } catch (NumberFormatException e) {
                return null;
            }
            int last = i;
            if (i + 1 < n && toks.get(i + 1).isWord() && CasualtyWords.SCALES.contains(toks.get(i + 1).lower())) {
                d *= scale(toks.get(i + 1).lower());
                last = i + 1;
            }
            if (d != Math.floor(d)) {
                return null;
            }
            end[0] = last;
            return (long) d;
        }
        if (!t.isWord()) {
            return null;
        }
        String l = t.lower();
        if (l.equals("a") && i + 1 < n && CasualtyWords.SCALES.contains(toks.get(i + 1).lower())
                && !toks.get(i + 1).is("dozen")) {
            end[0] = i + 1;
            return (long) scale(toks.get(i + 1).lower());
        }
        if (spelled.parse(l) == null) {
            return null;
        }
        if (l.equals("one") && i > 0 && toks.get(i - 1).is("no", "any", "every", "each", "some", "this", "that", "of",
                "in", "at", "on", "from", "for", "with")) {
            return null;
        }
        // extend over scale words: "two hundred and fifty", "three thousand"
        int best = i;
        Long bestValue = spelled.parse(l);
        StringBuilder phrase = new StringBuilder(l);
        for (int j = i + 1; j < n && j <= i + 6; j++) {
            Tok next = toks.get(j);
            if (!next.isWord() || !next.spaceBefore()) {
                break;
            }
            String w = next.lower();
            String prev = toks.get(j - 1).lower();
            boolean ok = CasualtyWords.SCALES.contains(w)
                    || w.equals("and") && CasualtyWords.SCALES.contains(prev)
                    || (CasualtyWords.SCALES.contains(prev) || prev.equals("and")) && spelled.parse(w) != null;
            if (!ok) {
                break;
            }
            phrase.append(' ').append(w);
            Long v = spelled.parse(phrase.toString());
            if (v != null) {
                best = j;
                bestValue = v;
            }
        }
        if (best + 1 < n && toks.get(best + 1).is("dozen") && bestValue != null) {
            best++; // "two dozen", "over three dozen"
            bestValue *= 12;
        }
        end[0] = best;
        return bestValue;
    }

    private static Object[] vagueAt(List<Tok> toks, int i, int[] end) {
        int n = toks.size();
        String l = toks.get(i).lower();
        if (i + 2 < n && (l.equals("tens") || l.equals("hundreds")) && toks.get(i + 1).is("of")
                && toks.get(i + 2).is("thousands")) {
            end[0] = i + 2;
            String w = l + " of thousands";
            return new Object[] {w, CasualtyWords.VAGUE.get(w)};
        }
        if (l.equals("a") && i + 1 < n && toks.get(i + 1).is("dozen", "handful")) {
            end[0] = i + 1;
            String w = "a " + toks.get(i + 1).lower();
            return new Object[] {w, CasualtyWords.VAGUE.get(w)};
        }
        if (CasualtyWords.VAGUE.containsKey(l) && !l.contains(" ")) {
            end[0] = i;
            return new Object[] {l, CasualtyWords.VAGUE.get(l)};
        }
        return null;
    }

    /** Whether a number is a head count rather than a date, year, age, duration, time, amount of money or share. */
    private static boolean countable(List<Tok> toks, int first, int last, long value) {
        int n = toks.size();
        Tok prev = first > 0 ? toks.get(first - 1) : null;
        Tok next = last + 1 < n ? toks.get(last + 1) : null;
        Tok t = toks.get(first);
        if (prev != null && prev.kind() == Tok.Kind.PUNCT && "$£€¥".contains(prev.text())) {
            return false;
        }
        if (prev != null && !t.spaceBefore() && (prev.isWord() || prev.kind() == Tok.Kind.NUMBER)) {
            return false; // M23, F-16 written F16, S-300 parts
        }
        if (prev != null && prev.is("aged", "age", "ages", "number", "no", "resolution", "article", "route", "highway",
                "flight", "unit", "brigade", "battalion", "division", "regiment", "page", "chapter", "section", "room")) {
            return false; // "aged 83", "Resolution 2254", "Route 60", "the 93rd"
        }
        if (prev != null && prev.isWord() && CasualtyWords.MONTHS.contains(prev.lower())) {
            return false; // October 7
        }
        if (next != null) {
            if (next.kind() == Tok.Kind.PUNCT && (next.text().equals("%") || next.text().equals(":"))
                    && !next.spaceBefore()) {
                return false;
            }
            if (next.isWord() && !next.spaceBefore()) {
                return false; // 155mm, 7am
            }
            if (next.kind() == Tok.Kind.PUNCT && next.text().equals("-") && !next.spaceBefore() && last + 2 < n
                    && toks.get(last + 2).isWord()) {
                return false; // 13-year-old, 60-hour
            }
            String nl = next.lower();
            if (next.isWord() && (CasualtyWords.MONTHS.contains(nl) && !nl.equals("may") || nl.equals("percent")
                    || nl.equals("per") || nl.equals("am") || nl.equals("pm") || nl.equals("gmt")
                    || nl.equals("dollars") || nl.equals("euros"))) {
                return false;
            }
        }
        if (t.isWord() && t.text().contains("-") && !t.lower().matches("[a-z]+-[a-z]+") ) {
            return false;
        }
        if (t.kind() == Tok.Kind.NUMBER && !t.text().contains(",") && value >= 1900 && value <= 2100) {
            boolean people = next != null && next.isWord() && CasualtyWords.PEOPLE.contains(next.lower());
            return people;
        }
        return true;
    }

    private static double scale(String w) {
        return switch (w) {
            case "dozen" -> 12;
            case "hundred" -> 100;
            case "thousand" -> 1_000;
            case "million" -> 1_000_000;
            default -> 1_000_000_000;
        };
    }

    private static String joined(List<Tok> toks, int from, int to) {
        if (from < 0) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(toks.get(k).text().toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }
}
