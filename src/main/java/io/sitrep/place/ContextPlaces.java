package io.sitrep.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Villages, districts and camps the gazetteer lacks, read from the words around them ("the village of Umm Sidr",
 * "Kafr Awaid district", "near Boulkessi"): kept without coordinates, inside the country and region the text names
 * nearest to them (an empty country when the text names none).
 */
final class ContextPlaces {

    private static final Set<String> BEFORE_OF = Set.of("village", "villages", "town", "hamlet", "camp",
            "neighbourhood", "neighborhood", "district", "suburb", "area", "locality", "settlement", "city");
    private static final Set<String> AFTER = Set.of("district", "territory", "camp", "village", "neighbourhood",
            "neighborhood", "county", "subdistrict", "sub-district", "locality", "township");
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "this", "that", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "he", "she", "they", "it", "we",
            "i", "un", "us", "eu", "nato");

    private final PlaceGazetteer gazetteer;

    ContextPlaces(PlaceGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Places named only by their context, not overlapping {@code found}. */
    List<PlaceMention> find(String text, List<WordToken> tokens, List<PlaceMention> found, String hint) {
        List<PlaceMention> out = new ArrayList<>();
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            WordToken t = tokens.get(i);
            int[] span = null;
            if (BEFORE_OF.contains(t.lower()) && i + 2 < n && tokens.get(i + 1).lower().equals("of")) {
                span = nameFrom(tokens, i + 2);
            } else if (t.lower().equals("near") && i + 1 < n) {
                span = nameFrom(tokens, i + 1);
                if (span != null && span[1] + 1 < n && tokens.get(span[1] + 1).joinedToPrevious()
                        && !tokens.get(span[1] + 1).capitalised() && !tokens.get(span[1] + 1).lower().equals("in")) {
                    span = null; // "near Hezbollah positions"
                }
            } else if (AFTER.contains(t.lower()) && !t.capitalised() && i > 0 && t.joinedToPrevious()) {
                span = nameBefore(tokens, i - 1);
            }
            if (span == null) {
                continue;
            }
            int start = tokens.get(span[0]).start();
            int end = tokens.get(span[1]).end();
            String name = text.substring(start, end);
            String key = PlaceNames.key(name);
            if (key.isEmpty() || !gazetteer.byKey(key).isEmpty() || gazetteer.isCommonWord(key)
                    || overlaps(found, start, end) || overlaps(out, start, end)) {
                continue;
            }
            PlaceMention near = nearest(found, start);
            String country = near != null ? near.place().country() : hint != null ? hint : "";
            String region = near == null ? null
                    : near.place().kind() == PlaceKind.REGION ? near.place().name()
                    : near.place().kind() == PlaceKind.CITY ? near.place().region() : null;
            Place place = new Place(name, PlaceNames.ascii(name), List.of(), PlaceKind.CITY, country, region,
                    Double.NaN, Double.NaN, 0);
            out.add(new PlaceMention(place, start, end, name));
        }
        return out;
    }

    /** A name of one to four capitalised words (with "al-", "Umm", "Kafr") starting at token {@code i}. */
    private static int[] nameFrom(List<WordToken> tokens, int i) {
        if (i >= tokens.size() || !tokens.get(i).joinedToPrevious()) {
            return null;
        }
        int k = i;
        int last = -1;
        while (k < tokens.size() && k < i + 4) {
            WordToken t = tokens.get(k);
            if (k > i && !t.joinedToPrevious()) {
                break;
            }
            boolean article = PlaceNames.ARTICLES.contains(t.lower()) && k + 1 < tokens.size()
                    && tokens.get(k + 1).hyphenBefore();
            if (t.capitalised() && !NOT_NAMES.contains(t.lower()) && !t.allCaps()) {
                last = k;
            } else if (!article) {
                break;
            }
            k++;
        }
        return last < 0 ? null : new int[] {i, last};
    }

    /** The capitalised name just before a qualifier: "Kafr Awaid" in "Kafr Awaid district". */
    private static int[] nameBefore(List<WordToken> tokens, int last) {
        if (!tokens.get(last).capitalised() || NOT_NAMES.contains(tokens.get(last).lower())) {
            return null;
        }
        int first = last;
        while (first - 1 >= 0 && first > last - 3 && tokens.get(first).joinedToPrevious()
                && (tokens.get(first - 1).capitalised() || tokens.get(first).hyphenBefore()
                && PlaceNames.ARTICLES.contains(tokens.get(first - 1).lower()))
                && !tokens.get(first - 1).possessive() && !NOT_NAMES.contains(tokens.get(first - 1).lower())) {
            first--;
        }
        if (tokens.get(first).sentenceStart() && first == last) {
            return null;
        }
        return new int[] {first, last};
    }

    private static boolean overlaps(List<PlaceMention> mentions, int start, int end) {
        return mentions.stream().anyMatch(m -> m.start() < end && start < m.end());
    }

    private static PlaceMention nearest(List<PlaceMention> found, int at) {
        PlaceMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (PlaceMention m : found) {
            int d = Math.abs(m.start() - at) + (m.place().kind() == PlaceKind.COUNTRY ? 200 : 0);
            if (d < bestDistance) {
                bestDistance = d;
                best = m;
            }
        }
        return best;
    }
}
