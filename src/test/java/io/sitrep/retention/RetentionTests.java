package io.sitrep.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.sitrep.delivery.SentPacker;
import io.sitrep.shared.InvalidSettingException;
import io.sitrep.shared.SqlTime;
import io.sitrep.ops.MutableClock;
import io.sitrep.ops.TestDatabase;
import io.sitrep.source.Entry;
import io.sitrep.source.EntryCache;
import io.sitrep.source.EntryKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * What retention removes and what it must keep, on H2 and on PostgreSQL (skipped without a server): sent-message
 * records after {@code sent-messages}, pictures once sent, the entries of pages no longer read after {@code entries},
 * the audit after {@code audit}; never an unsent message, a held UPDATE or a page still being read.
 */
class RetentionTests {

    private static final Instant DAY_0 = Instant.parse("2026-01-05T12:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);

    private final MutableClock clock = new MutableClock(DAY_0);
    private final EntryCache cache = EntryCache.inMemory();

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void sentRecordsGoAfterTheirRetentionAndUnsentOnesStay(String database) {
        try (TestDatabase db = TestDatabase.of(database)) {
            JdbcClient jdbc = JdbcClient.create(db.migrated());
            long old = message(jdbc, "PUSH", "e-old", DAY_0, null);
            for (long chat = 1; chat <= 35; chat++) {
                outbox(jdbc, chat, old, "e-old", chat == 7 ? "PENDING" : chat == 8 ? "DEAD" : "SENT", DAY_0);
            }
            long reply = message(jdbc, "REPLY", null, DAY_0, null);
            outbox(jdbc, 1, reply, null, "CANCELLED", DAY_0);
            long recent = message(jdbc, "PUSH", "e-new", DAY_0.plus(DAY.multipliedBy(3)), null);
            for (long chat = 1; chat <= 5; chat++) {
                outbox(jdbc, chat, recent, "e-new", "SENT", DAY_0.plus(DAY.multipliedBy(3)));
            }
            clock.advance(DAY.multipliedBy(3).plus(Duration.ofHours(1)));

            Map<String, Integer> pruned = worker(db, Duration.ofDays(3)).pruneNow();

            assertThat(pruned).containsEntry("sent-messages", 35).containsEntry("message-texts", 1);
            assertThat(chatsWith(jdbc, old)).containsExactly(7L); // a pending edit keeps its row and its text
            assertThat(chatsWith(jdbc, recent)).hasSize(5);
            assertThat(messageIds(jdbc)).containsExactlyInAnyOrder(old, recent);

            jdbc.sql("UPDATE outbox SET state = 'SENT' WHERE message_id = ?").param(old).update();
            worker(db, Duration.ofDays(3)).pruneNow();

            assertThat(chatsWith(jdbc, old)).isEmpty();
            assertThat(messageIds(jdbc)).containsExactly(recent);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void sentPushesArePackedOnePackPerReaderAndThePacksGoWithTheirTextsAfterTheRetention(String database) {
        try (TestDatabase db = TestDatabase.of(database)) {
            JdbcClient jdbc = JdbcClient.create(db.migrated());
            entry(jdbc, "e1", "https://example.org/live", DAY_0);
            long text = message(jdbc, "PUSH", "e1", DAY_0, null); // a text written days before the push reused it
            long kyivText = message(jdbc, "PUSH", "e1", DAY_0, null);
            Instant pushed = DAY_0.plus(DAY.multipliedBy(2));
            for (long chat = 1; chat <= 30; chat++) {
                sent(jdbc, chat == 13 ? -1001234567890L : chat, text, "e1", null, pushed);
            }
            sent(jdbc, 31, kyivText, "e1", "Europe/Kyiv", pushed);
            moveClockTo(pushed.plus(Duration.ofMinutes(5)));

            assertThat(worker(db, Duration.ofDays(3)).pruneNow()).as("sent 5 minutes ago").doesNotContainKey("packed");

            moveClockTo(pushed.plus(Duration.ofMinutes(11)));
            assertThat(worker(db, Duration.ofDays(3)).pruneNow()).containsEntry("packed", 31);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox").query(Long.class).single()).isZero();
            assertThat(jdbc.sql("SELECT chats FROM sent_pack WHERE message_id = ? AND reader_zone IS NULL").param(text)
                    .query(Integer.class).list()).containsExactly(30);
            assertThat(jdbc.sql("SELECT chats FROM sent_pack WHERE message_id = ? AND reader_zone = 'Europe/Kyiv'").param(kyivText)
                    .query(Integer.class).list()).as("a reader in another zone has a pack of its own").containsExactly(1);

            moveClockTo(DAY_0.plus(DAY.multipliedBy(3)).plus(Duration.ofHours(1)));
            assertThat(worker(db, Duration.ofDays(3)).pruneNow()).doesNotContainKey("sent-packs");
            assertThat(messageIds(jdbc)).as("the packed push's text stays while the pack does").contains(text);

            moveClockTo(pushed.plus(DAY.multipliedBy(3)).plus(Duration.ofHours(1)));
            Map<String, Integer> pruned = worker(db, Duration.ofDays(3)).pruneNow();

            assertThat(pruned).containsEntry("sent-packs", 2).doesNotContainKey("sent-messages").containsEntry("message-texts", 2);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM sent_pack").query(Long.class).single()).isZero();
            assertThat(messageIds(jdbc)).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void mapPicturesLeaveTheDatabaseOnceSent(String database) {
        try (TestDatabase db = TestDatabase.of(database)) {
            JdbcClient jdbc = JdbcClient.create(db.migrated());
            long map = message(jdbc, "PHOTO", null, DAY_0, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            long row = outbox(jdbc, 42, map, null, "PENDING", DAY_0);

            worker(db, Duration.ofDays(3)).pruneNow();
            assertThat(hasPicture(jdbc, map)).as("still to be sent").isTrue();

            jdbc.sql("UPDATE outbox SET state = 'SENT', telegram_message_id = 9 WHERE id = ?").param(row).update();
            Map<String, Integer> pruned = worker(db, Duration.ofDays(3)).pruneNow();

            assertThat(pruned).containsEntry("pictures", 1);
            assertThat(hasPicture(jdbc, map)).isFalse();
            assertThat(chatsWith(jdbc, map)).as("the record of the sent message stays").containsExactly(42L);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void entriesOfPagesNoLongerReadGoAfterTheirRetention(String database) {
        try (TestDatabase db = TestDatabase.of(database)) {
            JdbcClient jdbc = JdbcClient.create(db.migrated());
            for (int i = 0; i < 25; i++) {
                entry(jdbc, "gone-" + i, "https://example.org/2026/01/05/daily", DAY_0);
            }
            entry(jdbc, "still-read", "https://example.org/live", DAY_0);
            entry(jdbc, "held", "https://example.org/2026/01/04/daily", DAY_0);
            jdbc.sql("INSERT INTO held_push (chat_id, thread_id, entry_id, held_at) VALUES (5, 0, 'held', ?)")
                    .param(SqlTime.of(DAY_0)).update();
            entry(jdbc, "recent", "https://example.org/2026/02/03/daily", DAY_0.plus(DAY.multipliedBy(29)));
            cache.put("Daily", List.of(new Entry("still-read", "Daily", "https://example.org/live", EntryKind.UPDATE, DAY_0,
                    "", List.of("text"), List.of(), List.of(), "v1", 0)));
            clock.advance(DAY.multipliedBy(31));

            Map<String, Integer> pruned = worker(db, Duration.ofDays(3)).pruneNow();

            assertThat(pruned).containsEntry("entries", 25);
            assertThat(jdbc.sql("SELECT id FROM entry ORDER BY id").query(String.class).list())
                    .containsExactly("held", "recent", "still-read");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void editorsAuditIsKeptForAYear(String database) {
        try (TestDatabase db = TestDatabase.of(database)) {
            JdbcClient jdbc = JdbcClient.create(db.migrated());
            audit(jdbc, "publish", DAY_0);
            audit(jdbc, "retract", DAY_0.plus(DAY.multipliedBy(300)));
            jdbc.sql("INSERT INTO withdrawn_entry (entry_id, withdrawn_at) VALUES ('x', ?)").param(SqlTime.of(DAY_0)).update();
            clock.advance(DAY.multipliedBy(366));

            Map<String, Integer> pruned = worker(db, Duration.ofDays(3)).pruneNow();

            assertThat(pruned).containsEntry("audit", 1).containsEntry("withdrawals", 1);
            assertThat(jdbc.sql("SELECT action FROM audit_log").query(String.class).list()).containsExactly("retract");
        }
    }

    @Test
    void aRetentionTooShortIsRefusedByName() {
        assertThatThrownBy(() -> new RetentionProperties(true, Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ofDays(30), Duration.ofDays(365),
                Duration.ofMinutes(5), 1000, Duration.ofMillis(20)))
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> assertThat(e.property()).isEqualTo("sitrep.retention.sent-messages"))
                .hasMessageContaining("at least 1h");
        assertThatThrownBy(() -> new RetentionProperties(true, Duration.ofDays(3), Duration.ofMinutes(10), Duration.ofDays(30), Duration.ofDays(365),
                Duration.ofMinutes(5), 5, Duration.ofMillis(20)))
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> assertThat(e.property()).isEqualTo("sitrep.retention.batch-size"));
    }

    private RetentionWorker worker(TestDatabase db, Duration sentMessages) {
        JdbcClient jdbc = JdbcClient.create(db.migrated());
        RetentionProperties settings = new RetentionProperties(true, sentMessages, Duration.ofMinutes(10), Duration.ofDays(30), Duration.ofDays(365),
                Duration.ofMinutes(5), 10, Duration.ZERO);
        return new RetentionWorker(new RetentionPruner(jdbc), SentPacker.on(db.migrated()), settings, cache, new SimpleMeterRegistry(), clock, () -> {
        });
    }

    private static long message(JdbcClient jdbc, String kind, String entryId, Instant at, byte[] photo) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO message (kind, entry_id, entry_version, part, text, created_at, photo) VALUES (?, ?, 'v1', 0, 'text', ?, ?)")
                .params(kind, entryId, SqlTime.of(at), photo).update(key, "id");
        return key.getKey().longValue();
    }

    private static long outbox(JdbcClient jdbc, long chat, long messageId, String entryId, String state, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO outbox (chat_id, message_id, priority, state, next_attempt_at, created_at, entry_id, part, telegram_message_id) "
                        + "VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?)")
                .params(chat, messageId, state, SqlTime.of(at), SqlTime.of(at), entryId, entryId == null ? null : 0,
                        state.equals("SENT") || state.equals("PENDING") && entryId != null ? 1000 + chat : null)
                .update(key, "id");
        return key.getKey().longValue();
    }

    private void moveClockTo(Instant at) {
        clock.advance(Duration.between(clock.instant(), at));
    }

    /** A push row as the sender leaves it: sent, showing its text, with the chat's Telegram message id. */
    private static void sent(JdbcClient jdbc, long chat, long messageId, String entryId, String zone, Instant at) {
        jdbc.sql("INSERT INTO outbox (chat_id, message_id, priority, state, next_attempt_at, created_at, sent_at, entry_id, part, "
                        + "telegram_message_id, sent_message_id, reader_zone) VALUES (?, ?, 1, 'SENT', ?, ?, ?, ?, 0, ?, ?, ?)")
                .params(chat, messageId, SqlTime.of(at), SqlTime.of(at), SqlTime.of(at), entryId, 5000 + Math.abs(chat % 1000),
                        messageId, zone)
                .update();
    }

    private static void entry(JdbcClient jdbc, String id, String page, Instant at) {
        jdbc.sql("INSERT INTO entry (id, source, page_url, kind, published_at, headline, paragraphs, links, media, version, "
                        + "position, first_seen, updated_at) VALUES (?, 'Daily', ?, 'UPDATE', ?, '', 'text', '', '', 'v1', 0, ?, ?)")
                .params(id, page, SqlTime.of(at), SqlTime.of(at), SqlTime.of(at)).update();
    }

    private static void audit(JdbcClient jdbc, String action, Instant at) {
        jdbc.sql("INSERT INTO audit_log (user_id, action, detail, chats, allowed, at) VALUES (1, ?, NULL, 0, TRUE, ?)")
                .params(action, SqlTime.of(at)).update();
    }

    private static List<Long> chatsWith(JdbcClient jdbc, long messageId) {
        return jdbc.sql("SELECT chat_id FROM outbox WHERE message_id = ? ORDER BY chat_id").param(messageId).query(Long.class).list();
    }

    private static List<Long> messageIds(JdbcClient jdbc) {
        return jdbc.sql("SELECT id FROM message ORDER BY id").query(Long.class).list();
    }

    private static boolean hasPicture(JdbcClient jdbc, long messageId) {
        return jdbc.sql("SELECT COUNT(*) FROM message WHERE id = ? AND photo IS NOT NULL").param(messageId).query(Long.class).single() > 0;
    }
}
