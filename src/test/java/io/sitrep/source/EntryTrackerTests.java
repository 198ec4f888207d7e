package io.sitrep.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class EntryTrackerTests {

    private static final String SOURCE = "Syria Daily";

    private final TrackedSources db = new TrackedSources();
    private final LiveBlogParser inline = new LiveBlogParser();
    private final FeedParser feeds = new FeedParser();

    private ParsedPage page(String html) {
        return inline.parse(Jsoup.parse(html, "https://example.org/live/"), SOURCE);
    }

    private ParsedPage feed(String xml) throws FetchException {
        return feeds.parse(Fixtures.page("https://monitor.example/sudan/feed/", "application/rss+xml", xml), SOURCE);
    }

    @Test
    void theFirstReadIsASilentBaseline() {
        EntryTracker.Changes changes = db.tracker.apply(page(LivePage.sample()), SOURCE);

        assertThat(changes.baseline()).isTrue();
        assertThat(changes.added()).hasSize(9);
        assertThat(db.events(EntryPublished.class)).isEmpty();
        assertThat(db.events(SourceRead.class)).singleElement().satisfies(r -> assertThat(r.entries()).hasSize(9));
    }

    @Test
    void aNewUpdateIsPublishedOnceAndARereadChangesNothing() {
        db.tracker.apply(page(LivePage.sample()), SOURCE);
        String withUpdate = LivePage.sampleWithUpdate("UPDATE 2145 GMT:", "Barrel bombs on Darayya.");

        db.tracker.apply(page(withUpdate), SOURCE);
        EntryTracker.Changes again = db.tracker.apply(page(withUpdate), SOURCE);

        assertThat(db.events(EntryPublished.class)).singleElement()
                .satisfies(p -> assertThat(p.entry().headline()).isEqualTo("Barrel bombs on Darayya."));
        assertThat(again.isEmpty()).isTrue();
        assertThat(db.events(EntryEdited.class)).isEmpty();
        assertThat(db.events(EntryRetracted.class)).isEmpty();
    }

    @Test
    void typoFixKeepsEntryIdAndAnnouncesTheOldAndNewText() {
        db.tracker.apply(page(LivePage.sample()), SOURCE);
        db.forget();

        db.tracker.apply(page(LivePage.sample()
                .replace("Turkey: We Killed 55 Islamic State Fighters Inside Syria", "Turkey: We Killed 55 Islamic State Fighters in Syria")
                .replace("The bloc says that it destroyed four armored vehicles.", "The bloc says it destroyed four armoured vehicles.")), SOURCE);

        List<EntryEdited> edits = db.events(EntryEdited.class);
        assertThat(edits).hasSize(2).allSatisfy(edit -> {
            assertThat(edit.after().id()).isEqualTo(edit.before().id());
            assertThat(edit.after().version()).isNotEqualTo(edit.before().version());
        });
        assertThat(edits).extracting(e -> e.before().headline()).contains("Turkey: We Killed 55 Islamic State Fighters Inside Syria");
        assertThat(edits).extracting(e -> e.after().headline()).contains("Turkey: We Killed 55 Islamic State Fighters in Syria");
        assertThat(db.events(EntryPublished.class)).isEmpty();
        assertThat(db.events(EntryRetracted.class)).isEmpty();
        assertThat(db.store.findById(edits.get(0).before().id()).orElseThrow().version()).isEqualTo(edits.get(0).after().version());
    }

    @Test
    void anEntryTakenOffThePageIsRetracted() {
        db.tracker.apply(page(LivePage.sample()), SOURCE);
        db.forget();
        String withoutStory = LivePage.sample().replaceAll("(?s)<h3>3 Spanish Journalists Freed After 9 Months</h3>.*?(?=<div class=\"sharedaddy)", "");

        EntryTracker.Changes changes = db.tracker.apply(page(withoutStory), SOURCE);

        assertThat(changes.layoutChange()).isFalse();
        assertThat(db.events(EntryRetracted.class)).singleElement()
                .satisfies(r -> assertThat(r.entry().headline()).isEqualTo("3 Spanish Journalists Freed After 9 Months"));
        assertThat(db.store.findByPage(SOURCE, changes.retracted().get(0).pageUrl())).hasSize(8);
    }

    @Test
    void anEntryTheSourceWithdrewAndRestoredIsAnEditNotASecondPush() {
        db.tracker.apply(page(LivePage.sample()), SOURCE);
        String withoutStory = LivePage.sample().replaceAll("(?s)<h3>3 Spanish Journalists Freed After 9 Months</h3>.*?(?=<div class=\"sharedaddy)", "");
        db.tracker.apply(page(withoutStory), SOURCE);
        db.forget();

        db.tracker.apply(page(LivePage.sample()), SOURCE);

        assertThat(db.events(EntryPublished.class)).isEmpty();
        assertThat(db.events(EntryEdited.class)).singleElement()
                .satisfies(e -> assertThat(e.after().headline()).isEqualTo("3 Spanish Journalists Freed After 9 Months"));
    }

    @Test
    void anEditorsCorrectionAndWithdrawalOutlastLaterReadsOfThePage() {
        ParsedPage first = page(LivePage.sample());
        db.tracker.apply(first, SOURCE);
        Entry update = first.entries().get(0);
        Entry story = first.entries().get(4);
        Entry corrected = new Entry(update.id(), update.source(), update.pageUrl(), update.kind(), update.time(),
                "Corrected by the newsroom.", List.of("Corrected by the newsroom."), List.of(), List.of(), "corr1", update.position());
        db.store.update(corrected, java.time.Instant.now());
        db.store.lockByEditor(update.id(), EntryTracker.CORRECTED_BY_EDITOR);
        db.store.markRetracted(story.id(), java.time.Instant.now());
        db.store.lockByEditor(story.id(), EntryTracker.RETRACTED_BY_EDITOR);
        db.forget();

        db.tracker.apply(page(LivePage.sample().replace("four armored vehicles", "five armored vehicles")), SOURCE);

        assertThat(db.events(EntryEdited.class)).isEmpty();
        assertThat(db.events(EntryPublished.class)).isEmpty();
        assertThat(db.events(SourceRead.class)).singleElement().satisfies(read -> {
            assertThat(read.entries()).extracting(Entry::id).doesNotContain(story.id());
            assertThat(read.entries()).filteredOn(e -> e.id().equals(update.id())).singleElement()
                    .satisfies(e -> assertThat(e.headline()).isEqualTo("Corrected by the newsroom."));
        });
    }

    @Test
    void aReadWithNoEntriesIsALayoutChangeThatRetractsNothingAndLeavesTheCacheAlone() {
        ParsedPage sample = page(LivePage.sample());
        db.tracker.apply(sample, SOURCE);
        db.forget();

        EntryTracker.Changes changes = db.tracker.apply(page("<html><head><link rel=canonical href='" + sample.url()
                + "'></head><body><div class=entry-content><p>We have moved.</p></div></body></html>"), SOURCE);

        assertThat(changes.layoutChange()).isTrue();
        assertThat(changes.layoutChanges().get(0).describe()).startsWith("layout change? 0 entries found on " + sample.url())
                .endsWith("9 of the 9 known there gone");
        assertThat(db.events).isEmpty(); // no retraction, and no SourceRead that would empty the cache
        assertThat(db.store.findByPage(SOURCE, sample.url())).hasSize(9);
    }

    @Test
    void aPageThatSuddenlyLosesMostOfItsEntriesIsSetAsideNotRetracted() {
        ParsedPage sample = page(LivePage.sample());
        db.tracker.apply(sample, SOURCE);
        db.forget();
        String reshaped = "<html><head><link rel=canonical href='" + sample.url() + "'></head><body><div class=entry-content>"
                + "<h2>Menu</h2><p>Home</p><h2>Newsletter</h2><p>Sign up</p></div></body></html>";

        EntryTracker.Changes changes = db.tracker.apply(page(reshaped), SOURCE);

        assertThat(changes.layoutChange()).isTrue();
        assertThat(db.events).isEmpty();
        assertThat(db.store.findByPage(SOURCE, sample.url())).hasSize(9);
    }

    @Test
    void feedItemsScrollingOutOfTheWindowAreNotRetractedButAWithdrawnOneIs() throws FetchException {
        String rss = Fixtures.text("feed-rss.xml");
        db.tracker.apply(feed(rss), SOURCE);
        db.forget();
        String newItem = """
                <item><title>Drone strike on Port Sudan</title><link>https://monitor.example/sudan/2024/05/port-sudan</link>
                <guid isPermaLink="false">monitor-88232</guid><pubDate>Sat, 11 May 2024 18:00:00 +0000</pubDate>
                <description>Explosions near the port.</description></item>""";
        // The oldest dated item scrolls out as a new one comes in.
        String scrolled = rss.replaceFirst("<item>", newItem + "<item>")
                .replaceAll("(?s)<item>\\s*<title>Aid convoy.*?</item>", "");

        db.tracker.apply(feed(scrolled), SOURCE);

        assertThat(db.events(EntryPublished.class)).singleElement()
                .satisfies(p -> assertThat(p.entry().headline()).isEqualTo("Drone strike on Port Sudan"));
        assertThat(db.events(EntryRetracted.class)).isEmpty();
        db.forget();

        // An item newer than the oldest one shown disappears: withdrawn.
        String withAllFour = rss.replaceFirst("<item>", newItem + "<item>");
        db.tracker.apply(feed(withAllFour.replaceAll("(?s)<item>\\s*<title>RSF shelling.*?</item>", "")), SOURCE);

        assertThat(db.events(EntryRetracted.class)).singleElement()
                .satisfies(r -> assertThat(r.entry().headline()).isEqualTo("RSF shelling hits El Fasher market"));
    }

    @Test
    void allPagesOfTheFirstReadShareOneSilentBaseline() {
        ParsedPage may8 = page(LivePage.sample());
        ParsedPage may7 = page(LivePage.sample().replace("syria-daily-iran-revolutionary-guards-admit-losses", "syria-daily-may-7"));

        EntryTracker.Changes changes = db.tracker.apply(List.of(may7, may8), SOURCE, true);

        assertThat(changes.baseline()).isTrue();
        assertThat(db.events(EntryPublished.class)).isEmpty();
        assertThat(db.events(SourceRead.class)).hasSize(2);
        assertThat(db.store.findByPage(SOURCE, may7.url())).hasSize(9);
    }

    @Test
    void aPageThatIsNoLongerReadKeepsItsEntries() {
        ParsedPage may7 = page(LivePage.sample().replace("syria-daily-iran-revolutionary-guards-admit-losses", "syria-daily-may-7"));
        db.tracker.apply(may7, SOURCE);
        db.forget();

        db.tracker.apply(List.of(page(LivePage.sample())), SOURCE, true);

        assertThat(db.events(EntryPublished.class)).hasSize(9);
        assertThat(db.events(EntryRetracted.class)).isEmpty();
        assertThat(db.store.findByPage(SOURCE, may7.url())).hasSize(9);
    }

    @Test
    void aSinglePageSourceWhoseAddressChangesIsNotPushedAllOverAgain() {
        db.tracker.apply(page(LivePage.sample()), SOURCE);
        db.forget();

        EntryTracker.Changes changes = db.tracker.apply(page(LivePage.sample()
                .replace("https://example.org/2016/05/syria-daily-iran", "https://www.example.org/2016/05/syria-daily-iran")), SOURCE);

        assertThat(changes.added()).isEmpty();
        assertThat(db.events(EntryPublished.class)).isEmpty();
        assertThat(db.events(SourceRead.class)).hasSize(1);
        assertThat(db.store.findByPage(SOURCE, "https://www.example.org/2016/05/syria-daily-iran-revolutionary-guards-admit-losses/")).hasSize(9);
    }

    @Test
    void aPageWithWithdrawnEntriesStillPushesItsNextEntry() {
        String two = "<html><head><link rel=canonical href='https://example.org/small/'></head><body><div class=entry-content>"
                + "<p>UPDATE 1000 GMT: First.</p><p>UPDATE 0900 GMT: Second.</p></div></body></html>";
        db.tracker.apply(page(two), SOURCE);
        db.tracker.apply(page(two.replace("<p>UPDATE 1000 GMT: First.</p>", "")), SOURCE);
        db.tracker.apply(page(two.replace("<p>UPDATE 1000 GMT: First.</p><p>UPDATE 0900 GMT: Second.</p>",
                "<p>Nothing here yet.</p><p>UPDATE 1100 GMT: Third.</p>")), SOURCE);
        db.forget();

        db.tracker.apply(page(two.replace("<p>UPDATE 1000 GMT: First.</p><p>UPDATE 0900 GMT: Second.</p>",
                "<p>UPDATE 1200 GMT: Fourth.</p><p>UPDATE 1100 GMT: Third.</p>")), SOURCE);

        assertThat(db.events(EntryPublished.class)).singleElement()
                .satisfies(p -> assertThat(p.entry().headline()).isEqualTo("Fourth."));
    }
}
