package io.sitrep.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;

import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PoliteFetcherTests {

    private static final int MAX = 5 * 1024 * 1024;
    private static final String PAGE = "<html><body><p>UPDATE 1200 GMT: Quiet.</p></body></html>";

    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path files;

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    private void answer(Function<RecordedRequest, MockResponse> answers) throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answers.apply(request);
            }
        });
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getPort() + path;
    }

    private static PageFetcher fetcher(HttpClient client, AddressGuard guard, Duration timeout) {
        return new PageFetcher(new PoliteFetcher(client, guard, new HostGate(), timeout, MAX, 5), MAX);
    }

    private static PageFetcher fetcher() {
        return fetcher(PoliteFetcher.client(Duration.ofSeconds(2)), AddressGuard.system(), Duration.ofSeconds(3));
    }

    private static MockResponse html(String body) {
        return new MockResponse().setHeader("Content-Type", "text/html; charset=utf-8").setBody(body);
    }

    private static MockResponse redirect(String location) {
        return new MockResponse().setResponseCode(302).setHeader("Location", location);
    }

    @Test
    void conditionalGetSendsTheValidatorsAndA304MeansUnchanged() throws Exception {
        answer(request -> "\"v1\"".equals(request.getHeader("If-None-Match"))
                ? new MockResponse().setResponseCode(304)
                : html(PAGE).setHeader("ETag", "\"v1\"").setHeader("Last-Modified", "Sun, 08 May 2016 20:41:00 GMT"));
        PageFetcher fetcher = fetcher();

        FetchedPage first = fetcher.fetch(url("/live"), true);
        FetchOutcome second = fetcher.fetch(url("/live"), first.validators(), true);

        assertThat(first.validators()).isEqualTo(new CacheValidators("\"v1\"", "Sun, 08 May 2016 20:41:00 GMT"));
        assertThat(second).isEqualTo(new Unchanged(url("/live")));
        server.takeRequest();
        RecordedRequest conditional = server.takeRequest();
        assertThat(conditional.getHeader("If-Modified-Since")).isEqualTo("Sun, 08 May 2016 20:41:00 GMT");
        assertThat(conditional.getHeader("User-Agent")).startsWith("Sitrep/");
    }

    @Test
    void theHttpClientIsBuiltAtTheFirstFetchAndSharedByTheNext() throws Exception {
        answer(request -> html(PAGE));
        AtomicInteger built = new AtomicInteger();
        PageFetcher fetcher = new PageFetcher(new PoliteFetcher(() -> {
            built.incrementAndGet();
            return PoliteFetcher.client(Duration.ofSeconds(2));
        }, AddressGuard.system(), new HostGate(), Duration.ofSeconds(3), MAX, 5), MAX);

        assertThat(built).hasValue(0);
        fetcher.fetch(url("/one"), true);
        fetcher.fetch(url("/two"), true);

        assertThat(built).hasValue(1);
    }

    @Test
    void gzipBodiesAreAskedForAndUnzipped() throws Exception {
        answer(request -> html("").setHeader("Content-Encoding", "gzip").setBody(new Buffer().write(gzip(PAGE.getBytes(StandardCharsets.UTF_8)))));

        FetchedPage page = fetcher().fetch(url("/live"), true);

        assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
        assertThat(server.takeRequest().getHeader("Accept-Encoding")).contains("gzip");
    }

    @Test
    void aLargePageArrivesByteForByteWithOrWithoutItsLengthDeclared() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 1_300_000; i++) {
            text.append("<article><h2>Update ").append(i).append("</h2><p>Shelling reported near the river, ").append(i)
                    .append(" — «sources» say.</p></article>\n");
        }
        byte[] page = text.toString().getBytes(StandardCharsets.UTF_8);
        answer(request -> request.getPath().equals("/chunked")
                ? html("").setChunkedBody(new Buffer().write(page), 7_777)
                : html("").setBody(new Buffer().write(page)));
        PageFetcher fetcher = fetcher();

        assertThat(fetcher.fetch(url("/declared"), true).body()).isEqualTo(page);
        assertThat(fetcher.fetch(url("/chunked"), true).body()).isEqualTo(page);
    }

    @Test
    void aSixMegabytePageIsRefusedWithAClearError() throws Exception {
        byte[] six = "<p>x</p>".repeat(6 * 1024 * 1024 / 8).getBytes(StandardCharsets.US_ASCII);
        answer(request -> switch (request.getPath()) {
            case "/declared" -> html("").setBody(new Buffer().write(six));
            case "/chunked" -> html("").setChunkedBody(new Buffer().write(six), 64 * 1024);
            default -> html("").setHeader("Content-Encoding", "gzip").setBody(new Buffer().write(gzip(six))); // small on the wire
        });
        PageFetcher fetcher = fetcher();

        for (String path : new String[] {"/declared", "/chunked", "/zipped"}) {
            assertThatThrownBy(() -> fetcher.fetch(url(path), true)).isInstanceOf(FetchException.class)
                    .hasMessageContaining("page is larger than 5 MB (sitrep.fetch.max-size)");
        }
    }

    @Test
    void aRedirectLoopIsStopped() throws Exception {
        answer(request -> request.getPath().equals("/a") ? redirect("/b") : redirect(url("/a")));

        assertThatThrownBy(() -> fetcher().fetch(url("/a"), true)).isInstanceOf(FetchException.class)
                .hasMessageContaining("redirect loop");
    }

    @Test
    void atMostFiveRedirectsAreFollowed() throws Exception {
        answer(request -> {
            int hop = Integer.parseInt(request.getPath().substring(2));
            return hop == 5 ? html(PAGE) : redirect("/r" + (hop + 1));
        });

        assertThat(fetcher().fetch(url("/r0"), true).url()).isEqualTo(url("/r5"));
    }

    @Test
    void aSixthRedirectIsRefused() throws Exception {
        answer(request -> {
            int hop = Integer.parseInt(request.getPath().substring(2));
            return hop == 6 ? html(PAGE) : redirect("/r" + (hop + 1));
        });

        assertThatThrownBy(() -> fetcher().fetch(url("/r0"), true)).isInstanceOf(FetchException.class)
                .hasMessageContaining("too many redirects (more than 5)");
    }

    @Test
    void aPublicPageRedirectingToLoopbackIsRefusedUnlessPrivateIsAllowed() throws Exception {
        answer(request -> String.valueOf(request.getHeader("Host")).startsWith("news.example")
                ? redirect(url("/internal-admin"))
                : html("<p>secret</p>"));
        InetAddress publicAddress = InetAddress.getByAddress("news.example", new byte[] {93, (byte) 184, (byte) 216, 34});
        AddressGuard guard = new AddressGuard(host -> host.equals("news.example")
                ? new InetAddress[] {publicAddress} : InetAddress.getAllByName(host));
        // The "public" host is reached through the mock server acting as an HTTP proxy.
        HttpClient viaProxy = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .proxy(ProxySelector.of(new InetSocketAddress("127.0.0.1", server.getPort()))).build();
        PageFetcher fetcher = fetcher(viaProxy, guard, Duration.ofSeconds(3));

        assertThatThrownBy(() -> fetcher.fetch("http://news.example/live", false)).isInstanceOf(FetchException.class)
                .hasMessageContaining("refusing 127.0.0.1").hasMessageContaining("non-public address");
        assertThat(server.getRequestCount()).isEqualTo(1);

        assertThat(fetcher.fetch("http://news.example/live", true).url()).isEqualTo(url("/internal-admin"));
    }

    @Test
    void loopbackIsRefusedWithoutAnyRequestWhenPrivateIsNotAllowed() throws Exception {
        answer(request -> html(PAGE));

        assertThatThrownBy(() -> fetcher().fetch(url("/live"), false)).isInstanceOf(FetchException.class)
                .hasMessageContaining("non-public address 127.0.0.1");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void redirectsToOtherSchemesAreRefused() throws Exception {
        answer(request -> redirect("file:///etc/passwd"));

        assertThatThrownBy(() -> fetcher().fetch(url("/live"), true)).isInstanceOf(FetchException.class)
                .hasMessageContaining("refusing a redirect to 'file:///etc/passwd'");
        assertThatThrownBy(() -> fetcher().fetch("gopher://example.org/", true)).isInstanceOf(FetchException.class)
                .hasMessageContaining("only http, https, file and classpath");
    }

    @Test
    void slowHeadersOrASlowBodyTimeOut() throws Exception {
        answer(request -> request.getPath().equals("/slow-headers")
                ? html(PAGE).setHeadersDelay(3, TimeUnit.SECONDS)
                : html("x".repeat(10_000)).throttleBody(100, 1, TimeUnit.SECONDS));
        PageFetcher fetcher = fetcher(PoliteFetcher.client(Duration.ofSeconds(1)), AddressGuard.system(), Duration.ofSeconds(1));

        assertThatThrownBy(() -> fetcher.fetch(url("/slow-headers"), true)).hasMessageContaining("timed out after 1s");
        assertThatThrownBy(() -> fetcher.fetch(url("/slow-body"), true)).hasMessageContaining("timed out after 1s");
    }

    @Test
    void serverErrorsNameTheStatus() throws Exception {
        answer(request -> new MockResponse().setResponseCode(503).setBody("busy"));

        assertThatThrownBy(() -> fetcher().fetch(url("/live"), true)).hasMessage("HTTP 503 from " + url("/live"));
    }

    @Test
    void oneRequestAtATimeGoesToAHost() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        answer(request -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            return html(PAGE);
        });
        PageFetcher fetcher = fetcher();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch go = new CountDownLatch(1);
        try {
            Future<?>[] fetches = new Future<?>[3];
            for (int i = 0; i < 3; i++) {
                String path = "/page" + i;
                fetches[i] = pool.submit(() -> {
                    go.await();
                    return fetcher.fetch(url(path), true);
                });
            }
            go.countDown();
            for (Future<?> f : fetches) {
                f.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(most.get()).isEqualTo(1);
    }

    @Test
    void filesAreReadUnchangedFilesSkippedAndOversizedFilesRefused() throws Exception {
        Path page = Files.writeString(files.resolve("live.html"), PAGE);
        Path huge = Files.write(files.resolve("huge.html"), new byte[6 * 1024 * 1024]);
        PageFetcher fetcher = fetcher();

        FetchedPage first = fetcher.fetch(page.toUri().toString(), false);
        assertThat(new String(first.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
        assertThat(fetcher.fetch(page.toUri().toString(), first.validators(), false)).isInstanceOf(Unchanged.class);
        assertThatThrownBy(() -> fetcher.fetch(huge.toUri().toString(), false))
                .hasMessageContaining("larger than 5 MB (sitrep.fetch.max-size)");
        assertThat(fetcher.fetch("classpath:io/sitrep/source/feed-rss.xml", false).contentType()).isEqualTo("application/xml");
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
