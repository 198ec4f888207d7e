package io.sitrep.briefing;

import java.util.LinkedHashSet;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.sitrep.actor.Actor;
import io.sitrep.actor.ActorFinder;
import io.sitrep.casualty.CasualtyClaim;
import io.sitrep.casualty.CasualtyClaimExtractor;
import io.sitrep.place.Place;
import io.sitrep.place.PlaceFinder;
import io.sitrep.place.PlaceMention;
import io.sitrep.source.Entry;
import io.sitrep.source.SourceRead;
import io.micrometer.core.instrument.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Finds places and parties in entries once per entry version and remembers the result, so briefings never
 * re-read text while answering a command. New reads are analysed right after they are committed.
 */
@Component
public class EntryAnalyzer {

    private static final Logger log = LoggerFactory.getLogger(EntryAnalyzer.class);

    private final PlaceFinder places;
    private final ActorFinder actors;
    private final CasualtyClaimExtractor claims;
    private final Cache<String, Findings> byVersion = Caffeine.newBuilder().maximumSize(50_000).build();

    EntryAnalyzer(PlaceFinder places, ActorFinder actors, CasualtyClaimExtractor claims) {
        this.places = places;
        this.actors = actors;
        this.claims = claims;
    }

    public Findings of(Entry entry) {
        return byVersion.get(entry.id() + "@" + entry.version(), key -> analyseSafely(entry));
    }

    /**
     * One entry's text that trips the readers (a bug, an odd number form) must not stop its source's read or its
     * push: it gets no findings, and the failure is logged and counted ({@code sitrep.findings.errors}).
     */
    private Findings analyseSafely(Entry entry) {
        try {
            return analyse(entry);
        } catch (RuntimeException e) {
            log.warn("Entry {} of '{}': places and claims could not be read ({}); it is shown without them",
                    entry.id(), entry.source(), e.toString());
            Metrics.counter("sitrep.findings.errors").increment();
            return new Findings(java.util.List.of(), java.util.List.of(), java.util.List.of());
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SourceRead read) {
        read.entries().forEach(this::of);
    }

    private Findings analyse(Entry entry) {
        String text = entry.headline() + "\n" + entry.text();
        Set<Place> found = new LinkedHashSet<>();
        String country = places.countryOf(text);
        for (PlaceMention mention : places.find(text, country)) {
            found.add(mention.place());
        }
        Set<Actor> parties = new LinkedHashSet<>();
        actors.find(text).forEach(m -> parties.add(m.actor()));
        // A story's headline repeats its lead: read claims from the text, with the headline as context only.
        String context = entry.kind() == io.sitrep.source.EntryKind.STORY ? entry.headline() : null;
        java.util.List<CasualtyClaim> figures = claims.extract(entry.text(), context);
        return new Findings(java.util.List.copyOf(found), java.util.List.copyOf(parties), figures);
    }
}
