package io.sitrep.briefing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.sitrep.place.Place;
import io.sitrep.place.PlaceGazetteer;
import io.sitrep.place.PlaceKind;
import io.sitrep.source.Entry;
import io.sitrep.source.EntryCache;
import org.springframework.stereotype.Component;

/** Answers "what is happening in this place": the cached entries that mention it or a place inside it. */
@Component
public class PlaceBriefing {

    static final int MAX_ITEMS = 5;

    private final EntryCache cache;
    private final EntryAnalyzer analyzer;
    private final PlaceGazetteer gazetteer;
    private final BriefingFormatter formatter;

    PlaceBriefing(EntryCache cache, EntryAnalyzer analyzer, PlaceGazetteer gazetteer, BriefingFormatter formatter) {
        this.cache = cache;
        this.analyzer = analyzer;
        this.gazetteer = gazetteer;
        this.formatter = formatter;
    }

    /** The places a command or typed name stands for: a city and the region of the same name both count. */
    public List<Place> resolve(String commandOrName) {
        Set<Place> all = new LinkedHashSet<>(gazetteer.allByCommand(commandOrName));
        all.addAll(gazetteer.allByName(commandOrName));
        List<Place> inNews = all.stream().filter(p -> !entriesIn(List.of(p)).isEmpty()).toList();
        return inNews.isEmpty() ? List.copyOf(all) : inNews;
    }

    /** Whether a bot command names a known place. */
    public boolean isPlaceCommand(String command) {
        return !gazetteer.allByCommand(command).isEmpty();
    }

    /** {@link #briefing(String, ReaderSettings)} for a reader on GMT. */
    public List<String> briefing(String commandOrName) {
        return briefing(commandOrName, ReaderSettings.GMT);
    }

    /** The entries about a place for one reader, newest first; or a "did you mean" when the name is unknown. */
    public List<String> briefing(String commandOrName, ReaderSettings reader) {
        List<Place> targets = resolve(commandOrName);
        if (targets.isEmpty()) {
            return List.of(unknown(commandOrName, reader));
        }
        Place main = targets.get(0);
        List<Entry> entries = entriesIn(targets);
        if (entries.isEmpty()) {
            return List.of(reader.text("place.nothing", "place", Html.bold(main.name()) + describe(main, reader)));
        }
        Set<String> inside = new LinkedHashSet<>();
        for (Entry e : entries) {
            for (Place p : analyzer.of(e).places()) {
                if (targets.stream().anyMatch(t -> gazetteer.isWithin(p, t)) && !targets.contains(p)) {
                    inside.add(p.name());
                }
            }
        }
        StringBuilder title = new StringBuilder("<b>").append(Html.escape(main.name())).append("</b>").append(describe(main, reader))
                .append(" \u2014 ").append(reader.text("place.entries", "count", entries.size()));
        if (!inside.isEmpty()) {
            title.append(reader.text("place.including", "places",
                    Html.escape(Bidi.isolate(String.join(", ", inside.stream().limit(8).toList()), reader.language()))));
        }
        List<Entry> shown = entries.stream().limit(MAX_ITEMS).toList();
        List<String> parts = formatter.list(title.toString(), shown, reader);
        if (entries.size() > MAX_ITEMS) {
            List<String> withMore = new ArrayList<>(parts);
            int last = withMore.size() - 1;
            withMore.set(last, withMore.get(last) + "\n\n\u2026 " + reader.text("place.older", "count", entries.size() - MAX_ITEMS));
            return withMore;
        }
        return parts;
    }

    /** Every place named in the cached entries, with how many entries mention it, most mentioned first. */
    public List<String> placesInTheNews() {
        return placesInTheNews(ReaderSettings.GMT);
    }

    /** {@link #placesInTheNews()} with Sitrep's words in the reader's language. */
    public List<String> placesInTheNews(ReaderSettings reader) {
        Map<Place, Integer> counts = counts();
        if (counts.isEmpty()) {
            return List.of(reader.text("places.none"));
        }
        StringBuilder html = new StringBuilder("<b>").append(reader.text("places.title")).append("</b>\n");
        Set<String> shownCommands = new java.util.HashSet<>();
        counts.entrySet().stream().filter(e -> shownCommands.add(e.getKey().command())).limit(60).forEach(e -> html.append('/').append(e.getKey().command()).append(" \u2014 ")
                .append(Html.escape(e.getKey().name())).append(describe(e.getKey(), reader))
                .append(" (").append(reader.text("number", "n", e.getValue())).append(")\n"));
        return MessageSplitter.split(html.toString());
    }

    /** Places with entry counts, most mentioned first (also used for maps). */
    public Map<Place, Integer> counts() {
        Map<Place, Integer> counts = new LinkedHashMap<>();
        for (Entry e : cache.all()) {
            for (Place p : analyzer.of(e).places()) {
                if (p.located()) {
                    counts.merge(p, 1, Integer::sum); // a village read from context has no command of its own
                }
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<Place, Integer>comparingByValue().reversed()
                        .thenComparing(x -> x.getKey().name()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    List<Entry> entriesIn(List<Place> areas) {
        return cache.all().stream()
                .filter(e -> analyzer.of(e).places().stream().anyMatch(p -> areas.stream().anyMatch(a -> gazetteer.isWithin(p, a))))
                .sorted(Comparator.comparing((Entry e) -> e.time() == null ? java.time.Instant.MIN : e.time()).reversed()
                        .thenComparingInt(Entry::position))
                .toList();
    }

    private String unknown(String typed, ReaderSettings reader) {
        List<Place> near = gazetteer.suggest(typed, 3);
        String shown = Html.escape(Bidi.isolate(Html.trim(typed, 40), reader.language()));
        if (near.isEmpty()) {
            return reader.text("place.unknown", "typed", shown);
        }
        return reader.text("place.did_you_mean", "typed", shown, "suggestions",
                near.stream().map(p -> "/" + p.command() + " (" + Html.escape(p.name()) + describe(p, reader) + ")")
                .collect(Collectors.joining(", ")));
    }

    /** ", Aleppo, SY" style context for a place. */
    static String describe(Place place) {
        return describe(place, ReaderSettings.GMT);
    }

    /** {@link #describe(Place)} with "region" in the reader's language. */
    static String describe(Place place, ReaderSettings reader) {
        List<String> parts = new ArrayList<>();
        if (place.kind() == PlaceKind.REGION) {
            parts.add(reader.text("place.region"));
        }
        if (place.region() != null && place.kind() == PlaceKind.CITY) {
            parts.add(place.region());
        }
        if (place.kind() != PlaceKind.COUNTRY) {
            parts.add(place.country());
        }
        return parts.isEmpty() ? "" : " (" + Html.escape(String.join(", ", parts)) + ")";
    }

    /** Place commands close to a mistyped one, e.g. "/aleppo" for "alepo". */
    public List<String> suggestions(String typed) {
        return gazetteer.suggest(typed, 3).stream().map(p -> "/" + p.command()).distinct().toList();
    }

    Optional<Place> best(String commandOrName) {
        return resolve(commandOrName).stream().findFirst();
    }
}
