package io.sitrep.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class LongHistoryTests {

    private static final String SOURCE = "Long Live";

    private final TrackedSources db = new TrackedSources();
    private final JsonLdLiveBlogParser jsonLd = new JsonLdLiveBlogParser();

    /** A JSON-LD blog holding {@code updates} items, oldest first in the markup, a minute apart. */
    static String page(int updates) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < updates; i++) {
            if (i > 0) {
                items.append(',');
            }
            items.append("{\"@type\":\"BlogPosting\",\"url\":\"https://long.example/live#u").append(i)
                    .append("\",\"datePublished\":\"").append(Instant.parse("2031-01-01T00:00:00Z").plusSeconds(60L * i))
                    .append("\",\"articleBody\":\"Update number ").append(i).append(" of the day.\"}");
        }
        return "<html><head><script type=\"application/ld+json\">{\"@type\":\"LiveBlogPosting\",\"headline\":\"Long day\","
                + "\"url\":\"https://long.example/live\",\"liveBlogUpdate\":[" + items + "]}</script></head><body></body></html>";
    }

    @Test
    void aLongHistoryIsASilentBaselineAndTheCacheKeepsTheNewestPerSource() {
        ParsedPage page = jsonLd.parse(Jsoup.parse(page(420), "https://long.example/live"), SOURCE);

        EntryTracker.Changes changes = db.tracker.apply(page, SOURCE);

        assertThat(changes.baseline()).isTrue();
        assertThat(changes.added()).hasSize(420);
        assertThat(db.events(EntryPublished.class)).isEmpty();

        EntryCache cache = EntryCache.inMemory(200);
        cache.on(db.events(SourceRead.class).get(0));
        List<Entry> latest = cache.latestUpdates(3);

        assertThat(cache.all()).hasSize(200);
        assertThat(cache.all()).extracting(Entry::time).allMatch(t -> !t.isBefore(Instant.parse("2031-01-01T03:40:00Z")));
        assertThat(latest).extracting(Entry::headline).containsExactly("Update number 419 of the day.",
                "Update number 418 of the day.", "Update number 417 of the day.");
    }

    @Test
    void theCacheKeepsItsEntriesInPageOrder() {
        ParsedPage page = jsonLd.parse(Jsoup.parse(page(5), "https://long.example/live"), SOURCE);

        List<Entry> kept = EntryCache.newest(page.entries(), 3);

        assertThat(kept).extracting(Entry::position).containsExactly(2, 3, 4);
    }
}
