package io.sitrep.casualty;

import java.util.List;
import java.util.Set;

/**
 * Reads when a figure stands: news of the day, a running total ("since October", "this year", "so far", the toll of a
 * war) or background about an earlier dated event ("on April 27", "last November", "ten days later"). A running
 * total is read in the figure's own clause, so "repelled the attacks so far, killing dozens" stays news.
 */
final class ClaimTiming {

    private static final Set<String> DAY_NAMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "yesterday", "today");
    private static final Set<String> INCIDENTS = Set.of("attack", "attacks", "strike", "strikes", "blast", "bombing",
            "bombings", "explosion", "shelling", "massacre", "raid", "fire", "crash", "ambush", "collapse", "sinking",
            "assault", "stampede", "earthquake", "flood", "floods", "shooting", "airstrike", "bomb", "siege");
    private static final Set<String> TALLIES = Set.of("toll", "total", "number", "count", "tally");
    private static final Set<String> BACKGROUND_UNITS = Set.of("day", "days", "week", "weeks", "month", "months",
            "year", "years");
    private static final Set<String> LAST_WHAT = Set.of("year", "month", "week", "summer", "winter", "spring",
            "autumn", "fall", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december");

    private static final Set<String> COUNTS = Set.of("a", "few", "several", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty");

    private ClaimTiming() {
    }

    /** Whether the figure at token {@code at} is a running total, read in its clause and the sentence's opening. */
    static boolean cumulative(List<Tok> toks, int at) {
        int[] clause = clause(toks, at);
        if (cumulativeIn(toks, clause[0], clause[1])) {
            return true;
        }
        if (clause[0] > 0 && toks.get(clause[0]).is("with")) {
            int[] before = clause(toks, clause[0] - 2);
            if (before[1] > before[0] && cumulativeIn(toks, before[0], before[1])) {
                return true; // "the toll has risen to 44,211 since the war began, with 104,567 wounded"
            }
        }
        // "In all, 612 people ...", "So far, 40 ...": an opening phrase cut off by a comma speaks for the sentence
        int firstComma = -1;
        for (int i = 0; i < toks.size() && i <= 3; i++) {
            if (toks.get(i).text().equals(",")) {
                firstComma = i;
                break;
            }
        }
        return firstComma > 0 && firstComma < at && (toks.get(0).is("overall") || toks.get(0).is("in", "so")
                && toks.size() > 1 && toks.get(1).is("all", "total", "far"));
    }

    private static boolean cumulativeIn(List<Tok> toks, int from, int to) {
        for (int i = from; i < to; i++) {
            Tok t = toks.get(i);
            String next = i + 1 < to ? toks.get(i + 1).lower() : "";
            if (t.is("overall") || t.is("cumulative") || t.is("so") && next.equals("far")
                    || t.is("to") && next.equals("date") || t.is("in") && next.equals("total")
                    || t.is("a") && next.equals("total")
                    || t.is("this") && (next.equals("year") || next.equals("month"))) {
                return true;
            }
            if (t.is("toll") && !incidentToll(toks, i, to)) {
                return true;
            }
            if (t.is("bringing", "raising", "taking", "brings", "raises", "takes", "brought", "raised", "took")) {
                for (int k = i + 1; k < to && k <= i + 6; k++) {
                    if (TALLIES.contains(toks.get(k).lower())) {
                        return true; // "bringing to 14 the number killed", "raising the toll to 58"
                    }
                }
            }
            if (t.is("since") && i + 1 < to) {
                Tok n = toks.get(i + 1);
                if (n.kind() == Tok.Kind.NUMBER || CasualtyWords.MONTHS.contains(n.lower())
                        || CasualtyWords.CUMULATIVE_AFTER_SINCE.contains(n.lower())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "The toll from Sunday's car bombing", "the toll of the attack": one incident's toll, not a war's. */
    private static boolean incidentToll(List<Tok> toks, int toll, int to) {
        for (int k = toll + 1; k < to && k <= toll + 2; k++) {
            if (!toks.get(k).is("from", "in", "of")) {
                continue;
            }
            for (int j = k + 1; j < to && j <= k + 5; j++) {
                Tok w = toks.get(j);
                if (INCIDENTS.contains(w.lower()) || DAY_NAMES.contains(w.bare()) && w.lower().endsWith("s")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the sentence tells of an earlier dated event: a calendar date ("on April 27", "14 March", "in June",
     * "2012"), "last November", or "ten days later" / "a week earlier". Running totals are never background.
     */
    static boolean background(List<Tok> toks) {
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (t.text().equals(",") && i + 1 < toks.size() && toks.get(i + 1).is("who", "which", "whose", "where")) {
                while (i + 1 < toks.size() && !toks.get(i + 1).text().equals(",")) {
                    i++; // ", who went missing last July,": a relative clause's date is not the figure's
                }
                continue;
            }
            Tok prev = i > 0 ? toks.get(i - 1) : null;
            Tok next = i + 1 < toks.size() ? toks.get(i + 1) : null;
            boolean afterSince = prev != null && prev.is("since") || i > 1 && toks.get(i - 2).is("since");
            if (afterSince) {
                continue;
            }
            if (t.capitalised() && CasualtyWords.MONTHS.contains(t.lower().replace(".", ""))) {
                boolean dated = next != null && next.kind() == Tok.Kind.NUMBER
                        || next != null && next.text().equals(".") && i + 2 < toks.size()
                        && toks.get(i + 2).kind() == Tok.Kind.NUMBER
                        || prev != null && prev.kind() == Tok.Kind.NUMBER
                        || prev != null && prev.is("in", "last", "early", "late", "mid");
                if (dated && !(t.is("may") && (next == null || next.kind() != Tok.Kind.NUMBER)
                        && (prev == null || !prev.is("in", "last")))) {
                    return true;
                }
            }
            if (t.is("last") && next != null && LAST_WHAT.contains(next.lower())) {
                return true;
            }
            if (BACKGROUND_UNITS.contains(t.lower()) && next != null && next.is("later", "earlier", "ago", "before")
                    && prev != null && (prev.kind() == Tok.Kind.NUMBER || COUNTS.contains(prev.lower()))) {
                return true;
            }
            if (t.kind() == Tok.Kind.NUMBER && t.text().length() == 4 && t.text().chars().allMatch(Character::isDigit)) {
                int year = Integer.parseInt(t.text());
                boolean people = next != null && next.isWord() && CasualtyWords.PEOPLE.contains(next.lower());
                if (year >= 1940 && year <= 2030 && !people && prev != null && !prev.is("since", "by")) {
                    return true; // "October 7, 2023", "On Nov. 15, 2012"
                }
            }
        }
        return false;
    }

    /** The clause around a token: between commas, semicolons, colons, dashes and brackets. */
    private static int[] clause(List<Tok> toks, int at) {
        int from = 0;
        int to = toks.size();
        for (int k = Math.min(at, toks.size() - 1); k >= 0; k--) {
            if (toks.get(k).isBreak()) {
                from = k + 1;
                break;
            }
        }
        for (int k = Math.max(at, 0); k < toks.size(); k++) {
            if (toks.get(k).isBreak()) {
                to = k;
                break;
            }
        }
        return new int[] {from, to};
    }
}
