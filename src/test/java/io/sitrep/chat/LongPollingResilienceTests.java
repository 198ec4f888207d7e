package io.sitrep.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.sitrep.SitrepRunner;
import io.sitrep.source.LivePage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An update the Bot API library cannot read is kept raw and skipped; polling goes on (issue 18, case 5). */
class LongPollingResilienceTests {

    private static final long READER = 3003;

    @TempDir
    Path data;

    @Test
    void updatesTheLibraryCannotReadAreKeptRawCountedAndSkippedAndTheNextCommandIsAnswered() throws Exception {
        try (FakeBotApi telegram = new FakeBotApi(); LivePage page = new LivePage(LivePage.sample());
             ConfigurableApplicationContext app = SitrepRunner.start(telegram, page.url(), data, Map.of())) {
            // A message id beyond Integer, and a date that is not a number: TelegramBots 9.6.0 fails the whole answer.
            int outOfRange = telegram.queueRawUpdate("{\"update_id\":{{ID}},\"message\":{\"message_id\":99999999999,"
                    + "\"date\":1462740000,\"chat\":{\"id\":3003,\"type\":\"private\"},\"text\":\"/help\"}}");
            int wrongType = telegram.queueRawUpdate("{\"update_id\":{{ID}},\"message\":{\"message_id\":7,"
                    + "\"date\":\"yesterday\",\"chat\":{\"id\":3003,\"type\":\"private\"},\"text\":\"/help\"}}");
            int start = telegram.userSends(READER, "private", READER, "/start");

            await().atMost(Duration.ofSeconds(15)).until(() -> !telegram.sentTo(READER).isEmpty());
            await().atMost(Duration.ofSeconds(10)).until(() -> telegram.acknowledgedOffset() > start);

            assertThat(telegram.sentTo(READER)).singleElement().satisfies(s -> assertThat(s.text()).contains("Welcome to Sitrep"));
            MeterRegistry meters = app.getBean(MeterRegistry.class);
            assertThat(meters.counter("sitrep.telegram.updates.skipped", "reason", "unreadable").count()).isEqualTo(2);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            for (int id : new int[] {outOfRange, wrongType}) {
                assertThat(jdbc.sql("SELECT payload FROM inbox WHERE update_id = ? AND processed_at IS NOT NULL").param(id)
                        .query(String.class).single()).contains("\"text\":\"/help\"");
            }
            // The skipped updates are not answered, and polling carries on.
            int latest = telegram.userSends(READER, "private", READER, "/latest");
            await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sentTo(READER).size() == 2);
            assertThat(telegram.acknowledgedOffset()).isLessThanOrEqualTo(latest + 1);
        }
    }
}
