package io.sitrep.casualty;

import io.sitrep.actor.Actor;
import io.sitrep.actor.ActorDictionary;
import io.sitrep.actor.ActorFinder;
import io.sitrep.place.PlaceFinder;
import io.sitrep.place.PlaceGazetteer;
import io.sitrep.place.PlaceKind;
import io.sitrep.place.PlaceMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads every figure of people killed, wounded, captured, missing or freed from a live-blog entry, with who gives it,
 * whose dead they are, whether it is a running total, and where.
 */
public final class CasualtyClaimExtractor {

    private static final Set<String> RIGHT_STOPS = Set.of("but", "however", "while", "whereas", "although", "though");
    private static final String[] ASIDES = {"including", "among", "mostly", "most", "many", "all", "some", "both", "who",
        "mainly", "half", "several"};
    private static final Set<String> PEOPLE_ONLY_VERBS = Set.of("killed", "killing", "died", "wounded", "wounding",
            "injured", "injuring", "executed", "executing", "massacred", "kidnapped", "kidnapping", "abducted",
            "abducting", "slain", "martyred");
    private static final Set<String> PASSIVE = Set.of("was", "were", "been", "are", "is", "being", "be");
    private static final Set<String> NP_STOPS = Set.of("was", "were", "is", "are", "be", "been", "being", "had", "have",
            "has", "who", "which", "that", "in", "on", "at", "by", "near", "after", "during", "when", "while", "with",
            "as", "since", "for", "to", "into", "across", "over", "under", "including", "said", "say", "says", "would",
            "will", "could", "the", "a", "an", "this", "these", "those", "and", "or", "but", "than", "remain",
            "remained", "remains", "still", "amid", "between", "inside", "outside", "around", "overnight", "yesterday",
            "today", "last", "each", "per", "from", "of");
    private static final Set<String> SINGULAR = Set.of("boy", "girl", "man", "woman", "child", "baby", "soldier",
            "civilian", "journalist", "reporter", "photographer", "driver", "officer", "commander", "fighter",
            "policeman", "resident", "doctor", "nurse", "paramedic", "medic", "teacher", "student", "farmer", "worker",
            "infant", "toddler", "teenager", "guard", "pilot", "volunteer", "shepherd", "fisherman", "passenger",
            "colonel", "general", "father", "mother", "son", "daughter", "reservist", "monk", "priest",
            "imam", "chief", "mayor", "person", "husband", "wife", "brother", "sister", "nephew", "niece", "cousin",
            "sergeant", "captain", "lieutenant", "major", "surgeon", "engineer", "spokesman");

    /** Outcome words that also describe people before a noun: "captured soldiers", "wounded fighters". */
    private static final Set<String> ADJECTIVES = Set.of("captured", "wounded", "injured", "abducted", "kidnapped",
            "detained", "missing", "released", "freed");

    private final PlaceFinder places;
    private final ActorFinder actors;
    private final QuantityReader quantities = new QuantityReader();
    private final ClaimantReader claimants;

    /** An extractor that names places with {@code places} (may be null: no places) and parties with {@code actors}. */
    public CasualtyClaimExtractor(PlaceFinder places, ActorFinder actors) {
        this.places = places;
        this.actors = actors;
        this.claimants = new ClaimantReader(actors);
    }

    /** An extractor over the bundled gazetteer and actor dictionary. */
    public static CasualtyClaimExtractor withDefaults() {
        return new CasualtyClaimExtractor(new PlaceFinder(PlaceGazetteer.loadDefault()),
                new ActorFinder(ActorDictionary.loadDefault()));
    }

    /** Claims in a text read on its own. */
    public List<CasualtyClaim> extract(String text) {
        return extract(text, null);
    }

    /**
     * Claims in a text read with its context: the entry's headline and the text before it. The context resolves
     * "He said" to the last named speaker and gives the default place; no claims are read from it.
     */
    public List<CasualtyClaim> extract(String text, String context) {
        List<CasualtyClaim> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        Reading reading = new Reading();
        if (context != null && !context.isBlank()) {
            if (places != null) {
                reading.country = places.countryOf(context + "\n" + text);
                List<PlaceMention> found = places.find(context, reading.country);
                // the most specific place the context names: a town before a region before a country
                found.stream().min(java.util.Comparator.comparingInt(m -> m.place().kind().ordinal()))
                        .ifPresent(m -> reading.defaultPlace = m.place().name());
            }
            for (int[] s : Sentences.split(context)) {
                String sentence = context.substring(s[0], s[1]);
                List<Tok> toks = Tok.tokenize(sentence);
                Attribution a = claimants.read(toks, sentence, reading.lastSpeaker, Integer.MAX_VALUE);
                reading.lastSpeaker = claimants.speakerAfter(reading.lastSpeaker, a, toks, sentence);
            }
        } else if (places != null) {
            reading.country = places.countryOf(text);
        }
        for (int[] s : Sentences.split(text)) {
            String sentence = text.substring(s[0], s[1]);
            String located = places == null ? null : lossesLocated(sentence, reading.country);
            if (located != null) {
                // "It was IRNA that revealed the losses were at Khan Tuman": the place of the figures given before
                for (int i = 0; i < out.size(); i++) {
                    CasualtyClaim c = out.get(i);
                    if (c.place() == null && !c.cumulative() && !c.background()) {
                        out.set(i, new CasualtyClaim(c.low(), c.high(), c.vague(), c.outcome(), c.victims(), c.side(),
                                c.claimedBy(), c.status(), c.cumulative(), located, c.part(), c.background(),
                                c.upFrom(), c.bound()));
                    }
                }
            }
            out.addAll(sentence(sentence, reading));
        }
        return out;
    }

    /** The place a sentence gives for losses told before it: "the losses were at X", "the dead fell in X". */
    private String lossesLocated(String sentence, String country) {
        List<Tok> toks = Tok.tokenize(sentence);
        for (int i = 0; i + 2 < toks.size(); i++) {
            if (toks.get(i).is("losses", "casualties", "deaths", "dead", "killings") && toks.get(i + 1).is("were", "was", "occurred", "happened")
                    && toks.get(i + 2).is("at", "in", "near", "around")) {
                int from = toks.get(i + 2).end();
                for (PlaceMention m : places.find(sentence, country)) {
                    if (m.start() >= from && m.start() <= from + 2) {
                        return m.place().name();
                    }
                }
            }
        }
        return null;
    }

    private static final class Reading {
        String lastSpeaker;
        String defaultPlace;
        String country;
    }

    private record Phrase(int start, int end, String text, boolean possessive, boolean people, boolean things) {
        boolean isEmpty() {
            return start > end;
        }
    }

    private List<CasualtyClaim> sentence(String sentence, Reading reading) {
        List<Tok> toks = Tok.tokenize(sentence);
        List<CasualtyClaim> out = new ArrayList<>();
        List<Quantity> found = quantities.read(toks, false);
        boolean denial = denial(toks);
        if (denial) {
            found = quantities.read(toks, true);
        }
        int firstQuantity = found.isEmpty() ? Integer.MAX_VALUE : found.get(0).modifierStart();
        Attribution attribution = claimants.read(toks, sentence, reading.lastSpeaker, firstQuantity);
        reading.lastSpeaker = claimants.speakerAfter(reading.lastSpeaker, attribution, toks, sentence);
        if (ClaimCues.rebutted(toks)) {
            return out; // "this information is false": the figures are what is being denied
        }
        List<int[]> clauses = ClaimCues.contrastedClauses(toks);
        List<Attribution> clauseAttributions = new ArrayList<>();
        if (clauses.size() > 1) {
            for (int[] c : clauses) {
                List<Tok> part = toks.subList(c[0], c[1]);
                Attribution a = claimants.read(part, sentence, reading.lastSpeaker, Integer.MAX_VALUE);
                clauseAttributions.add(a == null ? null : new Attribution(a.claimant(), a.verb(), a.actor(), a.verbIndex() + c[0]));
            }
        }
        List<PlaceMention> placesHere = places == null ? List.of() : places.find(sentence, reading.country);
        boolean background = ClaimTiming.background(toks);

        CasualtyClaim previous = null;
        CasualtyClaim previousMain = null;
        int previousEnd = -1;
        List<int[]> used = new ArrayList<>();
        List<Quantity> pendingList = new ArrayList<>();
        List<Phrase> pendingPhrases = new ArrayList<>();
        List<Quantity> revisedFrom = new ArrayList<>();
        for (int q = 0; q < found.size(); q++) {
            Quantity quantity = found.get(q);
            int nextStart = q + 1 < found.size() ? found.get(q + 1).modifierStart() : toks.size();
            if (ClaimCues.earlierFigure(toks, quantity, q + 1 < found.size() ? found.get(q + 1) : null)) {
                revisedFrom.add(quantity); // "up from 14", "revised from 60 to 71": the figure a toll replaces
                continue;
            }
            Phrase np = nounPhrase(toks, quantity.last() + 1, sentence);
            if (!np.isEmpty() && !np.people() && !np.things() && peopleOnlyVerbNear(toks, quantity, np)) {
                np = new Phrase(np.start(), np.end(), np.text(), np.possessive(), true, false); // "21 reservists died"
            }
            if (!np.isEmpty() && (!np.people() || np.things())) {
                previousEnd = quantity.last();
                continue;
            }
            int ms = quantity.modifierStart();
            boolean including = ms > 0 && toks.get(ms - 1).is("including", "among")
                    || ms > 1 && toks.get(ms - 2).is("among") && toks.get(ms - 1).is("them", "whom", "those");
            String outcome = null;
            boolean passive = false;
            Phrase victimsAfterOutcome = null;
            int outcomeAt = -1;
            if (including && previous != null) {
                outcome = previous.outcome();
            }
            if (outcome == null && previous != null && (ClaimCues.figureAt(toks, ms) || ClaimCues.tallyTo(toks, ms))) {
                outcome = previous.outcome(); // "while hospital staff put the figure at more than 100"
            }
            if (outcome == null) {
                outcome = leftOutcome(toks, quantity.modifierStart(), !np.isEmpty());
                outcomeAt = outcome == null ? -1 : ms - 1;
            }
            if (outcome == null) {
                int from = np.isEmpty() ? quantity.last() + 1 : np.end() + 1;
                int stop = nextStart;
                for (int j = from; j < stop && j < from + 20; j++) {
                    Tok t = toks.get(j);
                    if (t.text().equals(",") && j + 1 < toks.size() && toks.get(j + 1).is(ASIDES)) {
                        // ", including six children," / ", among them two women," does not end the clause
                        int close = j + 1;
                        while (close < toks.size() && !toks.get(close).text().equals(",") && !toks.get(close).isHardBreak()) {
                            close++;
                        }
                        if (close < toks.size() && toks.get(close).text().equals(",")) {
                            j = close;
                            stop = toks.size();
                            for (Quantity later : found) {
                                if (later.modifierStart() > close) {
                                    stop = later.modifierStart();
                                    break;
                                }
                            }
                            continue;
                        }
                    }
                    if (t.isBreak() || RIGHT_STOPS.contains(t.lower())) {
                        break;
                    }
                    if (t.is("taken", "took") && j + 1 < toks.size() && (toks.get(j + 1).is("hostage", "captive", "prisoner")
                            || victimsAreCaptives(np))) {
                        outcome = CasualtyClaim.CAPTURED;
                        passive = true;
                        outcomeAt = j;
                        break;
                    }
                    String o = CasualtyWords.OUTCOMES.get(t.lower());
                    if (o != null && !(CasualtyWords.NEEDS_PEOPLE.contains(t.lower()) && np.isEmpty()
                            && !t.is("bodies", "returned", "released"))) {
                        if (t.is("prisoner", "captive") && !toks.subList(Math.max(0, quantity.modifierStart() - 3), j)
                                .stream().anyMatch(x -> x.is("taken", "took", "taking", "take", "held"))) {
                            continue;
                        }
                        outcome = o;
                        outcomeAt = j;
                        passive = t.is("died", "dead", "missing", "unaccounted", "perished")
                                || toks.subList(from, j).stream().anyMatch(x -> PASSIVE.contains(x.lower()));
                        if (np.isEmpty() && t.is("deaths", "bodies") && j + 1 < toks.size() && toks.get(j + 1).is("of")) {
                            victimsAfterOutcome = nounPhrase(toks, j + 1, sentence);
                        }
                        break;
                    }
                }
            }
            if (outcome == null) {
                outcome = farLeftOutcome(toks, quantity.modifierStart(), Math.max(previousEnd, -1), np);
            }
            previousEnd = quantity.last();
            if (outcome == null) {
                if (!np.isEmpty() && ClaimCues.listContinues(toks, np.end(), nextStart)) {
                    pendingList.add(quantity); // "two women and three children were injured"
                    pendingPhrases.add(np);
                }
                continue;
            }
            if (outcome.equals(CasualtyClaim.FREED) && freedOnlyByCaptiveWord(toks, quantity, np) && !captives(np)) {
                pendingList.clear();
                pendingPhrases.clear();
                continue; // "5 million people have returned home"
            }
            if (outcome.equals(CasualtyClaim.FREED) && ClaimCues.proposed(toks, quantity, outcomeAt)) {
                pendingList.clear();
                pendingPhrases.clear();
                continue; // "will free 150 prisoners", "agreed to release": not freed yet
            }
            Attribution who = attributionAt(attribution, clauses, clauseAttributions, quantity.first());
            boolean part = including || ClaimCues.amongTheDead(toks, quantity, outcomeAt);
            for (int k = 0; k < pendingList.size(); k++) {
                Quantity pq = pendingList.get(k);
                Phrase pp = pendingPhrases.get(k);
                String pside = side(pp, who, passive);
                CasualtyClaim listed = claim(pq, outcome, pp.text(), pside, who, denial, own(pp, who, pside, passive),
                        toks, placesHere, reading, background, part);
                out.add(listed);
                used.add(new int[] {pq.modifierStart(), Math.max(pq.last(), pp.end())});
            }
            pendingList.clear();
            pendingPhrases.clear();
            Phrase victimsPhrase = victimsAfterOutcome != null && !victimsAfterOutcome.isEmpty() ? victimsAfterOutcome : np;
            String victims = victimsPhrase.isEmpty() ? null : victimsPhrase.text();
            String side;
            if (victims == null && previousMain != null) {
                victims = previousMain.victims();
                side = previousMain.side();
            } else {
                side = side(victimsPhrase, who, passive);
            }
            CasualtyClaim claim = claim(quantity, outcome, victims, side, who, denial,
                    own(victimsPhrase, who, side, passive), toks, placesHere, reading, background, part);
            out.add(claim);
            used.add(new int[] {quantity.modifierStart(), Math.max(quantity.last(), np.end())});
            previous = claim;
            if (!including) {
                previousMain = claim;
            }
        }
        out.addAll(singulars(toks, sentence, attribution, placesHere, reading, used, denial, background, out));
        return withEarlierFigures(out, revisedFrom, found);
    }

    private CasualtyClaim claim(Quantity q, String outcome, String victims, String side, Attribution who,
                                boolean denial, boolean own, List<Tok> toks, List<PlaceMention> placesHere,
                                Reading reading, boolean background, boolean part) {
        boolean cumulative = ClaimTiming.cumulative(toks, q.first());
        return new CasualtyClaim(q.low(), q.high(), q.vague(), outcome, victims, side,
                who == null ? null : who.claimant(), status(who, side, denial, own, victims), cumulative,
                place(placesHere, toks, q, reading), part, background && !cumulative, null, q.bound());
    }

    /** The attribution of the clause a figure stands in, when a sentence sets two speakers against each other. */
    private static Attribution attributionAt(Attribution sentence, List<int[]> clauses, List<Attribution> byClause, int at) {
        for (int i = 0; i < byClause.size(); i++) {
            int[] c = clauses.get(i);
            if (at >= c[0] && at < c[1] && byClause.get(i) != null) {
                return byClause.get(i);
            }
        }
        return sentence;
    }

    /** A changed toll keeps its earlier figure: "has risen to 20, up from 14", "revised from 60 to 71". */
    private static List<CasualtyClaim> withEarlierFigures(List<CasualtyClaim> claims, List<Quantity> earlier, List<Quantity> all) {
        if (earlier.isEmpty() || claims.isEmpty()) {
            return claims;
        }
        List<CasualtyClaim> out = new ArrayList<>(claims);
        for (Quantity e : earlier) {
            int index = all.indexOf(e);
            Quantity newer = null;
            for (int k = index - 1; k >= 0 && newer == null; k--) {
                if (!earlier.contains(all.get(k))) {
                    newer = all.get(k);
                }
            }
            if (newer == null || index + 1 < all.size() && all.get(index + 1).modifierStart() - e.last() <= 2) {
                newer = index + 1 < all.size() ? all.get(index + 1) : newer; // "from 60 to 71"
            }
            for (int c = 0; c < out.size() && newer != null; c++) {
                CasualtyClaim k = out.get(c);
                if (java.util.Objects.equals(k.low(), newer.low()) && java.util.Objects.equals(k.high(), newer.high())
                        && k.upFrom() == null) {
                    out.set(c, new CasualtyClaim(k.low(), k.high(), k.vague(), k.outcome(), k.victims(), k.side(),
                            k.claimedBy(), k.status(), k.cumulative(), k.place(), k.part(), k.background(),
                            e.low() != null ? e.low() : e.high(), k.bound()));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Whether the sentence denies the figures it gives ("denied that any of its fighters were killed"); a figure
     * someone else rejects ("a figure the army denied") is still the first speaker's claim.
     */
    private static boolean denial(List<Tok> toks) {
        for (int i = 0; i < toks.size(); i++) {
            if (!CasualtyWords.DENY.contains(toks.get(i).lower())) {
                continue;
            }
            boolean rejectsAFigure = false;
            for (int k = Math.max(0, i - 4); k < i; k++) {
                if (toks.get(k).is("figure", "figures", "claim", "claims", "number", "account", "toll", "tally")) {
                    rejectsAFigure = true;
                }
            }
            if (!rejectsAFigure) {
                return true;
            }
        }
        return false;
    }

    /** "A 13-year-old boy was killed", "killing the driver", "his son was killed": one person. */
    private List<CasualtyClaim> singulars(List<Tok> toks, String sentence, Attribution attribution,
                                          List<PlaceMention> placesHere, Reading reading, List<int[]> used,
                                          boolean denial, boolean background, List<CasualtyClaim> claimsSoFar) {
        List<CasualtyClaim> out = new ArrayList<>();
        String amongOutcome = amongOpening(toks);
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (!t.isWord() || !t.is("a", "an", "the", "another", "his", "her", "their")) {
                continue;
            }
            int head = -1;
            if (t.is("another") || i + 1 < toks.size() && toks.get(i + 1).is("third", "fourth", "fifth", "sixth")) {
                // "another was wounded", "a third was injured": one more person of those just counted
                int k = t.is("another") ? i : i + 1;
                if (k + 2 < toks.size() && toks.get(k + 1).is("was", "died", "is")) {
                    head = k;
                }
            }
            for (int j = i + 1; head < 0 && j < toks.size() && j <= i + 5; j++) {
                Tok w = toks.get(j);
                if (w.isWord() && SINGULAR.contains(w.lower()) && !(j + 1 < toks.size() && toks.get(j + 1).isWord()
                        && SINGULAR.contains(toks.get(j + 1).lower()))) {
                    head = j;
                    break;
                }
                if (!(w.isWord() || w.kind() == Tok.Kind.NUMBER || w.text().equals("-")) || w.isBreak()
                        || w.isWord() && NP_STOPS.contains(w.lower())) {
                    break;
                }
            }
            if (head < 0 || insideUsed(used, i)) {
                continue;
            }
            int after = head + 1;
            if (after + 1 < toks.size() && toks.get(after).text().equals(",") && toks.get(after + 1).is("aged")) {
                while (after + 1 < toks.size() && !toks.get(after + 1).text().equals(",")) {
                    after++; // "another person, aged 27, is missing"
                }
                after += 2;
            }
            String outcome = null;
            boolean part = false;
            if (i > 0 && toks.get(i - 1).isWord()) {
                String o = CasualtyWords.OUTCOMES.get(toks.get(i - 1).lower());
                if (o != null && !CasualtyWords.NEEDS_PEOPLE.contains(toks.get(i - 1).lower())) {
                    outcome = o;
                }
            }
            boolean passive = false;
            if (outcome == null && after + 1 < toks.size() && toks.get(after).is("was", "has", "had", "is", "were")) {
                int k = after + 1;
                if (toks.get(k).is("been") && k + 1 < toks.size()) {
                    k++;
                }
                if (toks.get(k).lower().endsWith("ly") && k + 1 < toks.size()) {
                    k++; // "was seriously wounded"
                }
                String o = CasualtyWords.OUTCOMES.get(toks.get(k).lower());
                if (o != null && !CasualtyWords.NEEDS_PEOPLE.contains(toks.get(k).lower())) {
                    outcome = o;
                    passive = true;
                }
            }
            if (outcome == null && after < toks.size() && toks.get(after).is("died")) {
                outcome = CasualtyClaim.KILLED;
                passive = true;
            }
            if (outcome == null && i > 0 && toks.get(i - 1).is("including", "among") && !out.isEmpty()) {
                outcome = out.get(out.size() - 1).outcome(); // ", including a baby,"
                part = true;
            }
            if (outcome == null && i > 0 && toks.get(i - 1).is("including", "among") && !claimsSoFar.isEmpty()) {
                outcome = claimsSoFar.get(claimsSoFar.size() - 1).outcome();
                part = true;
            }
            if (outcome == null && amongOutcome != null && t.is("a", "an")) {
                outcome = amongOutcome; // "Among the dead were a paramedic and a photographer"
                part = true;
            }
            if (outcome == null) {
                continue;
            }
            if (t.is("his", "her", "their") && !passive) {
                continue; // "killed his son" reads as one, but "his unit killed" does not
            }
            String victims;
            String side;
            if (!SINGULAR.contains(toks.get(head).lower())) {
                // "another", "a third": one more of the people counted before
                List<CasualtyClaim> before = new ArrayList<>(claimsSoFar);
                before.addAll(out);
                CasualtyClaim last = before.isEmpty() ? null : before.get(before.size() - 1);
                victims = last == null ? null : last.victims();
                side = last == null ? CasualtyClaim.UNKNOWN : last.side();
            } else {
                victims = sentence.substring(toks.get(i + 1).start(), toks.get(head).end());
                side = side(new Phrase(i + 1, head, victims, false, true, false), attribution, passive);
            }
            Quantity one = new Quantity(1, null, null, null, i, i, head);
            Phrase phrase = new Phrase(i + 1, head, victims == null ? "" : victims, false, true, false);
            boolean cumulative = ClaimTiming.cumulative(toks, i);
            out.add(new CasualtyClaim(1, null, null, outcome, victims, side,
                    attribution == null ? null : attribution.claimant(),
                    status(attribution, side, denial, own(phrase, attribution, side, passive), victims), cumulative,
                    place(placesHere, toks, one, reading), part, background && !cumulative, null, null));
            i = head;
        }
        return out;
    }

    /** The outcome of an opening "Among the dead were ...", "Among those wounded were ...", else null. */
    private static String amongOpening(List<Tok> toks) {
        if (toks.size() < 4 || !toks.get(0).is("among")) {
            return null;
        }
        for (int k = 1; k < toks.size() && k <= 4; k++) {
            String o = CasualtyWords.OUTCOMES.get(toks.get(k).lower());
            if (o != null) {
                return o;
            }
        }
        return null;
    }

    private static boolean insideUsed(List<int[]> used, int i) {
        for (int[] u : used) {
            if (i >= u[0] && i <= u[1]) {
                return true;
            }
        }
        return false;
    }

    /** The people a figure counts: "IRGC troops", "of its fighters", "freelance journalists". */
    private Phrase nounPhrase(List<Tok> toks, int from, String sentence) {
        int j = from;
        int n = toks.size();
        boolean possessive = false;
        if (j < n && toks.get(j).is("of")) {
            if (j + 1 < n && toks.get(j + 1).is("its", "their", "our", "his", "her", "them", "whom")) {
                possessive = true;
                j += 2;
            } else if (j + 1 < n && toks.get(j + 1).is("the", "those")) {
                j += 2;
            } else {
                j += 1;
            }
        }
        int start = j;
        int end = j - 1;
        boolean people = false;
        boolean things = false;
        boolean headSeen = false;
        int words = 0;
        while (j < n && words < 7) {
            Tok t = toks.get(j);
            if (!t.isWord()) {
                break;
            }
            String l = t.bare();
            if (headSeen) {
                if (l.equals("and") && j + 1 < n && CasualtyWords.PEOPLE.contains(toks.get(j + 1).bare())) {
                    j++;
                    continue;
                }
                if ((l.equals("from") || l.equals("of")) && j + 1 < n) {
                    int k = j + 1;
                    if (toks.get(k).is("the") && k + 1 < n) {
                        k++;
                    }
                    if (toks.get(k).capitalised()) {
                        while (k + 1 < n && (toks.get(k + 1).capitalised() || toks.get(k + 1).lower().matches("(al|el|ad|ash|as|at|an)-\\p{L}.*"))) {
                            k++;
                        }
                        end = k;
                        j = k + 1;
                        break;
                    }
                }
                if (CasualtyWords.PEOPLE.contains(l) && toks.get(j - 1).is("and")) {
                    end = j;
                    j++;
                    words++;
                    continue;
                }
                break;
            }
            if (ADJECTIVES.contains(l) && j + 1 < n && peopleWithin(toks, j + 1, 3)) {
                end = j; // "84 captured soldiers", "two wounded fighters": a description, not the outcome
                j++;
                words++;
                continue;
            }
            if (NP_STOPS.contains(l) || CasualtyWords.OUTCOMES.containsKey(l) && !CasualtyWords.PEOPLE.contains(l)) {
                break;
            }
            if (CasualtyWords.THINGS.contains(l)) {
                things = true;
                end = j;
                break;
            }
            if (CasualtyWords.PEOPLE.contains(l) || demonymPlural(t) || l.equals("more") && words == 0
                    && !(j + 1 < n && toks.get(j + 1).is("than"))) {
                people = true; // "20 more were hurt"
                headSeen = j + 1 >= n || !toks.get(j + 1).isWord() || !CasualtyWords.PEOPLE.contains(toks.get(j + 1).bare());
            }
            end = j;
            j++;
            words++;
        }
        if (end < start) {
            return new Phrase(start, end, "", possessive, false, false);
        }
        String text = sentence.substring(toks.get(start).start(), toks.get(end).end());
        if (!people && actors != null && !actors.find(text).isEmpty()) {
            people = true;
        }
        return new Phrase(start, end, text, possessive, people, things);
    }

    private static boolean peopleWithin(List<Tok> toks, int from, int words) {
        for (int k = from; k < toks.size() && k < from + words; k++) {
            Tok t = toks.get(k);
            if (!t.isWord() || NP_STOPS.contains(t.lower())) {
                return false;
            }
            if (CasualtyWords.PEOPLE.contains(t.bare())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a verb said only of people ("died", "were killed", "kidnapped") governs the figure: right after its
     * words, or right before the figure.
     */
    private static boolean peopleOnlyVerbNear(List<Tok> toks, Quantity q, Phrase np) {
        int before = q.modifierStart() - 1;
        if (before >= 0 && PEOPLE_ONLY_VERBS.contains(toks.get(before).lower())) {
            return true;
        }
        for (int j = np.end() + 1; j < toks.size() && j <= np.end() + 3; j++) {
            Tok t = toks.get(j);
            if (PEOPLE_ONLY_VERBS.contains(t.lower())) {
                return true;
            }
            if (!t.is("were", "was", "had", "have", "been", "reportedly", "later", "also")) {
                return false;
            }
        }
        return false;
    }

    /** Whether the only "freed" word near the figure is one that needs captives (returned, rescued, exchanged). */
    private static boolean freedOnlyByCaptiveWord(List<Tok> toks, Quantity q, Phrase np) {
        int from = Math.max(0, q.modifierStart() - 6);
        int to = Math.min(toks.size() - 1, Math.max(q.last(), np.end()) + 8);
        boolean captiveWord = false;
        for (int j = from; j <= to; j++) {
            String w = toks.get(j).lower();
            if (CasualtyClaim.FREED.equals(CasualtyWords.OUTCOMES.get(w))) {
                if (!CasualtyWords.NEEDS_CAPTIVES.contains(w)) {
                    return false;
                }
                captiveWord = true;
            }
        }
        return captiveWord;
    }

    private static boolean captives(Phrase np) {
        for (String w : np.text().toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (CasualtyWords.CAPTIVES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean victimsAreCaptives(Phrase np) {
        String l = np.text().toLowerCase(Locale.ROOT);
        return l.contains("hostage") || l.contains("captive");
    }

    private static boolean demonymPlural(Tok t) {
        String l = t.lower();
        return t.capitalised() && l.length() > 4 && (l.endsWith("ians") || l.endsWith("is") || l.endsWith("ans")
                || l.endsWith("ese") || l.endsWith("ites") || l.endsWith("ers"));
    }

    /** An outcome word just before the figure: "killing dozens", "the release of 46", "killed up to 400". */
    private static String leftOutcome(List<Tok> toks, int modifierStart, boolean people) {
        int k = modifierStart - 1;
        while (k >= 0 && toks.get(k).kind() == Tok.Kind.PUNCT && "\"“”'‘’".contains(toks.get(k).text())) {
            k--; // had "neutralised" 63
        }
        int skipped = 0;
        while (k >= 0 && skipped < 2 && toks.get(k).isWord()
                && (CasualtyWords.APPROXIMATE.contains(toks.get(k).lower()) || toks.get(k).is("of"))) {
            k--;
            skipped++;
        }
        if (k < 0 || !toks.get(k).isWord()) {
            return null;
        }
        String w = toks.get(k).lower();
        String o = CasualtyWords.OUTCOMES.get(w);
        if (o == null || toks.get(k).is("prisoner", "captive", "dead", "toll")) {
            return null;
        }
        if (CasualtyWords.NEEDS_PEOPLE.contains(w) && !people) {
            return null;
        }
        return o;
    }

    /** An outcome word further left in the same clause: "the death toll has risen to 41,000". */
    private static String farLeftOutcome(List<Tok> toks, int modifierStart, int previousEnd, Phrase np) {
        for (int k = modifierStart - 1; k > previousEnd && k >= modifierStart - 10; k--) {
            Tok t = toks.get(k);
            if (t.isBreak() || RIGHT_STOPS.contains(t.lower())) {
                return null;
            }
            String o = CasualtyWords.OUTCOMES.get(t.lower());
            if (o == null || t.is("prisoner", "captive")) {
                continue;
            }
            if (t.is("toll")) {
                return o;
            }
            if (CasualtyWords.NEEDS_PEOPLE.contains(t.lower()) && !np.people()) {
                continue;
            }
            boolean reachedBy = modifierStart > 0 && toks.get(modifierStart - 1).is("at", "to");
            if (np.isEmpty() && !t.is("exchange", "swap") && !reachedBy) {
                continue; // "put the number of troops killed at 117" is fine, "killed in May, 40 fled" is not
            }
            return o;
        }
        return null;
    }

    private String side(Phrase victims, Attribution attribution, boolean passive) {
        if (victims.isEmpty()) {
            return CasualtyClaim.UNKNOWN;
        }
        if (actors != null) {
            Actor a = actors.first(victims.text());
            if (a != null) {
                return a.name();
            }
        }
        Actor speaker = attribution == null ? null : attribution.actor();
        if (victims.possessive() && speaker != null) {
            return speaker.name();
        }
        String lower = victims.text().toLowerCase(Locale.ROOT);
        for (String w : lower.split("[^a-z]+")) {
            if (CasualtyWords.CIVILIAN.contains(w)) {
                return CasualtyClaim.CIVILIANS;
            }
        }
        if (speaker != null && passive) {
            for (String w : lower.split("[^a-z]+")) {
                if (CasualtyWords.COMBATANTS.contains(w)) {
                    return speaker.name();
                }
            }
        }
        return CasualtyClaim.UNKNOWN;
    }

    /**
     * How the speaker stands to the figure: denied, confirmed (the speaker's own losses, or a confirming verb),
     * claimed (a party or its outlet, or a figure of enemy combatants from anyone but a neutral source), else reported.
     */
    private static String status(Attribution attribution, String side, boolean denial, boolean own, String victims) {
        if (denial) {
            return CasualtyClaim.DENIED;
        }
        if (attribution == null) {
            return CasualtyClaim.REPORTED;
        }
        String verb = attribution.verb();
        if (CasualtyWords.CONFIRM.contains(verb) || own) {
            return CasualtyClaim.CONFIRMED;
        }
        if (CasualtyWords.CLAIM.contains(verb) || attribution.actor() != null) {
            return CasualtyClaim.CLAIMED;
        }
        String c = attribution.claimant().toLowerCase(Locale.ROOT);
        if (ClaimantKinds.party(c)) {
            return CasualtyClaim.CLAIMED;
        }
        if (victims != null && !ClaimantKinds.neutral(c) && ClaimantKinds.enemyCombatants(victims)) {
            return CasualtyClaim.CLAIMED; // a state agency telling how many militants the army killed
        }
        return CasualtyClaim.REPORTED;
    }

    /** Whether the victims are the speaker's own: "of its fighters", the speaker's party, "six soldiers were killed, the army said". */
    private boolean own(Phrase victims, Attribution attribution, String side, boolean passive) {
        if (attribution == null) {
            return false;
        }
        if (attribution.actor() != null && attribution.actor().name().equals(side)) {
            return true;
        }
        if (victims.isEmpty()) {
            return false;
        }
        if (victims.possessive() || victims.text().toLowerCase(Locale.ROOT).startsWith("own ")) {
            return true;
        }
        String c = attribution.claimant().toLowerCase(Locale.ROOT);
        return passive && (ClaimantKinds.party(c) || attribution.actor() != null)
                && ClaimantKinds.ownForces(victims.text()) && (actors == null || actors.first(victims.text()) == null);
    }

    /**
     * The place of a figure: in its clause (semicolons part clauses), a town or region after the figure, else one
     * before it, else a country; failing that, the same search over the sentence, then the entry's default place.
     */
    private String place(List<PlaceMention> mentions, List<Tok> toks, Quantity q, Reading reading) {
        if (mentions.isEmpty()) {
            return reading.defaultPlace;
        }
        int at = toks.get(q.first()).start();
        int clauseStart = 0;
        int clauseEnd = Integer.MAX_VALUE;
        for (Tok t : toks) {
            if (t.text().equals(";")) {
                if (t.start() < at) {
                    clauseStart = t.end();
                } else if (clauseEnd == Integer.MAX_VALUE) {
                    clauseEnd = t.start();
                }
            }
        }
        String inClause = pick(mentions, at, clauseStart, clauseEnd);
        if (inClause != null) {
            return inClause;
        }
        String inSentence = pick(mentions, at, 0, Integer.MAX_VALUE);
        return inSentence != null ? inSentence : reading.defaultPlace;
    }

    private static String pick(List<PlaceMention> mentions, int at, int from, int to) {
        PlaceMention after = null;
        PlaceMention before = null;
        PlaceMention country = null;
        for (PlaceMention m : mentions) {
            if (m.start() < from || m.end() > to) {
                continue;
            }
            if (m.place().kind() == PlaceKind.COUNTRY) {
                if (country == null) {
                    country = m;
                }
            } else if (m.start() >= at) {
                if (after == null) {
                    after = m;
                }
            } else {
                before = m;
            }
        }
        PlaceMention chosen = after != null ? after : before != null ? before : country;
        return chosen == null ? null : chosen.place().name();
    }

}
