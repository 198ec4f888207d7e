package io.sitrep.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** An entry must stay off its page for some reads and some time before it counts as withdrawn (issue 18, case 6). */
class WithdrawalHysteresisTests {

    private static final String SOURCE = "Syria Daily";
    private static final String STORY = "3 Spanish Journalists Freed After 9 Months";

    private final TrackedSources db = new TrackedSources(IngestProperties.defaults()); // 3 reads and 2 minutes
    private final LiveBlogParser inline = new LiveBlogParser();

    private EntryTracker.Changes read(String html) {
        EntryTracker.Changes changes = db.tracker.apply(inline.parse(Jsoup.parse(html, "https://example.org/live/"), SOURCE), SOURCE);
        db.clock.advance(Duration.ofSeconds(60));
        return changes;
    }

    private static String withoutStory() {
        return LivePage.sample().replaceAll("(?s)<h3>" + STORY + "</h3>.*?(?=<div class=\"sharedaddy)", "");
    }

    @Test
    void aFlappingEntryChangesNothingForReaders() {
        read(LivePage.sample());
        db.forget();

        for (int i = 0; i < 10; i++) {
            EntryTracker.Changes off = read(withoutStory());
            EntryTracker.Changes on = read(LivePage.sample());
            assertThat(off.retracted()).isEmpty();
            assertThat(off.pendingPages()).containsExactly("https://example.org/2016/05/syria-daily-iran-revolutionary-guards-admit-losses/");
            assertThat(on.isEmpty()).isTrue();
        }

        assertThat(db.events(EntryRetracted.class)).isEmpty();
        assertThat(db.events(EntryEdited.class)).isEmpty();
        assertThat(db.events(EntryPublished.class)).isEmpty();
        // While it is off the page, readers still see it: it has not been withdrawn.
        read(withoutStory());
        assertThat(db.events(SourceRead.class).get(db.events(SourceRead.class).size() - 1).entries())
                .extracting(Entry::headline).contains(STORY);
    }

    @Test
    void anEntryGoneForEnoughReadsAndLongEnoughIsWithdrawnOnce() {
        read(LivePage.sample());
        db.forget();

        EntryTracker.Changes first = read(withoutStory());
        EntryTracker.Changes second = read(withoutStory());
        EntryTracker.Changes third = read(withoutStory()); // third read in a row, two minutes after the first
        EntryTracker.Changes fourth = read(withoutStory());

        assertThat(first.retracted()).isEmpty();
        assertThat(second.retracted()).isEmpty();
        assertThat(third.retracted()).singleElement().satisfies(e -> assertThat(e.headline()).isEqualTo(STORY));
        assertThat(third.pendingPages()).isEmpty();
        assertThat(fourth.isEmpty()).isTrue();
        assertThat(db.events(EntryRetracted.class)).hasSize(1);
    }

    @Test
    void enoughMissedReadsInAShortTimeAreNotYetAWithdrawal() {
        TrackedSources quick = new TrackedSources(new IngestProperties(20, 3, 2, Duration.ofMinutes(10)));
        ParsedPage full = inline.parse(Jsoup.parse(LivePage.sample(), "https://example.org/live/"), SOURCE);
        ParsedPage less = inline.parse(Jsoup.parse(withoutStory(), "https://example.org/live/"), SOURCE);
        quick.tracker.apply(full, SOURCE);

        for (int i = 0; i < 5; i++) {
            assertThat(quick.tracker.apply(less, SOURCE).retracted()).isEmpty();
            quick.clock.advance(Duration.ofMinutes(1));
        }
        quick.clock.advance(Duration.ofMinutes(5));

        assertThat(quick.tracker.apply(less, SOURCE).retracted()).extracting(Entry::headline).containsExactly(STORY);
    }
}
