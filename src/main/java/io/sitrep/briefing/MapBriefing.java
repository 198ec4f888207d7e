package io.sitrep.briefing;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.sitrep.map.BoundingBox;
import io.sitrep.language.Language;
import io.sitrep.language.Texts;
import io.sitrep.map.MapLabels;
import io.sitrep.map.MapPoint;
import io.sitrep.map.MapRenderer;
import io.sitrep.map.MapRequest;
import io.sitrep.map.MapResult;
import io.sitrep.place.Place;
import io.sitrep.place.PlaceGazetteer;
import io.sitrep.place.PlaceKind;
import io.sitrep.source.Entry;
import io.sitrep.source.EntryCache;
import org.springframework.stereotype.Component;

/**
 * The {@code /map} answer: a picture of the places in the last 24 hours of entries, with a short caption. Renders
 * are cached by their request (places, counts, titles), so asking again costs nothing until the news changes.
 */
@Component
public class MapBriefing {

    /** Telegram's caption limit. */
    static final int CAPTION_LIMIT = 1024;
    private static final Duration WINDOW = Duration.ofHours(24);

    /** A rendered map and the caption to send with it, or the text to send instead. */
    public record MapReply(byte[] png, String captionHtml, String textHtml) {

        public boolean hasPicture() {
            return png != null;
        }
    }

    private final EntryCache cache;
    private final EntryAnalyzer analyzer;
    private final PlaceGazetteer gazetteer;
    private final PlaceBriefing places;
    private final MapRenderer renderer;
    private final Cache<MapRequest, MapResult> renders = Caffeine.newBuilder().maximumSize(64).build();

    MapBriefing(EntryCache cache, EntryAnalyzer analyzer, PlaceGazetteer gazetteer, PlaceBriefing places, MapRenderer renderer) {
        this.cache = cache;
        this.analyzer = analyzer;
        this.gazetteer = gazetteer;
        this.places = places;
        this.renderer = renderer;
    }

    /** The map of everything recent, or of one place or region when {@code area} is given. */
    public MapReply map(String area) {
        return map(area, ReaderSettings.GMT);
    }

    /** {@link #map(String)} with the caption and answers in the reader's language and zone. */
    public MapReply map(String area, ReaderSettings reader) {
        List<Place> focus = area == null || area.isBlank() ? List.of() : places.resolve(area);
        if (area != null && !area.isBlank() && focus.isEmpty()) {
            return new MapReply(null, null, places.briefing(area, reader).get(0));
        }
        List<Entry> recent = recentEntries();
        Predicate<Place> inFocus = p -> focus.isEmpty() || focus.stream().anyMatch(f -> gazetteer.isWithin(p, f));
        Map<Place, Integer> mentions = new LinkedHashMap<>();
        Set<Place> withClaims = new LinkedHashSet<>();
        for (Entry e : recent) {
            Findings findings = analyzer.of(e);
            for (Place p : findings.places()) {
                if (p.kind() != PlaceKind.COUNTRY && p.located() && inFocus.test(p)) {
                    mentions.merge(p, 1, Integer::sum);
                    if (findings.claims().stream().anyMatch(c -> p.name().equalsIgnoreCase(c.place()))) {
                        withClaims.add(p);
                    }
                }
            }
        }
        if (mentions.isEmpty()) {
            return new MapReply(null, null, focus.isEmpty() ? reader.text("map.nothing")
                    : reader.text("map.nothing_in", "place", Html.escape(Bidi.isolate(focus.get(0).name(), reader.language()))));
        }
        // A region drawn at its seat would sit on top of the city of the same name: keep the city.
        Set<String> cityNames = mentions.keySet().stream().filter(p -> p.kind() == PlaceKind.CITY)
                .map(p -> p.country() + "|" + p.name()).collect(Collectors.toSet());
        mentions.keySet().removeIf(p -> p.kind() == PlaceKind.REGION && cityNames.contains(p.country() + "|" + p.name()));
        List<MapPoint> points = mentions.entrySet().stream()
                .sorted(Map.Entry.<Place, Integer>comparingByValue().reversed())
                .limit(80)
                .map(en -> new MapPoint(en.getKey().name(), en.getKey().lat(), en.getKey().lon(), en.getValue(),
                        withClaims.contains(en.getKey()), importance(en.getKey(), en.getValue())))
                .toList();
        BoundingBox view = focus.isEmpty() ? frontBox(mentions) : focusBox(focus.get(0), points);
        MapRequest request = new MapRequest(title(recent), timeRange(recent, reader), points, view, labels(reader));
        MapResult result = renders.get(request, renderer::render);
        return new MapReply(result.png(), caption(points, focus, result, reader), null);
    }

    private List<Entry> recentEntries() {
        List<Entry> all = cache.all();
        Optional<Instant> newest = all.stream().map(Entry::time).filter(java.util.Objects::nonNull).max(Comparator.naturalOrder());
        if (newest.isEmpty()) {
            return all;
        }
        Instant from = newest.get().minus(WINDOW);
        Set<String> livePages = all.stream().filter(e -> e.time() != null && !e.time().isBefore(from))
                .map(Entry::pageUrl).collect(Collectors.toSet());
        // Undated stories belong to the day of the page they are on.
        return all.stream().filter(e -> e.time() != null ? !e.time().isBefore(from) : livePages.contains(e.pageUrl())).toList();
    }

    private static int importance(Place place, int mentions) {
        int kindWeight = place.kind() == PlaceKind.REGION ? 0 : 1;
        return mentions * 10 + kindWeight + (int) Math.min(5, Math.log10(Math.max(1, place.population())));
    }

    private static BoundingBox focusBox(Place area, List<MapPoint> points) {
        List<MapPoint> all = new ArrayList<>(points);
        all.add(new MapPoint(area.name(), area.lat(), area.lon(), 1, false, 0));
        return BoundingBox.around(all).withMinimumSpan(area.kind() == PlaceKind.COUNTRY ? 8 : 4);
    }

    /**
     * The front: when most mentions fall in one country, the view fits that country's places, so capitals named
     * in passing (a minister in Doha) do not shrink the fighting to a dot. Null fits every place.
     */
    private static BoundingBox frontBox(Map<Place, Integer> mentions) {
        Map<String, Integer> byCountry = new LinkedHashMap<>();
        mentions.forEach((p, n) -> byCountry.merge(p.country(), n, Integer::sum));
        int total = byCountry.values().stream().mapToInt(Integer::intValue).sum();
        Optional<Map.Entry<String, Integer>> top = byCountry.entrySet().stream().max(Map.Entry.comparingByValue());
        if (top.isEmpty() || top.get().getValue() * 2 <= total) {
            return null;
        }
        List<MapPoint> front = mentions.keySet().stream().filter(p -> p.country().equals(top.get().getKey()))
                .map(p -> new MapPoint(p.name(), p.lat(), p.lon(), 1, false, 0)).toList();
        BoundingBox box = BoundingBox.around(front).withMinimumSpan(4);
        double padLat = box.height() * 0.25;
        double padLon = box.width() * 0.25;
        return new BoundingBox(Math.max(-85, box.south() - padLat), Math.max(-180, box.west() - padLon),
                Math.min(85, box.north() + padLat), Math.min(180, box.east() + padLon));
    }

    private static String title(List<Entry> entries) {
        return entries.stream().map(Entry::source).distinct().collect(Collectors.joining(", "));
    }

    /** The picture's subtitle: the first and last entry's day and time in GMT, in the reader's language. */
    private static String timeRange(List<Entry> entries, ReaderSettings reader) {
        List<Instant> times = entries.stream().map(Entry::time).filter(java.util.Objects::nonNull).sorted().toList();
        if (times.isEmpty()) {
            return reader.text("map.picture.latest_entries");
        }
        return Times.of(times.get(0), ZoneOffset.UTC, true, reader.language()) + " \u2013 "
                + Times.of(times.get(times.size() - 1), ZoneOffset.UTC, true, reader.language());
    }

    /** The words drawn inside the picture, from the reader's bundle. */
    static MapLabels labels(ReaderSettings reader) {
        if (reader.language() == Language.ENGLISH) {
            return MapLabels.ENGLISH;
        }
        return new MapLabels(reader.language().code(), reader.text("map.picture.mentions"), reader.text("map.picture.casualties"),
                pattern(reader, "map.picture.places"), pattern(reader, "map.picture.with_casualties"),
                reader.text("map.picture.credits"), pattern(reader, "map.picture.kilometres"), pattern(reader, "map.picture.metres"));
    }

    /** A bundle's pattern as written, for the renderer to format with its own counts. */
    private static String pattern(ReaderSettings reader, String key) {
        return Texts.bundles().pattern(reader.language(), key);
    }

    private String caption(List<MapPoint> points, List<Place> focus, MapResult result, ReaderSettings reader) {
        StringBuilder caption = new StringBuilder("<b>");
        caption.append(focus.isEmpty() ? reader.text("map.title")
                : reader.text("map.title_of", "place", Html.escape(Bidi.isolate(focus.get(0).name(), reader.language()))));
        caption.append("</b> \u2014 ").append(reader.text("map.places", "count", points.size())).append('\n');
        for (MapPoint p : points) {
            String line = "\u2022 " + Html.escape(Bidi.isolate(p.name(), reader.language())) + " ("
                    + reader.text(p.hasCasualties() ? "map.mentions_with_casualties" : "map.mentions", "count", p.mentions()) + ")\n";
            if (caption.length() + line.length() > CAPTION_LIMIT - 120) {
                caption.append("\u2026\n");
                break;
            }
            caption.append(line);
        }
        String note = skippedNote(result, reader);
        if (!note.isEmpty()) {
            caption.append(Html.escape(Html.trim(note, 100))).append('\n');
        }
        caption.append(reader.text("map.credits"));
        return caption.toString();
    }

    /** Places without coordinates (and then those outside the view), in the reader's words; "" when none lacks them. */
    private static String skippedNote(MapResult result, ReaderSettings reader) {
        if (result.skipped().isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        parts.add(reader.text("map.not_on_map", "places", names(result.skipped(), reader)));
        if (!result.outsideView().isEmpty()) {
            parts.add(reader.text("map.outside_view", "places", names(result.outsideView(), reader)));
        }
        return String.join(" ", parts);
    }

    private static String names(List<String> places, ReaderSettings reader) {
        return places.stream().map(p -> Bidi.isolate(p, reader.language())).collect(Collectors.joining(", "));
    }
}
