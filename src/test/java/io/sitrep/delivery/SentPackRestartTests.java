package io.sitrep.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.zaxxer.hikari.HikariDataSource;
import io.sitrep.briefing.ReaderSettings;
import io.sitrep.ops.TestDatabase;
import io.sitrep.shared.SqlTime;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The packed record of a sent push is in the database, not in memory: after a restart (a new pool on the same H2
 * file, or on the same PostgreSQL database) an edit still finds every chat's own Telegram message. On PostgreSQL (two
 * instances share it) the packer waits for an edit being recorded instead of packing its rows (skipped without a
 * server).
 */
class SentPackRestartTests {

    private static final Instant SENT = Instant.parse("2026-01-05T12:00:00Z");
    private static final Instant LATER = SENT.plus(Duration.ofMinutes(30));
    private static final List<Long> CHATS = List.of(-1001234567890L, -42L, 7L, 1_000L, 5_000_000_000L);

    @TempDir
    Path data;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aPackedPushIsStillEditedInEveryChatAfterARestart(String database) {
        try (TestDatabase db = database.equals("postgres") ? TestDatabase.postgresOrSkip() : null) {
            String url = db != null ? db.url() : "jdbc:h2:file:" + data.resolve("sitrep").toAbsolutePath() + ";WRITE_DELAY=0";
            String user = db != null ? db.user() : "sa";
            Map<Long, Long> telegramIds;
            try (HikariDataSource first = pool(url, user, database)) {
                telegramIds = sendToEveryChat(first);
                assertThat(SentPacker.on(first).pack(new SentPacker.Group("e1", 0, messageOf(first), null, null), LATER.minus(Duration.ofMinutes(10))))
                        .isEqualTo(CHATS.size());
            }
            try (HikariDataSource second = pool(url, user, database)) {
                JdbcClient jdbc = JdbcClient.create(second);
                Outbox outbox = outbox(second);
                assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox").query(Long.class).single()).isZero();
                assertThat(outbox.chatsReached("e1")).isEqualTo(CHATS.size());

                int edits = transactions(second).execute(status -> outbox.retarget("e1", 0, ReaderSettings.GMT,
                        outbox.messageFor("PUSH", "e1", "v2", 0, "Heavy shelling", LATER), LATER));

                assertThat(edits).isEqualTo(CHATS.size());
                List<Outbox.Due> due = outbox.due(LATER, Outbox.PUSH, 100);
                assertThat(due).allSatisfy(row -> assertThat(row.text()).isEqualTo("Heavy shelling"));
                assertThat(due.stream().collect(Collectors.toMap(Outbox.Due::chatId, Outbox.Due::telegramMessageId)))
                        .isEqualTo(telegramIds);
                assertThat(jdbc.sql("SELECT COUNT(*) FROM sent_pack").query(Long.class).single()).isZero();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void thePackerWaitsForAnEditBeingRecordedAndLeavesItsRowsToTheSender(String database) throws Exception {
        try (TestDatabase db = TestDatabase.of(database)) {
            HikariDataSource pool = db.migrated();
            Map<Long, Long> telegramIds = sendToEveryChat(pool);
            Outbox outbox = outbox(pool);
            long v2 = transactions(pool).execute(status -> outbox.messageFor("PUSH", "e1", "v2", 0, "Heavy shelling", LATER));
            CountDownLatch recorded = new CountDownLatch(1);
            CompletableFuture<Integer> edit = CompletableFuture.supplyAsync(() -> transactions(pool).execute(status -> {
                int rows = outbox.retarget("e1", 0, ReaderSettings.GMT, v2, LATER);
                recorded.countDown();
                sleep(700);
                return rows;
            }));
            assertThat(recorded.await(10, TimeUnit.SECONDS)).isTrue();

            CompletableFuture<Integer> packing = CompletableFuture.supplyAsync(() -> SentPacker.on(pool)
                    .pack(new SentPacker.Group("e1", 0, messageOf(pool), null, null), LATER.minus(Duration.ofMinutes(10))));
            sleep(300);
            assertThat(packing).as("the packer waits for the entry's lock").isNotDone();

            assertThat(edit.get(10, TimeUnit.SECONDS)).isEqualTo(CHATS.size());
            assertThat(packing.get(10, TimeUnit.SECONDS)).isZero();
            assertThat(outbox.due(LATER, Outbox.PUSH, 100).stream().collect(Collectors.toMap(Outbox.Due::chatId, Outbox.Due::telegramMessageId)))
                    .isEqualTo(telegramIds);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void anEditArrivingWhileAPackIsBeingWrittenStillReachesEveryChat(String database) throws Exception {
        try (TestDatabase db = TestDatabase.of(database)) {
            HikariDataSource pool = db.migrated();
            Map<Long, Long> telegramIds = sendToEveryChat(pool);
            Outbox outbox = outbox(pool);
            long v2 = transactions(pool).execute(status -> outbox.messageFor("PUSH", "e1", "v2", 0, "Heavy shelling", LATER));
            CountDownLatch packed = new CountDownLatch(1);
            // The pack is written, and its rows deleted, in a transaction held open a while before it commits.
            CompletableFuture<Integer> packing = CompletableFuture.supplyAsync(() -> transactions(pool).execute(status -> {
                int rows = SentPacker.on(pool).pack(new SentPacker.Group("e1", 0, messageOf(pool), null, null), LATER.minus(Duration.ofMinutes(10)));
                packed.countDown();
                sleep(700);
                return rows;
            }));
            assertThat(packed.await(10, TimeUnit.SECONDS)).isTrue();

            int edits = transactions(pool).execute(status -> outbox.retarget("e1", 0, ReaderSettings.GMT, v2, LATER));

            assertThat(packing.get(10, TimeUnit.SECONDS)).isEqualTo(CHATS.size());
            assertThat(edits).isEqualTo(CHATS.size());
            assertThat(outbox.due(LATER, Outbox.PUSH, 100).stream().collect(Collectors.toMap(Outbox.Due::chatId, Outbox.Due::telegramMessageId)))
                    .isEqualTo(telegramIds);
        }
    }

    /** Subscribes the chats, records e1 and its push, and marks every message sent 30 minutes before LATER. */
    private static Map<Long, Long> sendToEveryChat(HikariDataSource pool) {
        JdbcClient jdbc = JdbcClient.create(pool);
        Outbox outbox = outbox(pool);
        for (long chat : CHATS) {
            jdbc.sql("INSERT INTO subscriber (chat_id, chat_type, title, since, active) VALUES (?, ?, NULL, ?, TRUE)")
                    .params(chat, chat < 0 ? "group" : "private", SqlTime.of(SENT)).update();
        }
        jdbc.sql("INSERT INTO entry (id, source, page_url, kind, published_at, headline, paragraphs, links, media, version, "
                        + "position, first_seen, updated_at) VALUES ('e1', 'Daily', 'https://example.org/live', 'UPDATE', ?, '', "
                        + "'Shelling', '', '', 'v1', 0, ?, ?)")
                .params(SqlTime.of(SENT), SqlTime.of(SENT), SqlTime.of(SENT)).update();
        transactions(pool).executeWithoutResult(status -> outbox.enqueuePush("e1", "v1", List.of("Shelling"), SENT));
        long telegramId = 900_000;
        for (Outbox.Due row : outbox.due(SENT, Outbox.PUSH, 100)) {
            outbox.markDelivered(row.id(), telegramId += 17, row.messageId(), SENT);
        }
        return jdbc.sql("SELECT chat_id, telegram_message_id FROM outbox WHERE entry_id = 'e1' AND state = 'SENT'")
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static long messageOf(HikariDataSource pool) {
        return JdbcClient.create(pool).sql("SELECT MIN(id) FROM message WHERE entry_id = 'e1'").query(Long.class).single();
    }

    private static Outbox outbox(HikariDataSource pool) {
        JdbcClient jdbc = JdbcClient.create(pool);
        return new Outbox(jdbc, new OutboxSignal(), new SentPacks(jdbc, new JdbcTemplate(pool)));
    }

    private static TransactionTemplate transactions(HikariDataSource pool) {
        return new TransactionTemplate(new DataSourceTransactionManager(pool));
    }

    private static HikariDataSource pool(String url, String user, String database) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword("");
        Flyway.configure().dataSource(pool).locations("classpath:db/migration",
                "classpath:db/vendor/" + (database.equals("postgres") ? "postgresql" : "h2")).load().migrate();
        return pool;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
