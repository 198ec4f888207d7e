package io.sitrep.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.sitrep.shared.SitrepProperties;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class SourcePollerTests {

    private static final Duration INTERVAL = Duration.ofSeconds(60);

    private final MockWebServer server = new MockWebServer();
    private final ConcurrentHashMap<String, String> site = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final AtomicReference<MockResponse> override = new AtomicReference<>();
    private final TrackedSources db = new TrackedSources();
    private final SourceStatus status = new SourceStatus();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getPath();
                hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
                if (override.get() != null) {
                    return override.get();
                }
                String body = site.get(path);
                if (body == null) {
                    return new MockResponse().setResponseCode(404);
                }
                String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
                if (etag.equals(request.getHeader("If-None-Match"))) {
                    return new MockResponse().setResponseCode(304);
                }
                String type = body.startsWith("<?xml") ? "application/rss+xml" : "text/html; charset=utf-8";
                return new MockResponse().setHeader("Content-Type", type).setHeader("ETag", etag).setBody(body);
            }
        });
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    private String base() {
        return "http://127.0.0.1:" + server.getPort();
    }

    private SourcePoller poller(SitrepProperties.Source source) {
        return poller(source, db);
    }

    private SourcePoller poller(SitrepProperties.Source source, TrackedSources db) {
        return poller(source, db, new PageParser(new LiveBlogParser(), new JsonLdLiveBlogParser(), new FeedParser()));
    }

    private SourcePoller poller(SitrepProperties.Source source, TrackedSources db, PageParser parser) {
        FeedParser feeds = new FeedParser();
        PageFetcher fetcher = new PageFetcher(Duration.ofSeconds(3), 5 * 1024 * 1024);
        SourceReader reader = new SourceReader((s, url, previous) -> fetcher.fetch(url, previous, s.allowPrivate()), parser,
                feeds, meters);
        return new SourcePoller(List.of(source), null, reader, db.tracker, status, meters, Clock.systemUTC(),
                new Backoff(Duration.ofHours(1), () -> 0.5), false);
    }

    private static SitrepProperties.Source page(String url) {
        return new SitrepProperties.Source("Syria Daily", url, INTERVAL, "auto", 0, "", true);
    }

    /** The sample as another day's page: its own address, so its own entries. */
    private static String day(String slug) {
        return LivePage.sample().replace("syria-daily-iran-revolutionary-guards-admit-losses", slug);
    }

    private String index(boolean withMay8) {
        String feed = Fixtures.text("index-feed.xml").replace("{{BASE}}", base());
        return withMay8 ? feed : feed.replaceAll("(?s)<item>\\s*<title>Syria Daily, May 8.*?</item>", "");
    }

    @Test
    void followModeMovesToTheNewDailyPageWithoutRetractingYesterdays() {
        site.put("/category/syria/feed/", index(false));
        site.put("/2016/05/syria-daily-may-7/", day("syria-daily-may-7"));
        site.put("/2016/05/syria-daily-may-8/", day("syria-daily-may-8"));
        SitrepProperties.Source source = new SitrepProperties.Source("Syria Daily", base() + "/category/syria/feed/",
                INTERVAL, "auto", 1, "Syria Daily", true);
        SourcePoller poller = poller(source);

        EntryTracker.Changes first = poller.poll(source);
        site.put("/category/syria/feed/", index(true));
        EntryTracker.Changes second = poller.poll(source);
        site.put("/2016/05/syria-daily-may-8/", LivePage.sampleWithUpdate("UPDATE 2145 GMT:", "Barrel bombs on Darayya.")
                .replace("syria-daily-iran-revolutionary-guards-admit-losses", "syria-daily-may-8"));
        EntryTracker.Changes third = poller.poll(source);

        assertThat(first.baseline()).isTrue();
        assertThat(first.added()).hasSize(9).allMatch(e -> e.pageUrl().endsWith("/syria-daily-may-7/"));
        assertThat(second.baseline()).isFalse();
        assertThat(second.added()).hasSize(9).allMatch(e -> e.pageUrl().endsWith("/syria-daily-may-8/"));
        assertThat(second.retracted()).isEmpty();
        assertThat(third.added()).singleElement().satisfies(e -> assertThat(e.headline()).isEqualTo("Barrel bombs on Darayya."));
        assertThat(db.events(EntryRetracted.class)).isEmpty();
        assertThat(db.store.findByPage("Syria Daily", "https://example.org/2016/05/syria-daily-may-7/")).hasSize(9);
        assertThat(hits.get("/2016/05/syria-daily-may-7/").get()).isEqualTo(1);
        assertThat(hits).doesNotContainKey("/2016/05/podcast-week/");
        assertThat(status.of("Syria Daily").entries()).isEqualTo(10);
    }

    @Test
    void anHtmlIndexPageIsFollowedToo() {
        site.put("/category/syria/", Fixtures.text("index-page.html"));
        site.put("/2016/05/syria-daily-may-9/", day("syria-daily-may-9"));
        site.put("/2016/05/syria-daily-may-8/", day("syria-daily-may-8"));
        SitrepProperties.Source source = new SitrepProperties.Source("Syria Daily", base() + "/category/syria/",
                INTERVAL, "inline", 2, "(?i)syria daily", true);

        EntryTracker.Changes changes = poller(source).poll(source);

        assertThat(changes.added()).extracting(Entry::pageUrl).containsOnly(
                "https://example.org/2016/05/syria-daily-may-9/", "https://example.org/2016/05/syria-daily-may-8/");
        assertThat(hits).doesNotContainKeys("/2016/05/analysis-iran-role/", "/2016/05/popular-post/", "/2016/05/syria-daily-may-7/");
    }

    @Test
    void anUnchangedPageIsNotParsedOrTrackedAgain() {
        site.put("/live", LivePage.sample());
        SitrepProperties.Source source = page(base() + "/live");
        SourcePoller poller = poller(source);

        poller.poll(source);
        db.forget();
        EntryTracker.Changes again = poller.poll(source);

        assertThat(again.isEmpty()).isTrue();
        assertThat(db.events).isEmpty(); // not even a SourceRead: the tracker was not asked
        assertThat(status.of("Syria Daily").entries()).isEqualTo(9);
        assertThat(status.of("Syria Daily").errors()).isZero();
    }

    @Test
    void aFailingSourceIsPolledLessOftenUntilItReadsAgain() {
        site.put("/live", LivePage.sample());
        SitrepProperties.Source source = page(base() + "/live");
        SourcePoller poller = poller(source);
        override.set(new MockResponse().setResponseCode(500).setBody("oops"));

        poller.poll(source);
        Duration afterOne = poller.nextDelay(source);
        poller.poll(source);
        Duration afterTwo = poller.nextDelay(source);
        override.set(null);
        poller.poll(source);

        assertThat(afterOne).isEqualTo(INTERVAL.multipliedBy(2));
        assertThat(afterTwo).isEqualTo(INTERVAL.multipliedBy(4));
        assertThat(poller.nextDelay(source)).isEqualTo(INTERVAL);
        assertThat(status.of("Syria Daily").lastErrorMessage()).contains("HTTP 500");
        assertThat(meters.counter("sitrep.poll.errors", "source", "Syria Daily").count()).isEqualTo(2);
    }

    @Test
    void aLayoutChangeIsAlertedCountedAndReadInFullNextTime() {
        site.put("/live", LivePage.sample());
        SitrepProperties.Source source = page(base() + "/live");
        SourcePoller poller = poller(source);
        poller.poll(source);
        db.forget();

        site.put("/live", "<html><body><p>Our live coverage has moved to the app.</p></body></html>");
        poller.poll(source);
        poller.poll(source);

        assertThat(status.of("Syria Daily").lastErrorMessage()).startsWith("layout change?");
        assertThat(meters.counter("sitrep.poll.errors", "source", "Syria Daily").count()).isEqualTo(2);
        assertThat(db.events).isEmpty();
        assertThat(poller.nextDelay(source)).isEqualTo(INTERVAL); // not a network failure: no backoff
        assertThat(hits.get("/live").get()).isEqualTo(3);
    }

    @Test
    void aLoopbackPageIsRefusedUnlessTheSourceAllowsPrivateAddresses() {
        site.put("/live", LivePage.sample());
        SitrepProperties.Source strict = new SitrepProperties.Source("Syria Daily", base() + "/live", INTERVAL, "auto", 0, "", false);

        assertThat(poller(strict).poll(strict)).isNull();
        assertThat(status.of("Syria Daily").lastErrorMessage()).contains("non-public address 127.0.0.1").contains("allow-private");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aRateLimitedSourceWaitsAsLongAsTheServerAsks() {
        site.put("/live", LivePage.sample());
        SitrepProperties.Source source = page(base() + "/live");
        SourcePoller poller = poller(source);
        override.set(new MockResponse().setResponseCode(429).setHeader("Retry-After", "900"));

        poller.poll(source);

        assertThat(poller.nextDelay(source)).isEqualTo(Duration.ofSeconds(900));
        assertThat(status.of("Syria Daily").lastErrorMessage()).contains("HTTP 429").contains("retry after 900s");
    }

    @Test
    void aHeadlineTooLongForTheDatabaseIsShortenedAndEveryOtherNewEntryIsStillPushed() {
        site.put("/live", LivePage.sample());
        SitrepProperties.Source source = page(base() + "/live");
        SourcePoller poller = poller(source);
        poller.poll(source);
        // 5,000 characters before the first full stop, with an emoji (two UTF-16 units) across the 4,000th.
        String endless = "x".repeat(StorableEntries.MAX_HEADLINE - 2) + "\uD83D\uDE00" + "y".repeat(1000) + ". Then more.";
        site.put("/live", LivePage.sampleWithUpdate("UPDATE 2150 GMT:", endless)
                .replace("<p><strong>UPDATE 2150 GMT:</strong>", "<p><strong>UPDATE 2155 GMT:</strong> Barrel bombs on Darayya.</p>\n"
                        + "<p><strong>UPDATE 2150 GMT:</strong>"));

        EntryTracker.Changes changes = poller.poll(source);

        assertThat(changes).as("the read is recorded, not rolled back").isNotNull();
        assertThat(changes.added()).hasSize(2).extracting(Entry::headline).contains("Barrel bombs on Darayya.");
        Entry trimmed = changes.added().stream().filter(e -> e.headline().startsWith("xxx")).findFirst().orElseThrow();
        assertThat(trimmed.headline()).hasSizeLessThanOrEqualTo(StorableEntries.MAX_HEADLINE).endsWith("x\u2026");
        assertThat(trimmed.paragraphs().get(0)).contains("\uD83D\uDE00").endsWith(". Then more."); // the text itself is whole
        assertThat(db.store.findById(trimmed.id()).orElseThrow().headline()).isEqualTo(trimmed.headline());
        assertThat(db.events(EntryPublished.class)).hasSize(2);
        assertThat(meters.counter("sitrep.entries.trimmed", "source", "Syria Daily", "reason", "headline-too-long").count()).isEqualTo(1);
        assertThat(status.of("Syria Daily").errors()).isZero();
    }

    @Test
    void aCanonicalUrlTooLongForTheDatabaseGivesWayToTheFetchedUrl() {
        String huge = "https://example.org/2016/05/syria-daily/?ref=" + "a".repeat(2500);
        String page = LivePage.sample().replace("https://example.org/2016/05/syria-daily-iran-revolutionary-guards-admit-losses/", huge);
        site.put("/live", page);
        SitrepProperties.Source source = page(base() + "/live");
        SourcePoller poller = poller(source);

        EntryTracker.Changes baseline = poller.poll(source);
        site.put("/live", page.replace("<p><strong>UPDATE 2030 GMT:</strong>",
                "<p><strong>UPDATE 2150 GMT:</strong> Barrel bombs on Darayya.</p>\n<p><strong>UPDATE 2030 GMT:</strong>"));
        EntryTracker.Changes next = poller.poll(source);

        assertThat(baseline).isNotNull();
        assertThat(baseline.added()).hasSize(9).allSatisfy(e -> assertThat(e.pageUrl()).isEqualTo(base() + "/live"));
        assertThat(next.added()).singleElement().satisfies(e -> assertThat(e.headline()).isEqualTo("Barrel bombs on Darayya."));
        assertThat(meters.counter("sitrep.entries.trimmed", "source", "Syria Daily", "reason", "page-url-too-long").count()).isEqualTo(2);
    }

    @Test
    void aPageWithAnEntryMissingIsReadInFullUntilItsWithdrawalIsSettled() {
        TrackedSources patient = new TrackedSources(new IngestProperties(20, 3, 3, Duration.ZERO));
        site.put("/live", LivePage.sample());
        SitrepProperties.Source source = page(base() + "/live");
        SourcePoller poller = poller(source, patient);
        poller.poll(source);
        site.put("/live", LivePage.sample().replaceAll("(?s)<h3>3 Spanish Journalists Freed After 9 Months</h3>.*?(?=<div class=\"sharedaddy)", ""));

        EntryTracker.Changes first = poller.poll(source);
        EntryTracker.Changes second = poller.poll(source); // the page has not changed: without a full read, no count
        EntryTracker.Changes third = poller.poll(source);
        EntryTracker.Changes fourth = poller.poll(source);

        assertThat(first.retracted()).isEmpty();
        assertThat(second.retracted()).isEmpty();
        assertThat(third.retracted()).extracting(Entry::headline).containsExactly("3 Spanish Journalists Freed After 9 Months");
        assertThat(fourth.isEmpty()).isTrue();
        assertThat(patient.events(EntryRetracted.class)).hasSize(1);
    }

    @Test
    void aFileSourceThatIsAFifoIsRefusedAtOnceInsteadOfBlockingThePoller(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path fifo = Fifos.make(dir.resolve("live.html"));
        SitrepProperties.Source source = new SitrepProperties.Source("Syria Daily", fifo.toUri().toString(), INTERVAL);
        SourcePoller poller = poller(source);

        EntryTracker.Changes changes = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> poller.poll(source));

        assertThat(changes).isNull();
        assertThat(status.of("Syria Daily").lastErrorMessage()).contains("not a regular file");
        assertThat(meters.counter("sitrep.poll.errors", "source", "Syria Daily").count()).isEqualTo(1);
    }

    @Test
    void secretsInASourceUrlReachNeitherTheStatusNorTheLogsNorTheEntriesLinks(org.springframework.boot.test.system.CapturedOutput output) {
        String withoutCanonical = LivePage.sample().replaceAll("<link rel=\"canonical\"[^>]*>", "")
                .replaceAll("<meta property=\"og:url\"[^>]*>", "");
        site.put("/live?apikey=K3YVALUE&day=8", withoutCanonical);
        String secretUrl = base().replace("http://", "http://editor:hunter2@") + "/gone?token=T0KENVALUE";
        SitrepProperties.Source broken = page(secretUrl);
        SitrepProperties.Source keyed = page(base() + "/live?apikey=K3YVALUE&day=8");

        poller(broken).poll(broken);
        String problem = status.of("Syria Daily").lastErrorMessage();
        EntryTracker.Changes read = poller(keyed).poll(keyed);

        assertThat(problem).isNotBlank().doesNotContain("hunter2").doesNotContain("T0KENVALUE");
        assertThat(read.added()).isNotEmpty().allSatisfy(e -> assertThat(e.pageUrl())
                .isEqualTo(base() + "/live?apikey=***&day=8"));
        assertThat(broken.toString()).doesNotContain("hunter2").doesNotContain("T0KENVALUE");
        assertThat(keyed.toString()).doesNotContain("K3YVALUE");
        assertThat(output.getAll()).contains("Syria Daily").doesNotContain("hunter2").doesNotContain("T0KENVALUE")
                .doesNotContain("K3YVALUE");
    }

    @Test
    void entriesStoredUnderASecretPageUrlBeforeRedactionMoveToTheRedactedOneAfterOneRead() throws FetchException {
        String withoutCanonical = LivePage.sample().replaceAll("<link rel=\"canonical\"[^>]*>", "")
                .replaceAll("<meta property=\"og:url\"[^>]*>", "");
        site.put("/live?apikey=K3YVALUE", withoutCanonical);
        SitrepProperties.Source keyed = page(base() + "/live?apikey=K3YVALUE");
        // What a version without redaction stored: the entries under the URL with its key.
        ParsedPage raw = new LiveBlogParser().parse(org.jsoup.Jsoup.parse(withoutCanonical, keyed.url()), keyed.name());
        db.tracker.apply(raw, keyed.name());
        SourcePoller poller = poller(keyed);

        EntryTracker.Changes first = poller.poll(keyed);
        EntryTracker.Changes second = poller.poll(keyed);

        assertThat(first.added()).isEmpty(); // nothing pushed again, nothing edited
        assertThat(first.edited()).isEmpty();
        assertThat(second.isEmpty()).isTrue();
        assertThat(db.store.findByPage(keyed.name(), keyed.url())).isEmpty();
        assertThat(db.store.findByPage(keyed.name(), base() + "/live?apikey=***")).hasSize(9);
    }

    /** A parser that counts the pages it is given. */
    private static final class CountingParser extends PageParser {
        final AtomicInteger parsed = new AtomicInteger();

        CountingParser() {
            super(new LiveBlogParser(), new JsonLdLiveBlogParser(), new FeedParser());
        }

        @Override
        ParsedPage parse(FetchedPage page, SourceFormat format, String sourceName, ParseHints hints) throws FetchException {
            parsed.incrementAndGet();
            return super.parse(page, format, sourceName, hints);
        }
    }

    private static MockResponse withoutValidators(String html) {
        return new MockResponse().setHeader("Content-Type", "text/html; charset=utf-8").setBody(html);
    }

    @Test
    void aPageSentAgainByteForByteIsNotParsedAgainEvenWithoutValidators() {
        override.set(withoutValidators(LivePage.sample()));
        SitrepProperties.Source source = page(base() + "/2016/05/syria-daily/");
        CountingParser parser = new CountingParser();
        SourcePoller poller = poller(source, db, parser);

        EntryTracker.Changes baseline = poller.poll(source);
        EntryTracker.Changes same = poller.poll(source);
        EntryTracker.Changes sameAgain = poller.poll(source);
        override.set(withoutValidators(LivePage.sampleWithUpdate("UPDATE 2145 GMT:", "Barrel bombs on Darayya.")));
        EntryTracker.Changes changed = poller.poll(source);

        assertThat(baseline.baseline()).isTrue();
        assertThat(same.isEmpty()).isTrue();
        assertThat(sameAgain.isEmpty()).isTrue();
        assertThat(changed.added()).singleElement().satisfies(e -> assertThat(e.headline()).isEqualTo("Barrel bombs on Darayya."));
        assertThat(parser.parsed.get()).isEqualTo(2);
        assertThat(meters.counter("sitrep.poll.unchanged", "source", "Syria Daily", "reason", "identical").count()).isEqualTo(2);
        assertThat(status.of("Syria Daily").entries()).isEqualTo(10);
    }

    @Test
    void aPageSetAsideAsALayoutChangeIsParsedAgainEvenWhenItsBytesAreTheSame() {
        override.set(withoutValidators(LivePage.sample()));
        SitrepProperties.Source source = page(base() + "/2016/05/syria-daily/");
        CountingParser parser = new CountingParser();
        SourcePoller poller = poller(source, db, parser);
        poller.poll(source);
        override.set(withoutValidators("<html><body><p>We are updating our site.</p></body></html>"));

        poller.poll(source);
        poller.poll(source);

        assertThat(parser.parsed.get()).isEqualTo(3);
        assertThat(status.of("Syria Daily").lastErrorMessage()).contains("layout change");
        assertThat(status.of("Syria Daily").errors()).isEqualTo(2);
    }
}
