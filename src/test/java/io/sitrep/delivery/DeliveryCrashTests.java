package io.sitrep.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.sitrep.SitrepApplication;
import io.sitrep.shared.SitrepProperties;
import io.sitrep.chat.FakeBotApi;
import io.sitrep.source.LivePage;
import io.sitrep.source.SourcePoller;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Sitrep as a separate process, killed with SIGKILL in the middle of a push to thousands of chats and restarted on
 * the same database: no chat loses the message, and no more chats get it twice than sends were in flight.
 */
class DeliveryCrashTests {

    private static final int CHATS = 3_000;
    private static final int SENDER_THREADS = 8;

    @TempDir
    Path data;

    /** The default URL's spelling, and an operator's bare one: Sitrep makes both write each commit at once. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"the default URL's settings, ;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0", "a bare jdbc:h2:file: URL, ''"})
    void aPushKilledHalfwayLosesNothingAndRepeatsAtMostWhatWasInFlight(String spelling, String urlSettings) throws Exception {
        try (FakeBotApi telegram = new FakeBotApi(); LivePage page = new LivePage(LivePage.sample())) {
            telegram.keepSendBodies(false);
            telegram.delaySends(3);
            String db = "jdbc:h2:file:" + data.resolve("sitrep").toAbsolutePath() + urlSettings;
            baselineAndSubscribers(page, db);

            page.serve(LivePage.sampleWithUpdate("UPDATE 2145 GMT:",
                    "Opposition activists say regime helicopters dropped barrel bombs on Darayya."));
            Process doomed = launch(telegram, page, db, "doomed");
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(5))
                    .until(() -> total(telegram) >= CHATS / 3);
            int inFlightAtKill = telegram.sendsInFlight();
            doomed.destroyForcibly();
            assertThat(doomed.waitFor(10, TimeUnit.SECONDS)).isTrue();
            int sentBeforeKill = total(telegram);
            assertThat(sentBeforeKill).isLessThan(CHATS);

            Process restarted = launch(telegram, page, db, "restarted");
            try {
                await().atMost(Duration.ofSeconds(60)).until(() -> telegram.sendCounts().size() >= CHATS);
                Thread.sleep(1500); // let anything extra arrive
            } finally {
                restarted.destroy();
                restarted.waitFor(20, TimeUnit.SECONDS);
            }
            assertThat(Files.readString(data.resolve("restarted.log"))).contains("Database durability: DURABLE");

            Map<Long, Integer> counts = telegram.sendCounts();
            long lost = 0;
            for (long chat = 1; chat <= CHATS; chat++) {
                if (counts.getOrDefault(chat, 0) == 0) {
                    lost++;
                }
            }
            int duplicates = counts.values().stream().mapToInt(n -> n - 1).sum();
            System.out.printf("Crash test (%s): %d of %d chats served before SIGKILL (%d sends in flight at the fake then, "
                            + "peak %d); after restart: %d lost, %d duplicate(s)%n",
                    spelling, sentBeforeKill, CHATS, inFlightAtKill, telegram.peakSendsInFlight(), lost, duplicates);
            assertThat(lost).isZero();
            assertThat(duplicates).isLessThanOrEqualTo(SENDER_THREADS);
            try (Connection c = DriverManager.getConnection(db, "sa", ""); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM outbox WHERE state <> 'SENT'")) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
        }
    }

    /** Reads the page once (the baseline, which pushes nothing), in this JVM, then subscribes the chats. */
    private static void baselineAndSubscribers(LivePage page, String db) throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SitrepApplication.class).run(
                "--spring.datasource.url=" + db, "--sitrep.console.enabled=false", "--sitrep.polling.enabled=false",
                "--sitrep.delivery.enabled=false", "--sitrep.sources[0].name=Test Daily", "--sitrep.sources[0].url=" + page.url(),
                "--sitrep.sources[0].allow-private=true", "--logging.level.io.sitrep=WARN")) {
            SitrepProperties properties = app.getBean(SitrepProperties.class);
            app.getBean(SourcePoller.class).poll(properties.sources().get(0));
        }
        try (Connection c = DriverManager.getConnection(db, "sa", "");
             PreparedStatement insert = c.prepareStatement("INSERT INTO subscriber (chat_id, chat_type, title, since, active) "
                     + "SELECT x, 'private', NULL, ?, TRUE FROM SYSTEM_RANGE(1, ?)")) {
            insert.setObject(1, OffsetDateTime.now());
            insert.setInt(2, CHATS);
            assertThat(insert.executeUpdate()).isEqualTo(CHATS);
        }
    }

    private Process launch(FakeBotApi telegram, LivePage page, String db, String name) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), SitrepApplication.class.getName(),
                "--sitrep.telegram.token=" + FakeBotApi.TOKEN,
                "--sitrep.telegram.api-url=" + telegram.url(),
                "--sitrep.telegram.poll-timeout=1s",
                "--sitrep.sources[0].name=Test Daily",
                "--sitrep.sources[0].url=" + page.url(),
                "--sitrep.sources[0].allow-private=true",
                "--sitrep.sources[0].poll-interval=1s",
                "--sitrep.delivery.global-per-second=400",
                "--sitrep.delivery.sender-threads=" + SENDER_THREADS,
                "--spring.datasource.url=" + db,
                "--logging.level.io.sitrep=INFO"));
        File log = Files.createFile(data.resolve(name + ".log")).toFile();
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    }

    private static int total(FakeBotApi telegram) {
        return telegram.sendCounts().values().stream().mapToInt(Integer::intValue).sum();
    }
}
