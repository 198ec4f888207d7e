package io.sitrep.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;

import io.sitrep.Settled;
import io.sitrep.SitrepRunner;
import io.sitrep.source.LivePage;
import io.sitrep.source.SourceStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Long polling loses no update to a crash and handles none twice. A process killed after TelegramBots stored an update
 * in the inbox (and so acknowledged it to Telegram) but before the worker handled it leaves exactly an unprocessed
 * inbox row; one killed after handling leaves a processed row. This test builds that state in the database and
 * restarts Sitrep on it.
 */
class InboxRecoveryTests {

    private static final long READER = 1001;

    @TempDir
    Path data;

    @Test
    void anUpdateStoredButNotHandledBeforeACrashIsHandledAfterRestartAndAHandledOneIsNotHandledAgain() throws Exception {
        try (FakeBotApi telegram = new FakeBotApi(); LivePage page = new LivePage(LivePage.sample())) {
            int handledBefore;
            try (ConfigurableApplicationContext app = SitrepRunner.start(telegram, page.url(), data, Map.of())) {
                awaitFirstRead(app);
                handledBefore = telegram.userSends(READER, "private", READER, "/start");
                await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sentTo(READER).size() == 1);
            }
            // What a kill leaves behind: the next update stored (Telegram was told it arrived) but never handled.
            int stored = handledBefore + 1;
            String db = "jdbc:h2:file:" + data.resolve("sitrep").toAbsolutePath();
            try (Connection c = DriverManager.getConnection(db, "sa", "");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO inbox (update_id, payload, received_at) VALUES (?, ?, ?)")) {
                insert.setLong(1, stored);
                insert.setString(2, FakeBotApi.updateJson(stored, READER, "private", READER, "/help"));
                insert.setObject(3, OffsetDateTime.now());
                insert.executeUpdate();
            }
            telegram.continueUpdateIdsAfter(stored);

            try (ConfigurableApplicationContext app = SitrepRunner.start(telegram, page.url(), data, Map.of())) {
                awaitFirstRead(app);
                await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sentTo(READER).size() >= 2);
                assertThat(telegram.sentTo(READER).get(1).text()).contains("/latest");
                // The restarted bot asks Telegram only for what comes after the stored update.
                await().atMost(Duration.ofSeconds(10)).until(() -> telegram.acknowledgedOffset() >= stored + 1);

                telegram.userSends(READER, "private", READER, "/latest");
                await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sentTo(READER).size() >= 3);
                Settled.await(app, telegram);
                assertThat(telegram.sentTo(READER)).hasSize(3); // /start was not answered again, nor /help twice
                assertThat(telegram.sentTo(READER).stream().filter(s -> s.text().contains("Welcome to Sitrep")).count()).isOne();
            }
        }
    }

    private static void awaitFirstRead(ConfigurableApplicationContext app) {
        SourceStatus status = app.getBean(SourceStatus.class);
        await().atMost(Duration.ofSeconds(15)).until(() -> status.of("Test Daily").lastSuccess() != null);
    }
}
