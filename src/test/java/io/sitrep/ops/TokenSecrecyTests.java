package io.sitrep.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.sitrep.shared.SitrepProperties;
import io.sitrep.SitrepRunner;
import io.sitrep.chat.FakeBotApi;
import io.sitrep.chat.TelegramWebhookProperties;
import io.sitrep.source.LivePage;
import io.sitrep.source.SourceStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** The bot token, nor its secret half, ever shows in logs, errors, metrics, health or settings' toString(). */
@ExtendWith(OutputCaptureExtension.class)
class TokenSecrecyTests {

    private static final long READER = 3003;
    private static final String SECRET_HALF = FakeBotApi.TOKEN.substring(FakeBotApi.TOKEN.indexOf(':') + 1);

    @TempDir
    Path data;

    @Test
    void aWholeRunThroughStartCommandPushFailuresAndShutdownNeverPrintsTheToken(CapturedOutput output) throws Exception {
        String scrape;
        String health;
        String settings;
        try (FakeBotApi telegram = new FakeBotApi(); LivePage page = new LivePage(LivePage.sample())) {
            try (ConfigurableApplicationContext app = SitrepRunner.start(telegram, page.url(), data, Map.of(
                    "sitrep.http.enabled", "true", "logging.level.io.sitrep", "DEBUG"))) {
                SourceStatus status = app.getBean(SourceStatus.class);
                await().atMost(Duration.ofSeconds(15)).until(() -> status.of("Test Daily").lastSuccess() != null);

                telegram.userSends(READER, "private", READER, "/start");
                await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sentTo(READER).size() == 1);

                // A failing send (a 502, then a refusal whose description quotes the token), then a push that arrives.
                telegram.failNextSendTo(READER, 502, "<html>Bad Gateway " + FakeBotApi.TOKEN + "</html>");
                telegram.failNextSendTo(READER, 400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: bot"
                        + FakeBotApi.TOKEN + " can't parse entities\"}");
                // The /latest reply takes both failures; only then does the page change, so the push is never the one
                // refused (the two used to race, and a refused push never arrives).
                int sendsBefore = telegram.requests("sendmessage").size();
                telegram.userSends(READER, "private", READER, "/latest");
                await().atMost(Duration.ofSeconds(20)).until(() -> telegram.requests("sendmessage").size() >= sendsBefore + 2);
                page.serve(LivePage.sampleWithUpdate("UPDATE 2215 GMT:", "Shelling reported near Khan Tuman overnight."));
                await().atMost(Duration.ofSeconds(20)).until(() -> telegram.sentTo(READER).stream()
                        .anyMatch(s -> s.text().contains("Khan Tuman overnight") && s.text().contains("UPDATE")));

                int management = Http.managementPort(app);
                scrape = Http.get(management, "/actuator/prometheus").body();
                health = Http.get(management, "/actuator/health").body();
                settings = app.getBean(SitrepProperties.class).toString() + app.getBean(TelegramWebhookProperties.class);
            }
        }
        String logs = output.getOut() + output.getErr();
        assertThat(logs).contains("Connected to Telegram").contains("Telegram refused a message");
        assertThat(scrape).contains("sitrep_sends_total");
        for (String text : new String[] {logs, scrape, health, settings}) {
            assertThat(text).doesNotContain(FakeBotApi.TOKEN).doesNotContain(SECRET_HALF);
        }
    }
}
