package io.sitrep.subscription;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.sitrep.actor.Actor;
import io.sitrep.actor.ActorFinder;
import io.sitrep.briefing.EntryAnalyzer;
import io.sitrep.briefing.Findings;
import io.sitrep.briefing.PlaceBriefing;
import io.sitrep.place.Place;
import io.sitrep.place.PlaceGazetteer;
import io.sitrep.source.Entry;
import org.springframework.stereotype.Component;

/**
 * Turns what users type after /subscribe into topics, names topics back, and decides whether an entry belongs to a
 * topic: a place covers the places inside it (a region its cities, a country everything in it).
 */
@Component
public class TopicCatalog {

    private final PlaceGazetteer gazetteer;
    private final ActorFinder actors;
    private final EntryAnalyzer analyzer;
    private final PlaceBriefing places;

    TopicCatalog(PlaceGazetteer gazetteer, ActorFinder actors, EntryAnalyzer analyzer, PlaceBriefing places) {
        this.gazetteer = gazetteer;
        this.actors = actors;
        this.analyzer = analyzer;
        this.places = places;
    }

    /** The topic a typed word stands for: all, casualties, a party's name or alias, or a place's command or name. */
    public Optional<Topic> resolve(String typed) {
        String text = typed == null ? "" : typed.strip().replaceFirst("^/", "");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("all") || lower.equals("everything")) {
            return Optional.of(Topic.ALL);
        }
        if (lower.equals("casualties") || lower.equals("casualty")) {
            return Optional.of(Topic.CASUALTIES);
        }
        Optional<Actor> actor = actors.dictionary().byName(text);
        if (actor.isPresent()) {
            return Optional.of(Topic.actor(actor.get().name()));
        }
        List<Place> found = gazetteer.allByCommand(text);
        if (found.isEmpty()) {
            found = gazetteer.allByName(text);
        }
        return found.stream().findFirst().map(p -> Topic.place(p.command()));
    }

    /** Place commands close to a mistyped name, for "did you mean". */
    public List<String> suggestions(String typed) {
        return places.suggestions(typed);
    }

    /** The topic as shown to users: "Aleppo (region, SY)", "Hezbollah", "casualties", "everything". */
    public String label(Topic topic) {
        return switch (topic.kind()) {
            case ALL -> "everything";
            case CASUALTIES -> "casualties";
            case ACTOR -> topic.value();
            case PLACE -> areas(topic).stream().findFirst()
                    .map(p -> p.name() + (p.kind() == io.sitrep.place.PlaceKind.COUNTRY ? "" : ", " + p.country()))
                    .orElse(topic.value());
        };
    }

    /** Whether the entry is about the topic. */
    public boolean matches(Topic topic, Entry entry) {
        return switch (topic.kind()) {
            case ALL -> true;
            case CASUALTIES -> analyzer.of(entry).hasCasualties();
            case ACTOR -> analyzer.of(entry).actors().stream().anyMatch(a -> a.name().equals(topic.value()));
            case PLACE -> {
                Findings findings = analyzer.of(entry);
                List<Place> areas = areas(topic);
                yield findings.places().stream().anyMatch(p -> areas.stream().anyMatch(a -> gazetteer.isWithin(p, a)));
            }
        };
    }

    /** The places a place topic covers: every place answering to its command in the best match's country. */
    private List<Place> areas(Topic topic) {
        List<Place> all = gazetteer.allByCommand(topic.value());
        if (all.isEmpty()) {
            return List.of();
        }
        String country = all.get(0).country();
        return all.stream().filter(p -> p.country().equals(country)).toList();
    }
}
