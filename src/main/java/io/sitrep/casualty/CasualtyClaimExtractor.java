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
    private static final String[] ASIDES = {"including", "among", "mostly", "most", "many", "all", "some", "both",
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
            "colonel", "general", "father", "mother", "son", "daughter");

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
            out.addAll(sentence(text.substring(s[0], s[1]), reading));
        }
        return out;
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
        boolean denial = toks.stream().anyMatch(t -> CasualtyWords.DENY.contains(t.lower()));
        List<Quantity> found = quantities.read(toks, denial);
        int firstQuantity = found.isEmpty() ? Integer.MAX_VALUE : found.get(0).modifierStart();
        Attribution attribution = claimants.read(toks, sentence, reading.lastSpeaker, firstQuantity);
        reading.lastSpeaker = claimants.speakerAfter(reading.lastSpeaker, attribution, toks, sentence);
        List<PlaceMention> placesHere = places == null ? List.of() : places.find(sentence, reading.country);
        boolean cumulative = cumulative(toks);

        CasualtyClaim previous = null;
        CasualtyClaim previousMain = null;
        int previousEnd = -1;
        List<int[]> used = new ArrayList<>();
        for (int q = 0; q < found.size(); q++) {
            Quantity quantity = found.get(q);
            int nextStart = q + 1 < found.size() ? found.get(q + 1).modifierStart() : toks.size();
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
            if (including && previous != null) {
                outcome = previous.outcome();
            }
            if (outcome == null) {
                outcome = leftOutcome(toks, quantity.modifierStart(), !np.isEmpty());
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
                continue;
            }
            if (outcome.equals(CasualtyClaim.FREED) && freedOnlyByCaptiveWord(toks, quantity, np) && !captives(np)) {
                continue; // "5 million people have returned home"
            }
            Phrase victimsPhrase = victimsAfterOutcome != null && !victimsAfterOutcome.isEmpty() ? victimsAfterOutcome : np;
            String victims = victimsPhrase.isEmpty() ? null : victimsPhrase.text();
            String side;
            if (victims == null && previousMain != null) {
                victims = previousMain.victims();
                side = previousMain.side();
            } else {
                side = side(victimsPhrase, attribution, passive);
            }
            String status = status(attribution, side, denial);
            String place = place(placesHere, toks, quantity, reading);
            CasualtyClaim claim = new CasualtyClaim(quantity.low(), quantity.high(), quantity.vague(), outcome, victims,
                    side, attribution == null ? null : attribution.claimant(), status, cumulative, place);
            out.add(claim);
            used.add(new int[] {quantity.modifierStart(), Math.max(quantity.last(), np.end())});
            previous = claim;
            if (!including) {
                previousMain = claim;
            }
        }
        out.addAll(singulars(toks, sentence, attribution, placesHere, reading, used, denial, cumulative, out));
        return out;
    }

    /** "A 13-year-old boy was killed", "killing the driver": one person. */
    private List<CasualtyClaim> singulars(List<Tok> toks, String sentence, Attribution attribution,
                                          List<PlaceMention> placesHere, Reading reading, List<int[]> used,
                                          boolean denial, boolean cumulative, List<CasualtyClaim> claimsSoFar) {
        List<CasualtyClaim> out = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (!t.isWord() || !t.is("a", "an", "the", "another")) {
                continue;
            }
            int head = -1;
            if (t.is("another") || i + 1 < toks.size() && toks.get(i + 1).is("third", "fourth", "fifth", "sixth")) {
                // "another was wounded", "a third was injured": one more person of those just counted
                int k = t.is("another") ? i : i + 1;
                if (k + 2 < toks.size() && toks.get(k + 1).is("was", "died")) {
                    head = k;
                }
            }
            for (int j = i + 1; head < 0 && j < toks.size() && j <= i + 5; j++) {
                Tok w = toks.get(j);
                if (w.isWord() && SINGULAR.contains(w.lower())) {
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
            String outcome = null;
            if (i > 0 && toks.get(i - 1).isWord()) {
                String o = CasualtyWords.OUTCOMES.get(toks.get(i - 1).lower());
                if (o != null && !CasualtyWords.NEEDS_PEOPLE.contains(toks.get(i - 1).lower())) {
                    outcome = o;
                }
            }
            boolean passive = false;
            if (outcome == null && head + 2 < toks.size() && toks.get(head + 1).is("was", "has", "had", "is", "were")) {
                int k = head + 2;
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
            if (outcome == null && head + 1 < toks.size() && toks.get(head + 1).is("died")) {
                outcome = CasualtyClaim.KILLED;
                passive = true;
            }
            if (outcome == null && i > 0 && toks.get(i - 1).is("including", "among") && !out.isEmpty()) {
                outcome = out.get(out.size() - 1).outcome(); // ", including a baby,"
            }
            if (outcome == null && i > 0 && toks.get(i - 1).is("including", "among") && !claimsSoFar.isEmpty()) {
                outcome = claimsSoFar.get(claimsSoFar.size() - 1).outcome();
            }
            if (outcome == null) {
                continue;
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
            Quantity one = new Quantity(1, null, null, i, i, head);
            out.add(new CasualtyClaim(1, null, null, outcome, victims, side,
                    attribution == null ? null : attribution.claimant(), status(attribution, side, denial), cumulative,
                    place(placesHere, toks, one, reading)));
            i = head;
        }
        return out;
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
                        while (k + 1 < n && toks.get(k + 1).capitalised()) {
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
            if (NP_STOPS.contains(l) || CasualtyWords.OUTCOMES.containsKey(l) && !CasualtyWords.PEOPLE.contains(l)) {
                break;
            }
            if (CasualtyWords.THINGS.contains(l)) {
                things = true;
                end = j;
                break;
            }
            if (CasualtyWords.PEOPLE.contains(l) || demonymPlural(t)) {
                people = true;
                headSeen = CasualtyWords.PEOPLE.contains(l) || j + 1 >= n || !toks.get(j + 1).isWord()
                        || !CasualtyWords.PEOPLE.contains(toks.get(j + 1).bare());
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

    private static String status(Attribution attribution, String side, boolean denial) {
        if (denial) {
            return CasualtyClaim.DENIED;
        }
        if (attribution == null) {
            return CasualtyClaim.REPORTED;
        }
        String verb = attribution.verb();
        if (CasualtyWords.CONFIRM.contains(verb)) {
            return CasualtyClaim.CONFIRMED;
        }
        if (attribution.actor() != null && attribution.actor().name().equals(side)) {
            return CasualtyClaim.CONFIRMED;
        }
        if (CasualtyWords.CLAIM.contains(verb) || attribution.actor() != null) {
            return CasualtyClaim.CLAIMED;
        }
        String c = attribution.claimant().toLowerCase(Locale.ROOT);
        if (c.matches(".*\\b(rebels?|forces|army|military|militants?|fighters|brigades?|bloc|group|movement)\\b.*")) {
            return CasualtyClaim.CLAIMED;
        }
        return CasualtyClaim.REPORTED;
    }

    private static boolean cumulative(List<Tok> toks) {
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            String next = i + 1 < toks.size() ? toks.get(i + 1).lower() : "";
            if (t.is("toll") || t.is("overall") || t.is("cumulative") || t.is("so") && next.equals("far")
                    || t.is("to") && next.equals("date") || t.is("in") && next.equals("total")
                    || t.is("a") && next.equals("total")) {
                return true;
            }
            if (t.is("since") && i + 1 < toks.size()) {
                Tok n = toks.get(i + 1);
                if (n.kind() == Tok.Kind.NUMBER || CasualtyWords.MONTHS.contains(n.lower())
                        || CasualtyWords.CUMULATIVE_AFTER_SINCE.contains(n.lower())) {
                    return true;
                }
            }
        }
        return false;
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
