package io.sitrep.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the places a text mentions, reading the context: capitalisation, qualifiers such as "province" or "city",
 * people's titles, street names and common English words, and the country the text is about.
 */
public final class PlaceFinder {

    private static final int MAX_WORDS = 7;
    private static final Set<String> REGION_WORDS = Set.of("province", "governorate", "region", "oblast", "state",
            "countryside", "provinces", "governorates", "regions", "oblasts", "regional");
    /** Words after a hyphen that make a name an adjective: US-led, Hamas-run, Kurdish-held. */
    private static final Set<String> ADJECTIVE_SUFFIXES = Set.of("led", "backed", "based", "run", "held", "controlled",
            "born", "made", "allied", "aligned", "funded", "supplied", "brokered", "sponsored", "linked", "affiliated",
            "owned", "style", "bound", "registered", "flagged", "friendly", "sized", "wide");
    private static final Set<String> CITY_WORDS = Set.of("city", "town", "village", "camp", "district", "neighbourhood",
            "neighborhood", "suburb");
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "gen", "general", "president", "minister",
            "commander", "colonel", "col", "brig", "brigadier", "major", "maj", "lt", "lieutenant", "sgt", "sergeant",
            "captain", "capt", "sheikh", "shaykh", "imam", "ayatollah", "king", "prince", "princess", "queen", "emir",
            "sir", "lord", "lady", "saint", "st", "pope", "senator", "sen", "rep", "judge", "spokesman", "spokeswoman",
            "professor", "prof", "mullah", "hajji", "haji", "abu", "umm", "bin", "ibn");
    /** Buildings named after the town they stand in ("Hama Prison", "Mosul Airport"), when that town is local. */
    private static final Set<String> FACILITY_WORDS = Set.of("prison", "hospital", "airport", "airbase", "university",
            "stadium", "refinery", "dam", "port", "citadel", "museum");
    private static final Set<String> STREET_WORDS = Set.of("street", "st", "road", "rd", "avenue", "ave", "boulevard",
            "square", "lane", "gate", "bridge", "university", "hospital", "hotel", "stadium", "club", "mosque",
            "church", "airport", "school", "college", "institute", "times", "post", "news", "hilton");
    /** Lowercase nouns after a country name that make it an attribute of a party: US envoy, Iran troops. */
    private static final Set<String> ATTRIBUTIVE = Set.of("general", "generals", "envoy", "envoys", "official",
            "officials", "troops", "forces", "military", "army", "strikes", "airstrikes", "president", "embassy",
            "ambassador", "government", "minister", "ministry", "diplomat", "diplomats", "intelligence", "navy",
            "warship", "warships", "jets", "drones", "sanctions", "secretary", "senator", "lawmakers",
            "administration", "commander", "commanders", "soldiers", "agency", "agencies", "spokesman", "spokeswoman",
            "negotiators", "mediators", "officers", "personnel", "authorities", "media", "state");
    private static final Set<String> UNIT_WORDS = Set.of("regiment", "brigade", "battalion", "division", "corps",
            "militia", "regiments", "brigades", "battalions", "divisions", "militias", "squadron", "legion");
    private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "northwest", "northeast", "southwest", "southeast", "northwestern",
            "northeastern", "southwestern", "southeastern", "greater", "old", "new", "upper", "lower", "rural",
            "the", "in", "near", "at", "from", "to", "of", "outside", "into", "around", "across", "towards", "toward",
            "by", "for", "on", "and", "or", "between", "via", "through", "besieged", "occupied", "rebel", "held");
    private static final Set<String> LOCATIVES = Set.of("in", "near", "at", "from", "to", "outside", "into", "around",
            "towards", "toward", "across", "through", "via", "of", "inside", "on", "over", "besieged",
            "between", "and", "reach", "reached", "captured", "took", "retook", "entered", "shelled", "struck", "hit",
            "bombed", "seized", "village", "town", "city");

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    private static final Set<String> SPEECH = Set.of("said", "says", "told", "added", "wrote", "tweeted", "posted");
    private static final Set<String> ORG_NOUNS = Set.of("group", "militia", "faction", "brigade", "movement",
            "organisation", "organization", "outlet", "agency", "newspaper", "channel", "coalition", "alliance");
    private static final Set<String> MEDIA_WORDS = Set.of("news", "agency", "television", "tv", "radio", "newspaper",
            "channel", "outlet", "broadcaster");

    private final PlaceGazetteer gazetteer;
    private final ContextPlaces contextPlaces;

    /** A finder over a gazetteer. */
    public PlaceFinder(PlaceGazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.contextPlaces = new ContextPlaces(gazetteer);
    }

    /** The gazetteer searched. */
    public PlaceGazetteer gazetteer() {
        return gazetteer;
    }

    /** Places in a text; the country the text is about is guessed from its clearest mentions. */
    public List<PlaceMention> find(String text) {
        return find(text, null);
    }

    /**
     * Places in a text, preferring places in {@code countryHint} (ISO2, may be null) when a name is shared.
     */
    public List<PlaceMention> find(String text, String countryHint) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<WordToken> tokens = WordTokenizer.tokenize(text);
        List<Candidate> candidates = candidates(text, tokens);
        String hint = countryHint != null ? countryHint.toUpperCase(Locale.ROOT) : guessCountry(candidates);
        List<PlaceMention> out = new ArrayList<>();
        for (Candidate c : candidates) {
            Place p = choose(c, hint);
            if (p != null && plausible(c, p, tokens, hint)) {
                out.add(new PlaceMention(p, c.start, c.end, text.substring(c.start, c.end)));
            }
        }
        List<PlaceMention> fromContext = contextPlaces.find(text, tokens, out, hint);
        if (!fromContext.isEmpty()) {
            out.addAll(fromContext);
            out.sort(java.util.Comparator.comparingInt(PlaceMention::start));
        }
        return out;
    }

    /** The ISO2 country the text seems to be about, or null. */
    public String countryOf(String text) {
        return text == null ? null : guessCountry(candidates(text, WordTokenizer.tokenize(text)));
    }

    private List<Candidate> candidates(String text, List<WordToken> tokens) {
        List<Candidate> out = new ArrayList<>();
        int n = tokens.size();
        int maxWords = Math.min(MAX_WORDS, gazetteer.maxKeyWords() + 2);
        for (int i = 0; i < n; ) {
            if (!startable(tokens, i)) {
                i++;
                continue;
            }
            Candidate found = null;
            for (int len = Math.min(maxWords, n - i); len >= 1 && found == null; len--) {
                int j = i + len - 1;
                if (!spanOk(tokens, i, j)) {
                    continue;
                }
                String key = PlaceNames.key(text.substring(tokens.get(i).start(), tokens.get(j).end()));
                List<Place> hits = key.isEmpty() ? List.of() : gazetteer.byKey(key);
                if (!hits.isEmpty()) {
                    found = new Candidate(i, j, tokens.get(i).start(), tokens.get(j).end(), key, hits);
                }
            }
            if (found == null) {
                i++;
                continue;
            }
            qualify(found, tokens);
            out.add(found);
            i = found.lastToken + 1;
        }
        return out;
    }

    private static boolean startable(List<WordToken> tokens, int i) {
        WordToken t = tokens.get(i);
        if (t.capitalised()) {
            return true;
        }
        return PlaceNames.ARTICLES.contains(t.lower()) && !t.lower().equals("the") && i + 1 < tokens.size()
                && tokens.get(i + 1).hyphenBefore() && tokens.get(i + 1).capitalised();
    }

    private static boolean spanOk(List<WordToken> tokens, int i, int j) {
        if (!tokens.get(j).capitalised() && !Character.isDigit(tokens.get(j).text().charAt(0))) {
            return false;
        }
        for (int k = i + 1; k <= j; k++) {
            WordToken t = tokens.get(k);
            if (!t.joinedToPrevious()) {
                return false;
            }
            if (!t.capitalised() && t.text().length() > 4) {
                return false;
            }
        }
        return true;
    }

    /** Reads "X province", "X city", "the province of X" and the like around a candidate. */
    private static void qualify(Candidate c, List<WordToken> tokens) {
        int next = c.lastToken + 1;
        if (next < tokens.size() && tokens.get(next).joinedToPrevious() && !tokens.get(next).hyphenBefore()) {
            String w = tokens.get(next).lower();
            if (REGION_WORDS.contains(w) && c.hits.stream().anyMatch(p -> p.kind() == PlaceKind.REGION)) {
                c.prefer = PlaceKind.REGION;
                c.end = tokens.get(next).end();
                c.lastToken = next;
            } else if (CITY_WORDS.contains(w) && c.hits.stream().anyMatch(p -> p.kind() == PlaceKind.CITY)) {
                c.prefer = PlaceKind.CITY;
                c.qualifiedAfter = true;
            }
        }
        if (c.prefer == null && c.firstToken >= 2 && tokens.get(c.firstToken - 1).lower().equals("of")) {
            String w = tokens.get(c.firstToken - 2).lower();
            if (REGION_WORDS.contains(w)) {
                c.prefer = PlaceKind.REGION;
            } else if (CITY_WORDS.contains(w)) {
                c.prefer = PlaceKind.CITY;
            }
        }
    }

    private String guessCountry(List<Candidate> candidates) {
        Map<String, Double> votes = new HashMap<>();
        for (Candidate c : candidates) {
            Place top = c.hits.get(0);
            if (top.kind() == PlaceKind.COUNTRY) {
                votes.merge(top.country(), 3.0, Double::sum);
            } else if (gazetteer.isCurated(top) || top.population() >= 100_000 && namedAs(top, c.key)) {
                votes.merge(top.country(), 1.0, Double::sum);
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private Place choose(Candidate c, String hint) {
        List<Place> pool = c.hits;
        if (c.prefer != null) {
            List<Place> kind = pool.stream().filter(p -> p.kind() == c.prefer).toList();
            if (!kind.isEmpty()) {
                pool = kind;
            }
        }
        Place best = pool.get(0);
        if (best.kind() == PlaceKind.COUNTRY) {
            return best;
        }
        if (c.prefer == null) {
            for (Place p : pool) {
                if (p.kind() == PlaceKind.REGION && gazetteer.isCurated(p) && !namedAs(p, c.key)
                        && p.aliases().stream().anyMatch(a -> PlaceNames.key(a).equals(c.key))) {
                    return p; // "Gaza" alone is the Gaza Strip, not Gaza City
                }
            }
        }
        if (c.prefer == null && best.kind() == PlaceKind.REGION) {
            // a bare name shared by a region and its own seat city means the city
            for (Place p : pool) {
                if (p.kind() == PlaceKind.CITY && p.country().equals(best.country())
                        && best.name().equalsIgnoreCase(p.region() == null ? "" : p.region())) {
                    best = p;
                    break;
                }
            }
        }
        if (hint != null && !best.country().equals(hint)) {
            for (Place p : pool) {
                if (p.country().equals(hint) && (p.population() >= 1000 || gazetteer.isCurated(p)
                        || best.population() < 1_000_000)) {
                    return p;
                }
            }
        }
        return best;
    }

    private boolean plausible(Candidate c, Place p, List<WordToken> tokens, String hint) {
        WordToken first = tokens.get(c.firstToken);
        WordToken prev = c.firstToken > 0 ? tokens.get(c.firstToken - 1) : null;
        WordToken next = c.lastToken + 1 < tokens.size() ? tokens.get(c.lastToken + 1) : null;
        boolean single = c.firstToken == c.lastToken || (c.lastToken == c.firstToken + 1 && c.prefer != null
                && c.end == tokens.get(c.lastToken).end() && REGION_WORDS.contains(tokens.get(c.lastToken).lower()));
        boolean prevJoined = prev != null && first.joinedToPrevious() && !first.sentenceStart();
        boolean locative = prevJoined && LOCATIVES.contains(prev.lower());
        if (prevJoined && TITLES.contains(prev.lower())) {
            return false;
        }
        if (prevJoined && prev.capitalised() && !prev.sentenceStart() && !prev.allCaps()
                && !DIRECTIONS.contains(prev.lower()) && !demonym(prev.text())
                && gazetteer.byKey(PlaceNames.key(prev.text())).isEmpty()) {
            return false; // Mr Hossein, Jabhat al-Nusra, Hayat Tahrir al-Sham
        }
        if (prev != null && prev.sentenceStart() && prevJoined && prev.capitalised() && TITLES.contains(prev.lower())) {
            return false;
        }
        if (prevJoined && prev.sentenceStart() && prev.capitalised() && !prev.allCaps()
                && !DIRECTIONS.contains(prev.lower()) && !demonym(prev.text())
                && !gazetteer.isCommonWord(PlaceNames.key(prev.text()))
                && gazetteer.byKey(PlaceNames.key(prev.text())).isEmpty()) {
            return false; // "Getachew Reda, the spokesman": a person's name opening the sentence
        }
        WordToken afterNext = c.lastToken + 2 < tokens.size() ? tokens.get(c.lastToken + 2) : null;
        if (next != null && next.capitalised() && next.joinedToPrevious() && !next.hyphenBefore()
                && afterNext != null && SPEECH.contains(afterNext.lower()) && p.kind() == PlaceKind.CITY) {
            return false; // "Tyler Perry said": a first name
        }
        if (prevJoined && prev.capitalised() && !prev.sentenceStart() && p.kind() == PlaceKind.CITY && next != null
                && SPEECH.contains(next.lower())) {
            return false; // "... Perry said": a surname
        }
        if (MONTHS.contains(first.lower()) && c.firstToken == c.lastToken && next != null
                && Character.isDigit(next.text().charAt(0))) {
            return false; // "on March 3"
        }
        if (next != null && !next.capitalised() && next.joinedToPrevious() && !next.hyphenBefore()
                && MEDIA_WORDS.contains(next.lower())) {
            return false; // "the Houthi-run Saba news agency": an outlet's name
        }
        if (p.kind() != PlaceKind.COUNTRY && c.firstToken == c.lastToken && demonym(first.text()) && next != null
                && !next.capitalised() && next.joinedToPrevious() && ATTRIBUTIVE.contains(next.lower())
                && !PlaceNames.key(p.name()).equals(c.key + " region")) {
            return false; // "47 Somali soldiers": a people's adjective, not the Somali Region
        }
        if (prevJoined && !prev.capitalised() && ORG_NOUNS.contains(prev.lower())) {
            return false; // "the Palestinian-Syrian group Liwa al-Quds": a group's name
        }
        if (namePartBeforeUnit(tokens, c.lastToken + 1)) {
            return false; // "the Liwa al-Quds militia", "the Sultan Murad Division"
        }
        WordToken last = tokens.get(c.lastToken);
        if (next != null && next.hyphenBefore() && ADJECTIVE_SUFFIXES.contains(next.lower())) {
            return false; // US-led, Iran-backed
        }
        WordToken only = onlyContentToken(c, tokens);
        if (only != null && only.allCaps() && !namedInCapitals(p, only.text())) {
            return false; // UN is not Un, SANA is not Sanaa
        }
        if (next != null && !next.capitalised() && next.joinedToPrevious() && !next.hyphenBefore()
                && UNIT_WORDS.contains(next.lower())) {
            return false; // "the Azov regiment", "the Hamza division": a unit named after a place
        }
        if (p.kind() == PlaceKind.COUNTRY && next != null && !next.capitalised() && next.joinedToPrevious()
                && !next.hyphenBefore() && !last.possessive() && ATTRIBUTIVE.contains(next.lower())) {
            return false; // "a US general", "the UN agency": the country names a party, not a place
        }
        if (!last.possessive() && next != null && next.joinedToPrevious() && !next.hyphenBefore() && next.capitalised()
                && !next.sentenceStart() && !REGION_WORDS.contains(next.lower()) && !CITY_WORDS.contains(next.lower())) {
            boolean localFacility = FACILITY_WORDS.contains(next.lower()) && p.country().equals(hint);
            if (!localFacility && (STREET_WORDS.contains(next.lower()) || gazetteer.byKey(PlaceNames.key(next.text())).isEmpty())) {
                return false; // Damascus Street, Paris Hilton, al-Quds Hospital in Aleppo; but Hama Prison is in Hama
            }
        }
        if (p.kind() == PlaceKind.COUNTRY) {
            return true;
        }
        boolean curated = gazetteer.isCurated(p);
        boolean inHint = p.country().equals(hint);
        if (!curated && !inHint && p.population() < 1_000_000 && !namedAs(p, c.key)) {
            return false; // a foreign-language alias of a small foreign town ("Hamas" for Hamm)
        }
        boolean commonWords = true;
        for (String w : c.key.split(" ")) {
            commonWords &= gazetteer.isCommonWord(w);
        }
        if (!single && commonWords && !curated && !(inHint && locative)) {
            return false; // "Old City", "New Town"
        }
        if (single && gazetteer.isCommonWord(c.key) && !curated) {
            if (first.sentenceStart() || !first.capitalised()) {
                return false; // "Of", "Mobile", "Nice day" opening a sentence
            }
            if (!locative) {
                return false; // "Iron Dome", "the Mobile unit"
            }
        }
        if (single && first.text().length() <= 3 && !first.allCaps() && !curated && p.population() < 100_000) {
            return locative && (p.country().equals(hint)
                    || hint == null && PlaceGazetteer.CONFLICT_COUNTRIES.contains(p.country()) && p.population() >= 20_000);
        }
        if (!curated && p.kind() == PlaceKind.CITY && p.population() < 5000) {

            if (!(inHint && (locative || PlaceGazetteer.CONFLICT_COUNTRIES.contains(p.country())))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the words from {@code from} continue a name up to a unit word: "al-Quds militia", "Murad Division". */
    private static boolean namePartBeforeUnit(List<WordToken> tokens, int from) {
        for (int k = from; k < tokens.size() && k < from + 3; k++) {
            WordToken t = tokens.get(k);
            if (!t.joinedToPrevious()) {
                return false;
            }
            if (UNIT_WORDS.contains(t.lower()) && k > from) {
                return true;
            }
            if (!(t.capitalised() || PlaceNames.ARTICLES.contains(t.lower()))) {
                return false;
            }
        }
        return false;
    }

    private static WordToken onlyContentToken(Candidate c, List<WordToken> tokens) {
        WordToken only = null;
        for (int k = c.firstToken; k <= c.lastToken; k++) {
            WordToken t = tokens.get(k);
            if (PlaceNames.ARTICLES.contains(t.lower())) {
                continue;
            }
            if (only != null) {
                return null;
            }
            only = t;
        }
        return only;
    }

    private static boolean namedInCapitals(Place p, String word) {
        if (p.name().equals(word) || p.asciiName().equals(word)) {
            return true;
        }
        for (String a : p.aliases()) {
            if (a.equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean namedAs(Place p, String key) {
        return PlaceNames.key(p.name()).equals(key) || PlaceNames.key(p.asciiName()).equals(key);
    }

    private static boolean demonym(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return l.endsWith("ian") || l.endsWith("ians") || l.endsWith("ese") || l.endsWith("ish")
                || l.length() >= 5 && (l.endsWith("i") || l.endsWith("is") || l.endsWith("an") || l.endsWith("ans"));
    }

    private static final class Candidate {
        final int firstToken;
        int lastToken;
        final int start;
        int end;
        final String key;
        final List<Place> hits;
        PlaceKind prefer;
        boolean qualifiedAfter;

        Candidate(int firstToken, int lastToken, int start, int end, String key, List<Place> hits) {
            this.firstToken = firstToken;
            this.lastToken = lastToken;
            this.start = start;
            this.end = end;
            this.key = key;
            this.hits = hits;
        }
    }
}
