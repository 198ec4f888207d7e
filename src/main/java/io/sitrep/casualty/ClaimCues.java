package io.sitrep.casualty;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Words around a figure that change what it is: a rebuttal ("this information is false"), a release not yet made
 * ("will free"), the earlier figure of a changed toll ("up from 14"), a share of a figure just given ("were among
 * the dead"), a list going on ("two women and three children"), and speakers set against each other ("while ...").
 */
final class ClaimCues {

    private static final Set<String> REBUTTALS = Set.of("false", "baseless", "untrue", "unfounded", "fabricated",
            "fabrication", "fake", "lies", "groundless");
    private static final Set<String> NOT_YET = Set.of("will", "would", "shall", "agreed", "agree", "agrees",
            "expected", "due", "plans", "plan", "planned", "set", "could", "may", "might", "offered", "offers",
            "pledged", "promised", "ready", "wants", "demanded", "demand", "demands", "proposed", "negotiating",
            "seeking", "seek", "seeks");
    private static final Set<String> CONTRASTS = Set.of("while", "whereas");

    private ClaimCues() {
    }

    /** "This information is false", "reports ... were baseless": the sentence denies the figures it quotes. */
    static boolean rebutted(List<Tok> toks) {
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (REBUTTALS.contains(t.lower()) || t.is("not") && i + 1 < toks.size() && toks.get(i + 1).is("true")) {
                return true;
            }
        }
        return false;
    }

    /** Clauses a sentence sets against each other with "while", "whereas", "but" or a semicolon. */
    static List<int[]> contrastedClauses(List<Tok> toks) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            boolean cut = CONTRASTS.contains(t.lower()) && i > 0 && toks.get(i - 1).text().equals(",")
                    || t.is("but") && i > 0 && toks.get(i - 1).text().equals(",")
                    || t.text().equals(";");
            if (cut && i > from) {
                out.add(new int[] {from, i});
                from = i + 1;
            }
        }
        out.add(new int[] {from, toks.size()});
        return out;
    }

    /** "up from 14", "up from an earlier count of 19", "risen from 60 to 71": a figure that was replaced. */
    static boolean earlierFigure(List<Tok> toks, Quantity q, Quantity next) {
        int ms = q.modifierStart();
        for (int k = ms - 1; k >= 0 && k >= ms - 6; k--) {
            Tok t = toks.get(k);
            if (t.is("from") && k > 0 && toks.get(k - 1).is("up")) {
                return true;
            }
            if (t.isBreak() || t.kind() == Tok.Kind.NUMBER) {
                break;
            }
        }
        if (ms > 0 && toks.get(ms - 1).is("from") && next != null && next.modifierStart() > q.last()
                && next.modifierStart() - q.last() <= 2 && toks.get(q.last() + 1).is("to")) {
            for (int k = ms - 2; k >= 0 && k >= ms - 4; k--) {
                if (toks.get(k).is("rose", "risen", "revised", "climbed", "increased", "jumped", "raised", "rising",
                        "grew", "updated", "corrected")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "put the figure at more than 100": a second figure for the outcome just given. */
    static boolean figureAt(List<Tok> toks, int ms) {
        return ms >= 3 && toks.get(ms - 1).is("at") && toks.get(ms - 2).is("figure", "toll", "number", "tally")
                && toks.get(ms - 3).is("the", "its", "their");
    }

    /** "bringing the total it counts since January to 900": the running total of the outcome just given. */
    static boolean tallyTo(List<Tok> toks, int ms) {
        if (ms < 2 || !toks.get(ms - 1).is("to")) {
            return false;
        }
        boolean tally = false;
        for (int k = ms - 2; k >= 0 && k >= ms - 10; k--) {
            Tok t = toks.get(k);
            if (t.isBreak() && !tally) {
                return false;
            }
            if (t.is("total", "toll", "count", "tally", "number")) {
                tally = true;
            }
            if (tally && t.is("bringing", "raising", "taking", "brings", "raises", "takes", "brought", "raised")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a figure without an outcome is followed by another of a list: "two women and three children". */
    static boolean listContinues(List<Tok> toks, int npEnd, int nextStart) {
        if (nextStart >= toks.size() || nextStart <= npEnd) {
            return false;
        }
        for (int k = npEnd + 1; k < nextStart; k++) {
            if (!(toks.get(k).is("and") || toks.get(k).text().equals(","))) {
                return false;
            }
        }
        return true;
    }

    /** A release that is promised, planned or demanded, not made: "will free", "agreed to release". */
    static boolean proposed(List<Tok> toks, Quantity q, int outcomeAt) {
        int at = outcomeAt >= 0 ? outcomeAt : q.modifierStart();
        for (int k = at - 1; k >= 0 && k >= at - 3; k--) {
            Tok t = toks.get(k);
            if (t.isBreak()) {
                break;
            }
            if (NOT_YET.contains(t.lower())
                    || t.is("to") && k > 0 && toks.get(k - 1).is("is", "are", "was", "were", "set", "due")) {
                return true; // "will free", "agreed to release", "are to be freed"
            }
        }
        return false;
    }

    /** "Eight aid workers were among the dead", "three of those killed were soldiers": part of a figure given. */
    static boolean amongTheDead(List<Tok> toks, Quantity q, int outcomeAt) {
        int after = q.last() + 1;
        if (after + 1 < toks.size() && toks.get(after).is("of") && (toks.get(after + 1).is("those", "them")
                || toks.get(after + 1).is("the") && after + 2 < toks.size()
                && toks.get(after + 2).is("dead", "killed", "wounded", "injured", "victims", "casualties"))) {
            return true;
        }
        if (outcomeAt > 0) {
            for (int k = Math.max(q.last() + 1, outcomeAt - 3); k < outcomeAt; k++) {
                if (toks.get(k).is("among")) {
                    return true;
                }
            }
        }
        return false;
    }
}
