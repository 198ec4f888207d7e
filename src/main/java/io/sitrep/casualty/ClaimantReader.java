package io.sitrep.casualty;

import io.sitrep.actor.Actor;
import io.sitrep.actor.ActorFinder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads who gives the figures of a sentence ("according to X", "X said that", ", X said.", "X: 64 killed") and
 * resolves "He said" to the last named speaker.
 */
final class ClaimantReader {

    private static final java.util.Set<String> ROLE_WORDS = java.util.Set.of("governor", "mayor", "chief", "head",
            "deputy", "regional", "provincial", "local", "state", "defence", "defense", "interior", "health",
            "foreign", "news", "press", "military", "armed", "security", "senior", "acting");

    private final ActorFinder actors;

    ClaimantReader(ActorFinder actors) {
        this.actors = actors;
    }

    /** Who gives the figures of a sentence: "according to X", "X said (that)", ", X said." */
    Attribution read(List<Tok> toks, String sentence, String lastSpeaker, int firstQuantity) {
        int n = toks.size();
        for (int i = 0; i + 1 < n; i++) {
            if (toks.get(i).is("according") && toks.get(i + 1).is("to")) {
                int s = i + 2;
                int e = s;
                while (e < n && !(toks.get(e).kind() == Tok.Kind.PUNCT && !toks.get(e).text().equals("-")
                        && !toks.get(e).text().equals("'"))) {
                    e++;
                }
                String who = clean(toks, s, e - 1, sentence);
                if (who != null) {
                    return new Attribution(who, "according", actorOf(who), i);
                }
            }
        }
        for (int c = 1; c < n && c <= 8; c++) {
            if (toks.get(c).text().equals(":") && c < firstQuantity) {
                String who = clean(toks, 0, c - 1, sentence);
                if (who != null && sourceLike(who)) {
                    return new Attribution(who, "said", actorOf(who), c);
                }
            }
        }
        Attribution leading = null;
        Attribution trailing = null;
        for (int v = 0; v < n; v++) {
            Tok t = toks.get(v);
            if (!t.isWord() || !CasualtyWords.SPEECH.contains(t.lower()) || !speechVerb(toks, v)) {
                continue;
            }
            String who = subject(toks, v, sentence, lastSpeaker);
            if (who == null) {
                continue;
            }
            Attribution a = new Attribution(who, t.lower(), actorOf(who), v);
            if (v < firstQuantity && leading == null) {
                leading = a;
            } else if (v >= firstQuantity) {
                trailing = a;
            }
        }
        return leading != null ? leading : trailing;
    }

    private static boolean speechVerb(List<Tok> toks, int v) {
        Tok prev = v > 0 ? toks.get(v - 1) : null;
        Tok next = v + 1 < toks.size() ? toks.get(v + 1) : null;
        if (prev != null && prev.is("the", "a", "an", "this", "that", "its", "their", "his", "her", "to", "of")) {
            return false;
        }
        if (next != null && (next.kind() == Tok.Kind.NUMBER) && toks.get(v).is("estimated", "reported")) {
            return false;
        }
        if (toks.get(v).is("put", "puts")) {
            return next != null && next.is("the") && v + 2 < toks.size()
                    && toks.get(v + 2).is("number", "toll", "figure", "death", "casualty", "total");
        }
        if (toks.get(v).is("state", "states", "report", "reports", "claim", "claims", "tell", "add", "warn", "write")) {
            // nouns as often as verbs: "state news agency", "reports said", "the claim"
            return next != null && (next.kind() == Tok.Kind.NUMBER || next.capitalised()
                    || next.is("that", "it", "they", "he", "she", "we", "its", "their", "the", "a", "an", "at", "more",
                    "some", "about", "over", "up", "nearly"));
        }
        return true;
    }

    private String subject(List<Tok> toks, int v, String sentence, String lastSpeaker) {
        int segStart = 0;
        for (int k = v - 1; k >= 0; k--) {
            if (toks.get(k).isBreak()) {
                segStart = k + 1;
                break;
            }
        }
        int e = v - 1;
        while (e >= segStart && toks.get(e).isWord() && (CasualtyWords.AUXILIARIES.contains(toks.get(e).lower())
                || toks.get(e).is("quoted", "as", "reportedly", "cited") && toks.get(v).is("saying"))) {
            e--; // "X was quoted as saying by Y": X speaks
        }
        int s = segStart;
        while (s <= e && toks.get(s).is("and", "but", "while", "as", "meanwhile")) {
            s++;
        }
        if (s > e) {
            // "An IRGC spokesman, Ramezan Sharif, said": the part naming a role or party
            if (segStart == 0) {
                return null;
            }
            List<int[]> parts = new ArrayList<>();
            int ps = 0;
            for (int k = 0; k < v; k++) {
                if (toks.get(k).isBreak()) {
                    if (k - 1 >= ps) {
                        parts.add(new int[] {ps, k - 1});
                    }
                    ps = k + 1;
                }
            }
            for (int i = 0; i + 1 < parts.size(); i++) {
                int[] name = parts.get(i);
                int[] role = parts.get(i + 1);
                if (i + 2 == parts.size() && name(toks, name) && appositive(toks, role)) {
                    return clean(toks, name[0], name[1], sentence); // "Getachew Reda, the spokesman for the TPLF, said"
                }
                if (i + 2 == parts.size() && name(toks, role) && outletWord(toks, name)) {
                    return clean(toks, role[0], role[1], sentence); // "The group's outlet, Sham News, said"
                }
            }
            for (int[] p : parts) {
                String text = clean(toks, p[0], p[1], sentence);
                if (text != null && sourceLike(text)) {
                    return text;
                }
            }
            return null;
        }
        if (e - s > 9) {
            return null;
        }
        if (e == s && CasualtyWords.PRONOUNS.contains(toks.get(s).lower())) {
            return lastSpeaker;
        }
        if (e == s + 1 && toks.get(s).is("the") && lastSpeaker != null
                && lastSpeaker.toLowerCase(Locale.ROOT).contains(toks.get(e).lower())
                && CasualtyWords.SOURCE_NOUNS.contains(toks.get(e).lower())) {
            return lastSpeaker; // "the agency said", after "the state news agency SANA reported"
        }
        for (int k = s; k <= e; k++) {
            if (toks.get(k).is("that", "which", "who", "when", "if")) {
                return null;
            }
        }
        return clean(toks, s, e, sentence);
    }

    private boolean sourceLike(String text) {
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z']+")) {
            if (CasualtyWords.SOURCE_NOUNS.contains(w)) {
                return true;
            }
        }
        return actors != null && !actors.find(text).isEmpty();
    }

    /** The last named speaker after a sentence, for "He said" in a later one. */
    String speakerAfter(String lastSpeaker, Attribution a, List<Tok> toks, String sentence) {
        if (a != null && a.claimant() != null) {
            return a.claimant();
        }
        int e = leadingNounPhrase(toks);
        if (e > 0) {
            String lead = clean(toks, 0, e - 1, sentence);
            if (lead != null && sourceLike(lead) && lead.split(" ").length <= 9) {
                return lead;
            }
            // "Oleh Syniehubov, the governor of the Kharkiv region, gave an update"
            if (lead != null && e < toks.size() && toks.get(e).text().equals(",") && name(toks, new int[] {0, e - 1})) {
                int close = e + 1;
                while (close < toks.size() && !toks.get(close).isBreak()) {
                    close++;
                }
                if (close < toks.size() && appositive(toks, new int[] {e + 1, close - 1})
                        && sourceLike(clean(toks, e + 1, close - 1, sentence) + "")) {
                    return lead;
                }
            }
        }
        return lastSpeaker;
    }

    /**
     * The end (exclusive) of the noun phrase opening a sentence: capitalised words and the role and party nouns
     * around them ("The army command", "Islamic Revolutionary Guards Corps spokesman Hossein Ali Rezaie").
     */
    private static int leadingNounPhrase(List<Tok> toks) {
        int e = 0;
        while (e < toks.size() && e < 12) {
            Tok t = toks.get(e);
            boolean fits = t.isWord() && (t.capitalised() || t.is("the", "of", "for", "a", "an", "al", "el")
                    || CasualtyWords.SOURCE_NOUNS.contains(t.bare()) || ROLE_WORDS.contains(t.bare()));
            if (!fits) {
                break;
            }
            e++;
        }
        return e;
    }

    /** Capitalised words, with the small words names hold ("Syrian Network for Human Rights"). */
    private static boolean name(List<Tok> toks, int[] span) {
        if (span[1] < span[0] || span[1] - span[0] > 8) {
            return false;
        }
        int first = span[0];
        if (toks.get(first).is("the")) {
            first++;
        }
        if (first > span[1] || !toks.get(first).capitalised()) {
            return false;
        }
        for (int k = first; k <= span[1]; k++) {
            Tok t = toks.get(k);
            if (!t.isWord() || !(t.capitalised() || t.is("of", "for", "the", "and", "al", "el", "de"))) {
                return false;
            }
        }
        return !CasualtyWords.PRONOUNS.contains(toks.get(first).lower());
    }

    /** A phrase naming a medium only by what it is: "the group's outlet", "its news agency". */
    private static boolean outletWord(List<Tok> toks, int[] span) {
        Tok last = toks.get(span[1]);
        return last.is("outlet", "agency", "channel", "newspaper", "television", "broadcaster", "website", "station");
    }

    /** A phrase describing the one just named: "a monitoring group", "the spokesman for ...", "one of the factions". */
    private static boolean appositive(List<Tok> toks, int[] span) {
        if (span[1] < span[0]) {
            return false;
        }
        Tok first = toks.get(span[0]);
        return first.is("a", "an", "the", "one") || first.isWord() && !first.capitalised()
                && first.lower().contains("'");
    }

    private static String clean(List<Tok> toks, int s, int e, String sentence) {
        while (s <= e && (toks.get(s).is("the", "a", "an") || toks.get(s).kind() == Tok.Kind.PUNCT)) {
            s++; // the closing quote of '"...," a commander said'
        }
        while (e >= s && !toks.get(e).isWord() && toks.get(e).kind() != Tok.Kind.NUMBER) {
            e--;
        }
        if (s > e) {
            return null;
        }
        return sentence.substring(toks.get(s).start(), toks.get(e).end()).trim();
    }

    private Actor actorOf(String who) {
        return actors == null || who == null ? null : actors.first(who);
    }
}
