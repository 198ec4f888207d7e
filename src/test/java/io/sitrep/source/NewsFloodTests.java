package io.sitrep.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** A read that brings a flood of new entries pushes only the newest few (issue 18, case 3). */
class NewsFloodTests {

    private static final String SOURCE = "Syria Daily";

    private final TrackedSources db = new TrackedSources(new IngestProperties(5, 2, 1, Duration.ZERO));
    private final LiveBlogParser inline = new LiveBlogParser();

    private EntryTracker.Changes read(String html) {
        return db.tracker.apply(inline.parse(Jsoup.parse(html, "https://example.org/live/"), SOURCE), SOURCE);
    }

    /** The sample with {@code count} more UPDATEs on top, newest first: 2100 GMT, 2101 GMT, ... */
    private static String withUpdates(int count) {
        StringBuilder top = new StringBuilder();
        for (int i = count - 1; i >= 0; i--) {
            top.append("<p><strong>UPDATE 21").append(String.format("%02d", i)).append(" GMT:</strong> Report number ")
                    .append(i).append(" from the front.</p>\n");
        }
        return LivePage.sample().replace("<p><strong>UPDATE 2030 GMT:</strong>", top + "<p><strong>UPDATE 2030 GMT:</strong>");
    }

    @Test
    void aFloodOfNewEntriesPushesTheNewestFewAndRecordsTheRestSilently() {
        read(LivePage.sample());
        db.forget();

        EntryTracker.Changes flood = read(withUpdates(40));

        assertThat(flood.added()).extracting(Entry::headline)
                .containsExactly("Report number 39 from the front.", "Report number 38 from the front.");
        assertThat(flood.backlog()).hasSize(38);
        assertThat(db.events(EntryPublished.class)).extracting(p -> p.entry().headline())
                .containsExactlyInAnyOrder("Report number 39 from the front.", "Report number 38 from the front.");
        assertThat(db.events(NewsBacklogged.class)).singleElement().satisfies(b -> {
            assertThat(b.newEntries()).isEqualTo(40);
            assertThat(b.silent()).isEqualTo(38);
            assertThat(b.pushed()).hasSize(2);
        });
        assertThat(db.meters.counter("sitrep.entries.backlog", "source", SOURCE).count()).isEqualTo(38);
        // Recorded as seen: the next read pushes nothing of them again.
        db.forget();
        assertThat(read(withUpdates(40)).isEmpty()).isTrue();
        assertThat(db.events(EntryPublished.class)).isEmpty();
    }

    @Test
    void aReadWithinTheLimitPushesEverything() {
        read(LivePage.sample());
        db.forget();

        EntryTracker.Changes some = read(withUpdates(5));

        assertThat(some.added()).hasSize(5);
        assertThat(some.backlog()).isEmpty();
        assertThat(db.events(NewsBacklogged.class)).isEmpty();
    }
}
