package io.sitrep.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.sitrep.Settled;
import io.sitrep.SitrepRunner;
import io.sitrep.ops.Http;
import io.sitrep.source.LivePage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Webhook mode: Telegram posts updates with a secret header; only those are handled, each update once. */
class TelegramWebhookTests {

    private static final String SECRET = "s3cret_webhook-Token";
    private static final String PATH = "/tg/hook-7";
    private static final long READER = 2002;

    @TempDir
    Path data;

    @Test
    void setsTheWebhookWithItsSecretAndHandlesOnlyAuthenticUpdatesOnce() throws Exception {
        try (FakeBotApi telegram = new FakeBotApi(); LivePage page = new LivePage(LivePage.sample());
             ConfigurableApplicationContext app = SitrepRunner.start(telegram, page.url(), data, Map.of(
                     "sitrep.telegram.mode", "webhook",
                     "sitrep.telegram.webhook-url", "https://bot.example.org" + PATH,
                     "sitrep.telegram.webhook-secret", SECRET))) {
            await().atMost(Duration.ofSeconds(10)).until(() -> !telegram.webhooks().isEmpty());
            assertThat(telegram.webhooks()).containsExactly(new FakeBotApi.Webhook("https://bot.example.org" + PATH, SECRET));
            assertThat(telegram.paths()).noneMatch(p -> p.toLowerCase().endsWith("/getupdates"));
            int port = Http.serverPort(app);

            String latest = telegram.webhookUpdate(READER, "private", READER, "/latest");
            assertThat(Http.post(port, PATH, latest, Map.of()).statusCode()).isEqualTo(401);
            assertThat(Http.post(port, PATH, latest, Map.of(TelegramWebhookReceiver.SECRET_HEADER, "wrong")).statusCode()).isEqualTo(401);
            assertThat(Http.post(port, PATH, latest, Map.of(TelegramWebhookReceiver.SECRET_HEADER, SECRET + "x")).statusCode()).isEqualTo(401);
            Settled.await(app, telegram);
            assertThat(app.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM inbox").query(Long.class).single())
                    .as("refused updates are not stored").isZero();
            assertThat(telegram.sentTo(READER)).isEmpty();

            Map<String, String> signed = Map.of(TelegramWebhookReceiver.SECRET_HEADER, SECRET);
            assertThat(Http.post(port, PATH, latest, signed).statusCode()).isEqualTo(200);
            assertThat(Http.post(port, PATH, latest, signed).statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(10)).until(() -> !telegram.sentTo(READER).isEmpty());
            assertThat(telegram.sentTo(READER).get(0).text()).contains("20:30 GMT");
            Settled.await(app, telegram);
            assertThat(telegram.sentTo(READER)).as("the same update_id twice is handled once").hasSize(1);
            assertThat(Http.post(port, PATH, latest, signed).statusCode()).isEqualTo(200);

            assertThat(Http.post(port, PATH, "{not json", signed).statusCode()).isEqualTo(400);
            assertThat(Http.post(port, "/other", latest, signed).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void aChunkedBodyIsCappedWhileReadingAndANullOrMalformedUpdateIsABadRequest() throws Exception {
        try (FakeBotApi telegram = new FakeBotApi(); LivePage page = new LivePage(LivePage.sample());
             ConfigurableApplicationContext app = SitrepRunner.start(telegram, page.url(), data, Map.of(
                     "sitrep.telegram.mode", "webhook",
                     "sitrep.telegram.webhook-url", "https://bot.example.org" + PATH,
                     "sitrep.telegram.webhook-secret", SECRET))) {
            int port = Http.serverPort(app);
            Map<String, String> signed = Map.of(TelegramWebhookReceiver.SECRET_HEADER, SECRET);
            io.micrometer.core.instrument.MeterRegistry meters = app.getBean(io.micrometer.core.instrument.MeterRegistry.class);

            // 200 MB without a Content-Length: refused once 1 MiB has been read, not buffered whole.
            var huge = Http.postChunked(port, PATH, 200L * 1024 * 1024, signed);
            var small = Http.postChunked(port, PATH, 2L * 1024 * 1024, signed);

            assertThat(huge == null || huge.statusCode() == 413).as("refused, or cut off after the answer").isTrue();
            assertThat(small).isNotNull();
            assertThat(small.statusCode()).isEqualTo(413);
            assertThat(meters.counter("sitrep.webhook.refused", "reason", "too-large").count()).isEqualTo(2);
            assertThat(Http.post(port, PATH, "null", signed).statusCode()).isEqualTo(400);
            assertThat(Http.post(port, PATH, "", signed).statusCode()).isEqualTo(400);
            assertThat(Http.post(port, PATH, "[1, 2]", signed).statusCode()).isEqualTo(400);
            assertThat(Http.post(port, PATH, "{\"update_id\": \"many\"}", signed).statusCode()).isEqualTo(400);
            assertThat(Http.post(port, PATH, "{\"message\": {\"text\": \"no id\"}}", signed).statusCode()).isEqualTo(400);

            // Still serving: a real update afterwards is handled.
            String latest = telegram.webhookUpdate(READER, "private", READER, "/latest");
            assertThat(Http.post(port, PATH, latest, signed).statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(10)).until(() -> !telegram.sentTo(READER).isEmpty());
        }
    }
}
