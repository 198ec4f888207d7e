package io.sitrep.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.sitrep.briefing.EntryAnalyzer;
import io.sitrep.briefing.PlaceBriefing;
import io.sitrep.casualty.CasualtyClaim;
import io.sitrep.place.Place;
import io.sitrep.place.PlaceGazetteer;
import io.sitrep.source.Entry;
import io.sitrep.source.EntryCache;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.stereotype.Component;

/** Answers the dashboard API from the in-memory entry cache and the analysis already made of each entry. */
@Component
class DashboardQueries {

    /** One entry as the API shows it. */
    public record EntryView(String id, String source, String pageUrl, String kind, Instant time, String headline,
                            String text, List<String> places) {
    }

    /** One casualty figure, with the entry it was read in. */
    public record CasualtyView(String entryId, String source, Instant time, Integer low, Integer high, String vague,
                               String outcome, String victims, String side, String claimedBy, String status,
                               boolean cumulative, String place) {
    }

    /** A place named in the cached entries and how many entries name it. */
    public record PlaceView(String name, String command, String kind, String country, int entries) {
    }

    /** A question the API cannot answer as asked (unknown place, unreadable time). */
    public static class BadQuery extends RuntimeException {
        BadQuery(String message) {
            super(message);
        }
    }

    private static final Comparator<Entry> NEWEST_FIRST = Comparator
            .comparing((Entry e) -> e.time() == null ? Instant.MIN : e.time()).reversed()
            .thenComparingInt(Entry::position);

    private final EntryCache cache;
    private final EntryAnalyzer analyzer;
    private final PlaceBriefing places;
    private final PlaceGazetteer gazetteer;
    private final Clock clock;

    DashboardQueries(EntryCache cache, EntryAnalyzer analyzer, PlaceBriefing places, PlaceGazetteer gazetteer, Clock clock) {
        this.cache = cache;
        this.analyzer = analyzer;
        this.places = places;
        this.gazetteer = gazetteer;
        this.clock = clock;
    }

    /** Entries newest first, optionally only those about a place and only those published since a time. */
    public List<EntryView> entries(String place, String since, int limit) {
        Instant from = since(since);
        return cache.all().stream().filter(about(place))
                .filter(e -> from == null || (e.time() != null && !e.time().isBefore(from)))
                .sorted(NEWEST_FIRST).limit(Math.max(1, Math.min(limit, 500)))
                .map(e -> new EntryView(e.id(), e.source(), e.pageUrl(), e.kind().name(), e.time(), e.headline(), e.text(),
                        analyzer.of(e).places().stream().map(Place::name).distinct().toList()))
                .toList();
    }

    /** Casualty figures in the cached entries, newest first, optionally only in entries about a place. */
    public List<CasualtyView> casualties(String place) {
        return cache.all().stream().filter(about(place)).sorted(NEWEST_FIRST)
                .flatMap(e -> analyzer.of(e).claims().stream().map(c -> view(e, c)))
                .toList();
    }

    /** Places in the news, most mentioned first. */
    public List<PlaceView> places() {
        return places.counts().entrySet().stream()
                .map(c -> new PlaceView(c.getKey().name(), c.getKey().command(), c.getKey().kind().name(),
                        c.getKey().country(), c.getValue()))
                .toList();
    }

    private Predicate<Entry> about(String place) {
        if (place == null || place.isBlank()) {
            return e -> true;
        }
        List<Place> areas = places.resolve(place.strip());
        if (areas.isEmpty()) {
            throw new BadQuery("unknown place: " + place.strip());
        }
        return e -> analyzer.of(e).places().stream().anyMatch(p -> areas.stream().anyMatch(a -> gazetteer.isWithin(p, a)));
    }

    /** An instant ({@code 2016-05-08T10:00:00Z}), a day ({@code 2016-05-08}) or a time back from now ({@code 24h}). */
    Instant since(String since) {
        if (since == null || since.isBlank()) {
            return null;
        }
        String s = since.strip();
        try {
            if (s.contains("T")) {
                return Instant.parse(s);
            }
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return clock.instant().minus(DurationStyle.detectAndParse(s));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new BadQuery("since must be an instant (2016-05-08T10:00:00Z), a day (2016-05-08) or a time back (24h)");
        }
    }

    private static CasualtyView view(Entry e, CasualtyClaim c) {
        return new CasualtyView(e.id(), e.source(), e.time(), c.low(), c.high(), c.vague(), c.outcome(), c.victims(),
                c.side(), c.claimedBy(), c.status(), c.cumulative(), c.place());
    }
}
