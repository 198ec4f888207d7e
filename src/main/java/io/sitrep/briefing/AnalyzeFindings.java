package io.sitrep.briefing;

import java.util.List;

import io.sitrep.actor.ActorDictionary;
import io.sitrep.actor.ActorFinder;
import io.sitrep.casualty.CasualtyClaimExtractor;
import io.sitrep.place.PlaceFinder;
import io.sitrep.place.PlaceGazetteer;
import io.sitrep.source.Entry;
import io.sitrep.source.EntryFindings;

/** The places and casualty claims {@code analyze} prints: the same {@link EntryAnalyzer} the bot's briefings use. */
public final class AnalyzeFindings implements EntryFindings {

    private final EntryAnalyzer analyzer;

    AnalyzeFindings(EntryAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Findings over the bundled gazetteer and actor dictionary. */
    public static AnalyzeFindings withDefaults() {
        PlaceFinder places = new PlaceFinder(PlaceGazetteer.loadDefault());
        ActorFinder actors = new ActorFinder(ActorDictionary.loadDefault());
        return new AnalyzeFindings(new EntryAnalyzer(places, actors, new CasualtyClaimExtractor(places, actors)));
    }

    @Override
    public List<Object> places(Entry entry) {
        return analyzer.of(entry).places().stream().map(p -> (Object) p.summary()).toList();
    }

    @Override
    public List<Object> casualties(Entry entry) {
        return List.copyOf(analyzer.of(entry).claims());
    }
}
