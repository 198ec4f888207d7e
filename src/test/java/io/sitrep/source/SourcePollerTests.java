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
import io.sitrep.SitrepProperties;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
        FeedParser feeds = new FeedParser();
        PageParser parser = new PageParser(new LiveBlogParser(), new JsonLdLiveBlogParser(), feeds);
        PageFetcher fetcher = new PageFetcher(Duration.ofSeconds(3), 5 * 1024 * 1024);
        SourceReader reader = new SourceReader((s, url, previous) -> fetcher.fetch(url, previous, s.allowPrivate()), parser, feeds);
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
}
