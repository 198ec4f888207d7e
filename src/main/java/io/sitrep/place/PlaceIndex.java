package io.sitrep.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/** The loaded gazetteer behind {@link PlaceGazetteer}: every place, indexed by name and by command. */
final class PlaceIndex {


    private static final String PLACES = "/place/places.tsv.gz";
    private static final String CURATED = "/place/curated.tsv";
    private static final String COMMON_WORDS = "/place/common-words.txt";

    private final List<Place> places;
    private final Set<Place> curated;
    private final Map<String, List<Place>> byKey = new HashMap<>();
    private final Map<String, List<Place>> byCommand = new HashMap<>();
    private final Map<String, Place> regions = new HashMap<>();
    private final Map<String, Place> countries = new HashMap<>();
    private final Set<String> commonWords;
    private final int maxKeyWords;

    private PlaceIndex(List<Place> places, Set<Place> curated, Set<String> commonWords) {
        this.places = List.copyOf(places);
        this.curated = curated;
        this.commonWords = Set.copyOf(commonWords);
        int maxWords = 1;
        for (Place p : this.places) {
            for (String n : namesOf(p)) {
                String k = PlaceNames.key(n);
                if (k.isEmpty()) {
                    continue;
                }
                addUnique(byKey, k, p);
                maxWords = Math.max(maxWords, k.split(" ").length);
                String c = PlaceNames.commandOf(n);
                if (!c.isEmpty()) {
                    addUnique(byCommand, c, p);
                }
                String ck = PlaceNames.commandOf(k);
                if (!ck.isEmpty()) {
                    addUnique(byCommand, ck, p);
                }
            }
            if (p.kind() == PlaceKind.REGION) {
                regions.putIfAbsent(p.country() + "|" + p.name().toLowerCase(Locale.ROOT), p);
            } else if (p.kind() == PlaceKind.COUNTRY) {
                countries.put(p.country(), p);
            }
        }
        Map<Place, double[]> score = new java.util.IdentityHashMap<>();
        Map<Place, Set<String>> calledKeys = new java.util.IdentityHashMap<>();
        Map<Place, Set<String>> calledCommands = new java.util.IdentityHashMap<>();
        for (Place p : this.places) {
            score.put(p, new double[] {importance(p)});
            Set<String> keys = new HashSet<>();
            Set<String> commands = new HashSet<>();
            List<String> own = curated.contains(p) ? namesOf(p) : List.of(p.name(), p.asciiName());
            for (String n : own) {
                String k = PlaceNames.key(n);
                keys.add(k);
                commands.add(PlaceNames.commandOf(n));
                commands.add(PlaceNames.commandOf(k));
            }
            calledKeys.put(p, keys);
            calledCommands.put(p, commands);
        }
        Comparator<Place> rank = Comparator.comparingDouble((Place p) -> -score.get(p)[0]);
        // a place called by this name outranks a place that merely lists it among its aliases
        byKey.forEach((k, l) -> {
            if (l.size() > 1) {
                l.sort(Comparator.comparing((Place p) -> !calledKeys.get(p).contains(k)).thenComparing(rank));
            }
        });
        byCommand.forEach((k, l) -> {
            if (l.size() > 1) {
                l.sort(Comparator.comparing((Place p) -> !calledCommands.get(p).contains(k)).thenComparing(rank));
            }
        });
        this.maxKeyWords = maxWords;
    }

    /** Loads the gazetteer shipped on the classpath. */
    static PlaceIndex loadDefault() {
        try (InputStream places = resource(PLACES); InputStream curated = resource(CURATED);
             InputStream words = resource(COMMON_WORDS)) {
            return load(new GZIPInputStream(places, 1 << 16), curated, words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled gazetteer", e);
        }
    }

    /** Loads the bundled GeoNames data with a curated file from another path (same TSV layout as place/curated.tsv). */
    static PlaceIndex loadWithCurated(Path curatedFile) {
        try (InputStream places = resource(PLACES); InputStream curated = Files.newInputStream(curatedFile);
             InputStream words = resource(COMMON_WORDS)) {
            return load(new GZIPInputStream(places, 1 << 16), curated, words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer from " + curatedFile, e);
        }
    }

    /**
     * Loads places from streams: the generated TSV (plain text), the curated TSV and the common-word list; the
     * curated stream and word list may be null.
     */
    static PlaceIndex load(InputStream placesTsv, InputStream curatedTsv, InputStream commonWordList)
            throws IOException {
        List<Place> list = new ArrayList<>(45_000);
        for (String[] c : rows(placesTsv)) {
            if (c.length < 8) {
                continue;
            }
            list.add(new Place(c[1], c[2].isEmpty() ? PlaceNames.ascii(c[1]) : c[2], splitAliases(c.length > 8 ? c[8] : ""),
                    PlaceKind.valueOf(c[0]), c[3], c[4].isEmpty() ? null : c[4], Double.parseDouble(c[5]),
                    Double.parseDouble(c[6]), Long.parseLong(c[7])));
        }
        Set<Place> curatedPlaces = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        if (curatedTsv != null) {
            mergeCurated(list, rows(curatedTsv), curatedPlaces);
        }
        Set<String> words = new HashSet<>();
        if (commonWordList != null) {
            for (String[] c : rows(commonWordList)) {
                words.add(c[0].trim().toLowerCase(Locale.ROOT));
            }
        }
        return new PlaceIndex(list, curatedPlaces, words);
    }

    private static void mergeCurated(List<Place> list, List<String[]> rows, Set<Place> curatedPlaces) {
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Place p = list.get(i);
            for (String n : namesOf(p)) {
                index.computeIfAbsent(p.kind() + "|" + p.country() + "|" + PlaceNames.key(n), k -> new ArrayList<>()).add(i);
            }
        }
        for (String[] c : rows) {
            if (c.length < 3) {
                continue;
            }
            String[] r = Arrays.copyOf(c, 9);
            PlaceKind kind = PlaceKind.valueOf(r[0].trim());
            String name = r[1].trim();
            String country = r[2].trim();
            List<String> aliases = splitAliases(r[7]);
            Integer found = null;
            for (String n : concat(name, aliases)) {
                List<Integer> hits = index.get(kind + "|" + country + "|" + PlaceNames.key(n));
                if (hits != null) {
                    found = hits.stream().max(Comparator.comparingLong(i -> list.get(i).population())).orElse(null);
                    break;
                }
            }
            String region = blankToNull(r[3]);
            if (found != null) {
                Place old = list.get(found);
                Set<String> all = new LinkedHashSet<>(aliases);
                if (!old.name().equals(name)) {
                    all.add(old.name());
                }
                all.addAll(old.aliases());
                all.remove(name);
                Place merged = new Place(name, PlaceNames.ascii(name), new ArrayList<>(all), kind, country,
                        region != null ? region : old.region(), number(r[4], old.lat()), number(r[5], old.lon()),
                        (long) number(r[6], old.population()));
                list.set(found, merged);
                curatedPlaces.add(merged);
                for (String n : namesOf(merged)) {
                    index.computeIfAbsent(kind + "|" + country + "|" + PlaceNames.key(n), k -> new ArrayList<>()).add(found);
                }
            } else {
                Place added = new Place(name, PlaceNames.ascii(name), aliases, kind, country, kind == PlaceKind.CITY ? region : null,
                        number(r[4], 0), number(r[5], 0), (long) number(r[6], 0));
                list.add(added);
                curatedPlaces.add(added);
                int at = list.size() - 1;
                for (String n : namesOf(added)) {
                    index.computeIfAbsent(kind + "|" + country + "|" + PlaceNames.key(n), k -> new ArrayList<>()).add(at);
                }
            }
        }
    }

    /** Every entry. */
    public List<Place> places() {
        return places;
    }

    /** Number of entries. */
    public int size() {
        return places.size();
    }

    /** The best place for a bot command such as {@code khantuman} or {@code aleppo}. */
    public Optional<Place> byCommand(String command) {
        List<Place> hits = allByCommand(command);
        return hits.isEmpty() ? Optional.empty() : Optional.of(hits.get(0));
    }

    /** Every place answering to a command, best first. */
    public List<Place> allByCommand(String command) {
        if (command == null) {
            return List.of();
        }
        String c = command.startsWith("/") ? command.substring(1) : command;
        return byCommand.getOrDefault(PlaceNames.commandOf(c), List.of());
    }

    /** The best place with this name or alias, e.g. "Khan Touman", "Deir Ezzor". */
    public Optional<Place> byName(String name) {
        List<Place> hits = allByName(name);
        return hits.isEmpty() ? Optional.empty() : Optional.of(hits.get(0));
    }

    /** Every place with this name or alias, best (countries, then the most populous) first. */
    public List<Place> allByName(String name) {
        return name == null ? List.of() : byKey.getOrDefault(PlaceNames.key(name), List.of());
    }

    /** The country entry for an ISO2 code. */
    public Optional<Place> country(String iso2) {
        return Optional.ofNullable(iso2 == null ? null : countries.get(iso2.toUpperCase(Locale.ROOT)));
    }

    /** The region entry that contains a city, if known. */
    public Optional<Place> regionOf(Place place) {
        if (place.region() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(regions.get(place.country() + "|" + place.region().toLowerCase(Locale.ROOT)));
    }

    /**
     * Near misses for a mistyped command or name, best first, for "did you mean /aleppo?". Exact hits come first;
     * each place appears once.
     */
    public List<Place> suggest(String typed, int limit) {
        String q = PlaceNames.commandOf(typed == null ? "" : typed.replaceFirst("^/", ""));
        if (q.isEmpty() || limit <= 0) {
            return List.of();
        }
        int maxDistance = q.length() <= 3 ? 0 : q.length() <= 5 ? 1 : q.length() <= 9 ? 2 : 3;
        Map<Place, Integer> best = new LinkedHashMap<>();
        for (Map.Entry<String, List<Place>> e : byCommand.entrySet()) {
            String k = e.getKey();
            if (Math.abs(k.length() - q.length()) > maxDistance) {
                continue;
            }
            int d = EditDistance.between(q, k, maxDistance);
            if (d <= maxDistance) {
                for (Place p : e.getValue()) {
                    best.merge(p, d, Math::min);
                }
            }
        }
        return best.entrySet().stream()
                .sorted(Comparator.<Map.Entry<Place, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> -importance(e.getKey())))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Near misses with at most five suggestions. */
    public List<Place> suggest(String typed) {
        return suggest(typed, 5);
    }

    /**
     * Whether a place lies in an area: a country contains its regions and places, a region contains its cities,
     * and every place contains itself.
     */
    public boolean isWithin(Place place, Place area) {
        if (place == null || area == null) {
            return false;
        }
        if (place.equals(area)) {
            return true;
        }
        if (!place.country().equals(area.country())) {
            return false;
        }
        return switch (area.kind()) {
            case COUNTRY -> place.kind() != PlaceKind.COUNTRY;
            case REGION -> place.kind() == PlaceKind.CITY && place.region() != null
                    && place.region().equalsIgnoreCase(area.name());
            case CITY -> false;
        };
    }

    /** Whether a place came from (or was corrected by) the curated file. */
    public boolean isCurated(Place place) {
        return curated.contains(place);
    }

    /** Whether a one-word key is also a common English word ("nice", "mobile", "of"). */
    public boolean isCommonWord(String key) {
        return commonWords.contains(key);
    }

    /** Places indexed under a folded key (see {@link PlaceNames#key}). */
    List<Place> byKey(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    int maxKeyWords() {
        return maxKeyWords;
    }

    /** Ranking score: countries first, then population, with a boost for conflict countries and curated entries. */
    double importance(Place p) {
        double pop = p.population();
        if (p.kind() == PlaceKind.COUNTRY) {
            return 1e12 + pop;
        }
        if (p.kind() == PlaceKind.REGION) {
            pop /= 4;
        }
        if (PlaceGazetteer.CONFLICT_COUNTRIES.contains(p.country())) {
            pop *= 2;
        }
        if (curated.contains(p)) {
            pop = pop * 2 + 1000;
        }
        return pop;
    }

    private static List<String> namesOf(Place p) {
        List<String> n = new ArrayList<>(p.aliases().size() + 2);
        n.add(p.name());
        n.add(p.asciiName());
        n.addAll(p.aliases());
        return n;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static void addUnique(Map<String, List<Place>> map, String key, Place p) {
        List<Place> l = map.computeIfAbsent(key, k -> new ArrayList<>(1));
        for (Place q : l) {
            if (q == p) {
                return;
            }
        }
        l.add(p);
    }

    private static List<String[]> rows(InputStream in) throws IOException {
        List<String[]> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            out.add(line.split("\t", -1));
        }
        return out;
    }

    private static List<String> splitAliases(String s) {
        if (s == null || s.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String a : s.split("\\|")) {
            if (!a.isBlank()) {
                out.add(a.trim());
            }
        }
        return out;
    }

    private static double number(String s, double fallback) {
        return s == null || s.isBlank() ? fallback : Double.parseDouble(s.trim());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = PlaceIndex.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing classpath resource " + name);
        }
        return in;
    }
}
