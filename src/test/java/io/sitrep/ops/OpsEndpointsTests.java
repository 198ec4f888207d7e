package io.sitrep.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.sitrep.SitrepApplication;
import io.sitrep.SitrepRunner;
import io.sitrep.chat.FakeBotApi;
import io.sitrep.source.LivePage;
import io.sitrep.source.SourceStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The management port: health that means something, Sitrep's metrics for Prometheus, and nothing else. */
class OpsEndpointsTests {

    private static final long READER = 1001;

    @TempDir
    Path data;

    @Test
    void prometheusScrapeShowsSitrepMetricsAndEveryOtherActuatorPathIsMissing() throws Exception {
        try (FakeBotApi telegram = new FakeBotApi(); LivePage page = new LivePage(LivePage.sample());
             ConfigurableApplicationContext app = SitrepRunner.start(telegram, page.url(), data, Map.of("sitrep.http.enabled", "true"))) {
            awaitFirstRead(app);
            telegram.userSends(READER, "private", READER, "/start");
            await().atMost(Duration.ofSeconds(10)).until(() -> !telegram.sentTo(READER).isEmpty());
            int management = Http.managementPort(app);

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(Http.get(management, "/actuator/prometheus").body()).contains("sitrep_sends_total{kind=\"reply\"} 1.0"));
            HttpResponse<String> scrape = Http.get(management, "/actuator/prometheus");
            assertThat(scrape.statusCode()).isEqualTo(200);
            assertThat(scrape.body()).contains("sitrep_entries_ingested_total{source=\"Test Daily\"}",
                    "sitrep_poll_errors_total{source=\"Test Daily\"}", "sitrep_outbox_depth ", "sitrep_telegram_429_total{scope=\"chat\"}",
                    "sitrep_dead_letters_total ", "sitrep_commands_latency_seconds_count ", "sitrep_cluster_instances 1.0");

            HttpResponse<String> health = Http.get(management, "/actuator/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"", "\"sources\"", "\"telegram\"", "\"db\"",
                    "\"durability\":{\"status\":\"UP\",\"details\":{\"mode\":\"DURABLE\"", "\"writeDelayMs\":0");

            for (String path : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/configprops",
                    "/actuator/heapdump", "/actuator/threaddump", "/actuator/loggers", "/actuator/metrics", "/actuator/mappings",
                    "/actuator/shutdown", "/h2-console", "/h2-console/"}) {
                assertThat(Http.get(management, path).statusCode()).as(path).isEqualTo(404);
            }
            int server = Http.serverPort(app);
            assertThat(server).isNotEqualTo(management);
            assertThat(Http.get(server, "/actuator/health").statusCode()).isEqualTo(404);
            assertThat(Http.get(server, "/h2-console").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void healthTurnsDownWhenASourceIsNotReadForItsStaleIntervals() throws Exception {
        try (FakeBotApi telegram = new FakeBotApi(); LivePage page = new LivePage(LivePage.sample());
             ConfigurableApplicationContext app = SitrepRunner.start(telegram, page.url(), data,
                     Map.of("sitrep.http.enabled", "true", "sitrep.health.stale-polls", "2"))) {
            awaitFirstRead(app);
            int management = Http.managementPort(app);
            assertThat(Http.get(management, "/actuator/health").statusCode()).isEqualTo(200);

            page.serve(new okhttp3.mockwebserver.MockResponse().setResponseCode(500).setBody("down"));
            await().atMost(Duration.ofSeconds(10)).until(() -> Http.get(management, "/actuator/health").statusCode() == 503);
            assertThat(Http.get(management, "/actuator/health").body()).contains("\"sources\":{\"status\":\"DOWN\"")
                    .contains("HTTP 500");

            page.serve(LivePage.sample());
            await().atMost(Duration.ofSeconds(10)).until(() -> Http.get(management, "/actuator/health").statusCode() == 200);
        }
    }

    @Test
    void healthTurnsDownWhenTelegramCannotBeReached() throws Exception {
        try (FakeBotApi telegram = new FakeBotApi(); LivePage page = new LivePage(LivePage.sample());
             ConfigurableApplicationContext app = SitrepRunner.start(telegram, page.url(), data,
                     Map.of("sitrep.http.enabled", "true", "sitrep.health.telegram-down-after", "1s"))) {
            awaitFirstRead(app);
            int management = Http.managementPort(app);
            await().atMost(Duration.ofSeconds(10)).until(() -> Http.get(management, "/actuator/health").statusCode() == 200);
            telegram.close(); // from now on nothing answers at the Bot API's address
            await().atMost(Duration.ofSeconds(15)).until(() -> Http.get(management, "/actuator/health").statusCode() == 503);
            assertThat(Http.get(management, "/actuator/health").body()).contains("\"telegram\":{\"status\":\"DOWN\"")
                    .doesNotContain(FakeBotApi.TOKEN);
        }
    }

    @Test
    void consoleModeOpensNoPortUnlessAsked() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SitrepApplication.class).run(
                "--spring.datasource.url=jdbc:h2:mem:ops-console-" + System.nanoTime(), "--sitrep.console.enabled=false",
                "--sitrep.polling.enabled=false", "--sitrep.http.enabled=")) {
            assertThat(app).isNotInstanceOf(WebServerApplicationContext.class);
        }
    }

    private static void awaitFirstRead(ConfigurableApplicationContext app) {
        SourceStatus status = app.getBean(SourceStatus.class);
        await().atMost(Duration.ofSeconds(15)).until(() -> status.of("Test Daily").lastSuccess() != null);
    }
}
