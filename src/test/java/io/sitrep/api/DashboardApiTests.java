package io.sitrep.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.sitrep.SitrepRunner;
import io.sitrep.chat.FakeBotApi;
import io.sitrep.ops.Http;
import io.sitrep.source.LivePage;
import io.sitrep.source.SourceStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** The dashboard API: JSON from the cache, behind a key, and never open to other machines without one. */
@ExtendWith(OutputCaptureExtension.class)
class DashboardApiTests {

    private static final String KEY = "dashboard-key-42";

    @TempDir
    Path data;

    @Test
    void answersEntriesPlacesAndCasualtiesOnlyWithTheKey() throws Exception {
        try (FakeBotApi telegram = new FakeBotApi(); LivePage page = new LivePage(LivePage.sample());
             ConfigurableApplicationContext app = SitrepRunner.start(telegram, page.url(), data,
                     Map.of("sitrep.http.enabled", "true", "sitrep.api.key", KEY))) {
            SourceStatus status = app.getBean(SourceStatus.class);
            await().atMost(Duration.ofSeconds(15)).until(() -> status.of("Test Daily").lastSuccess() != null);
            int port = Http.serverPort(app);
            Map<String, String> key = Map.of("X-Api-Key", KEY);

            assertThat(Http.get(port, "/api/places").statusCode()).isEqualTo(401);
            assertThat(Http.get(port, "/api/places", Map.of("X-Api-Key", "guess")).statusCode()).isEqualTo(401);

            HttpResponse<String> placesAnswer = Http.get(port, "/api/places", key);
            assertThat(placesAnswer.statusCode()).isEqualTo(200);
            assertThat(placesAnswer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            assertThat(placesAnswer.body()).startsWith("[").contains("\"name\":\"Aleppo\"", "\"command\":\"aleppo\"");

            String all = Http.get(port, "/api/entries", key).body();
            String aleppo = Http.get(port, "/api/entries?place=aleppo", key).body();
            assertThat(all).contains("\"kind\":\"UPDATE\"", "Jaish al-Fateh");
            assertThat(aleppo).contains("Aleppo").hasSizeLessThan(all.length());
            assertThat(Http.get(port, "/api/entries?since=2016-05-08T20:00:00Z", key).body())
                    .contains("2016-05-08T20:30:00Z").doesNotContain("2016-05-08T10:00:00Z");
            assertThat(Http.get(port, "/api/entries?since=next+tuesday", key).statusCode()).isEqualTo(400);
            assertThat(Http.get(port, "/api/entries?place=Atlantis-on-Sea", key).statusCode()).isEqualTo(400);

            HttpResponse<String> casualties = Http.get(port, "/api/casualties", key);
            assertThat(casualties.statusCode()).isEqualTo(200);
            assertThat(casualties.body()).startsWith("[").contains("\"outcome\":\"killed\"");
        }
    }

    @Test
    void refusesToServeTheApiBeyondLoopbackWithoutAKey(CapturedOutput output) throws Exception {
        try (FakeBotApi telegram = new FakeBotApi(); LivePage page = new LivePage(LivePage.sample())) {
            Throwable failure = catchThrowable(() -> SitrepRunner.start(telegram, page.url(), data,
                    Map.of("sitrep.http.enabled", "true", "server.address", "0.0.0.0")).close());
            assertThat(failure).isNotNull();
            assertThat(output.getOut() + output.getErr()).contains("Invalid setting sitrep.api.key");
        }
    }
}
