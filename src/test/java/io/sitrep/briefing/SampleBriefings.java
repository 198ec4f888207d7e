package io.sitrep.briefing;

import java.util.List;

import io.sitrep.actor.ActorDictionary;
import io.sitrep.actor.ActorFinder;
import io.sitrep.place.PlaceFinder;
import io.sitrep.place.PlaceGazetteer;
import io.sitrep.source.Entry;
import io.sitrep.source.EntryCache;
import io.sitrep.source.LiveBlogParser;
import io.sitrep.source.LivePage;
import org.jsoup.Jsoup;

/** The briefing components wired by hand over the sample page, without Spring or a database. */
final class SampleBriefings {

    static final PlaceGazetteer GAZETTEER = PlaceGazetteer.loadDefault();

    final EntryCache cache = EntryCache.inMemory();
    final BriefingFormatter formatter = new BriefingFormatter();
    static final PlaceFinder PLACES = new PlaceFinder(GAZETTEER);
    static final ActorFinder ACTORS = new ActorFinder(ActorDictionary.loadDefault());
    final EntryAnalyzer analyzer = new EntryAnalyzer(PLACES, ACTORS, new io.sitrep.casualty.CasualtyClaimExtractor(PLACES, ACTORS));
    final Briefings briefings = new Briefings(cache, formatter);
    final PlaceBriefing places = new PlaceBriefing(cache, analyzer, GAZETTEER, formatter);

    SampleBriefings() {
        this(1);
    }

    /** The sample page's entries, copied under {@code sources} source names. */
    SampleBriefings(int sources) {
        List<Entry> sample = new LiveBlogParser().parse(Jsoup.parse(LivePage.sample(), "https://example.org/"), "Syria Daily").entries();
        for (int i = 0; i < sources; i++) {
            String name = sources == 1 ? "Syria Daily" : "Source " + i;
            String suffix = sources == 1 ? "" : "-" + i;
            cache.put(name, sample.stream().map(e -> new Entry(e.id() + suffix, name, e.pageUrl(), e.kind(), e.time(),
                    e.headline(), e.paragraphs(), e.links(), e.media(), e.version(), e.position())).toList());
        }
    }
}
