package io.sitrep.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** A live-blog page served on loopback whose content a test can change, break or slow down. */
public class LivePage implements AutoCloseable {

    private final MockWebServer server = new MockWebServer();
    private final AtomicReference<MockResponse> response = new AtomicReference<>();

    public LivePage(String html) throws IOException {
        serve(html);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return response.get().clone();
            }
        });
        server.start();
    }

    public static String sample() {
        try (InputStream in = LivePage.class.getResourceAsStream("/io/sitrep/source/syria-daily-2016-05-08.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sample page with one more UPDATE paragraph placed at the top of the updates. */
    public static String sampleWithUpdate(String marker, String text) {
        return sample().replace("<p><strong>UPDATE 2030 GMT:</strong>",
                "<p><strong>" + marker + "</strong> " + text + "</p>\n<p><strong>UPDATE 2030 GMT:</strong>");
    }

    public void serve(String html) {
        response.set(new MockResponse().setHeader("Content-Type", "text/html; charset=utf-8").setBody(html));
    }

    public void serve(MockResponse custom) {
        response.set(custom);
    }

    /** How many requests the page has answered so far. */
    public int requestCount() {
        return server.getRequestCount();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getPort() + "/2016/05/syria-daily/";
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
