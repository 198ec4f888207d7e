package io.sitrep.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.sitrep.shared.SitrepProperties;
import org.junit.jupiter.api.Test;

class ReplayingPageSourceTests {

    private final PageParser parser = new PageParser(new LiveBlogParser(), new JsonLdLiveBlogParser(), new FeedParser());

    @Test
    void eachReadRevealsOneMoreUpdateOldestFirst() throws FetchException {
        ReplayingPageSource replay = new ReplayingPageSource(new PageFetcher(Duration.ofSeconds(5), 5 * 1024 * 1024));
        SitrepProperties.Source sample = new SitrepProperties.Source("Sample", SitrepProperties.SAMPLE_URL, null);

        long[] updates = new long[3];
        for (int i = 0; i < 3; i++) {
            FetchedPage page = (FetchedPage) replay.read(sample, sample.url(), CacheValidators.NONE);
            updates[i] = parser.parse(page, SourceFormat.AUTO, "Sample").entries().stream().filter(Entry::isUpdate).count();
        }

        assertThat(updates).containsExactly(0, 1, 2);
    }

    @Test
    void updatesAreRevealedOnlyOnceSomeoneWatches() throws FetchException {
        java.util.concurrent.atomic.AtomicBoolean subscribed = new java.util.concurrent.atomic.AtomicBoolean();
        ReplayingPageSource replay = new ReplayingPageSource(new PageFetcher(Duration.ofSeconds(5), 5 * 1024 * 1024),
                subscribed::get);
        SitrepProperties.Source sample = new SitrepProperties.Source("Sample", SitrepProperties.SAMPLE_URL, null);

        long[] updates = new long[6];
        for (int i = 0; i < 6; i++) {
            subscribed.set(i >= 4); // the reader types /start after four reads
            FetchedPage page = (FetchedPage) replay.read(sample, sample.url(), CacheValidators.NONE);
            updates[i] = parser.parse(page, SourceFormat.AUTO, "Sample").entries().stream().filter(Entry::isUpdate).count();
        }

        assertThat(updates).containsExactly(0, 0, 0, 0, 1, 2);
    }
}
