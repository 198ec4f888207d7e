package io.sitrep.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import io.sitrep.shared.SqlTime;
import io.sitrep.ops.MutableClock;
import io.sitrep.ops.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Outbox claims by several instances on one database (H2, and PostgreSQL when running). */
class OutboxClaimsTests {

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void instancesClaimingAtOnceNeverGetTheSameRowNorTwoRowsOfOneChatAndKeepEachChatInOrder(String kind) throws Exception {
        try (TestDatabase db = TestDatabase.of(kind)) {
            JdbcClient jdbc = JdbcClient.create(db.migrated());
            TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(db.migrated()));
            int chats = 30;
            int perChat = 10;
            Instant now = Instant.now();
            for (int m = 1; m <= perChat; m++) {
                jdbc.sql("INSERT INTO message (id, kind, part, text, created_at) VALUES (?, 'PUSH', 0, ?, ?)")
                        .params(m, "message " + m, SqlTime.of(now)).update();
                for (int c = 1; c <= chats; c++) {
                    jdbc.sql("INSERT INTO outbox (chat_id, message_id, priority, state, next_attempt_at, created_at) "
                                    + "VALUES (?, ?, 1, 'PENDING', ?, ?)")
                            .params(c % 2 == 0 ? c : -c, m, SqlTime.of(now), SqlTime.of(now)).update();
                }
            }
            int instances = 3;
            Set<Long> inFlightChats = ConcurrentHashMap.newKeySet();
            Set<Long> claimedIds = ConcurrentHashMap.newKeySet();
            Map<Long, List<Long>> sentPerChat = new ConcurrentHashMap<>();
            AtomicReference<String> violation = new AtomicReference<>();
            ExecutorService pool = Executors.newFixedThreadPool(instances);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                OutboxClaims claims = new OutboxClaims(jdbc, tx, Clock.systemUTC(), "instance-" + i, Duration.ofMinutes(2),
                        Duration.ZERO, Duration.ZERO, 1_000_000, () -> instances);
                results.add(pool.submit(() -> drain(claims, jdbc, claimedIds, inFlightChats, sentPerChat, violation)));
            }
            int total = 0;
            for (Future<Integer> result : results) {
                total += result.get();
            }
            pool.shutdown();

            assertThat(violation.get()).isNull();
            assertThat(total).isEqualTo(chats * perChat);
            assertThat(claimedIds).hasSize(chats * perChat);
            assertThat(sentPerChat).hasSize(chats).allSatisfy((chat, messages) ->
                    assertThat(messages).as("chat %s in order", chat).isSorted().hasSize(perChat));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox WHERE state <> 'SENT'").query(Long.class).single()).isZero();
        }
    }

    private static int drain(OutboxClaims claims, JdbcClient jdbc, Set<Long> claimedIds, Set<Long> inFlightChats,
                             Map<Long, List<Long>> sentPerChat, AtomicReference<String> violation) throws InterruptedException {
        int mine = 0;
        int idle = 0;
        while (idle < 40) {
            List<Outbox.Due> rows = claims.claim(7);
            idle = rows.isEmpty() ? idle + 1 : 0;
            for (Outbox.Due row : rows) {
                if (!claimedIds.add(row.id())) {
                    violation.set("row " + row.id() + " claimed twice");
                }
                if (!inFlightChats.add(row.chatId())) {
                    violation.set("chat " + row.chatId() + " had two rows in flight");
                }
            }
            for (Outbox.Due row : rows) {
                sentPerChat.computeIfAbsent(row.chatId(), k -> new CopyOnWriteArrayList<>()).add(row.messageId());
                inFlightChats.remove(row.chatId());
                jdbc.sql("UPDATE outbox SET state = 'SENT', sent_at = ? WHERE id = ?")
                        .params(SqlTime.of(Instant.now().minusSeconds(10)), row.id()).update();
                mine++;
            }
            if (rows.isEmpty()) {
                Thread.sleep(5);
            }
        }
        return mine;
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aChatWaitsItsGapAfterASendAndAnExpiredClaimIsHandedOn(String kind) {
        try (TestDatabase db = TestDatabase.of(kind)) {
            JdbcClient jdbc = JdbcClient.create(db.migrated());
            TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(db.migrated()));
            MutableClock clock = new MutableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
            Instant t0 = clock.instant();
            for (int m = 1; m <= 2; m++) {
                jdbc.sql("INSERT INTO message (id, kind, part, text, created_at) VALUES (?, 'PUSH', 0, 'text', ?)")
                        .params(m, SqlTime.of(t0)).update();
                jdbc.sql("INSERT INTO outbox (chat_id, message_id, priority, state, next_attempt_at, created_at) "
                                + "VALUES (-5, ?, 1, 'PENDING', ?, ?)")
                        .params(m, SqlTime.of(t0), SqlTime.of(t0)).update();
            }
            OutboxClaims a = new OutboxClaims(jdbc, tx, clock, "a", Duration.ofSeconds(30), Duration.ofSeconds(1),
                    Duration.ofSeconds(3), 1000, () -> 2);
            OutboxClaims b = new OutboxClaims(jdbc, tx, clock, "b", Duration.ofSeconds(30), Duration.ofSeconds(1),
                    Duration.ofSeconds(3), 1000, () -> 2);

            List<Outbox.Due> first = a.claim(10);
            assertThat(first).singleElement().satisfies(r -> assertThat(r.messageId()).isEqualTo(1));
            assertThat(b.claim(10)).as("the chat is busy").isEmpty();
            jdbc.sql("UPDATE outbox SET state = 'SENT', sent_at = ? WHERE id = ?")
                    .params(SqlTime.of(clock.instant()), first.get(0).id()).update();
            clock.advance(Duration.ofSeconds(2));
            assertThat(b.claim(10)).as("a group waits 3s between messages").isEmpty();
            clock.advance(Duration.ofSeconds(2));
            List<Outbox.Due> second = b.claim(10);
            assertThat(second).singleElement().satisfies(r -> assertThat(r.messageId()).isEqualTo(2));

            assertThat(a.claim(10)).isEmpty();
            clock.advance(Duration.ofSeconds(31));
            assertThat(a.claim(10)).as("b died holding it: its claim expired").singleElement()
                    .satisfies(r -> assertThat(r.id()).isEqualTo(second.get(0).id()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aRowHeldPastHalfItsClaimIsGivenBackNotSentSoNoOtherInstanceSendsItToo(String kind) {
        try (TestDatabase db = TestDatabase.of(kind)) {
            JdbcClient jdbc = JdbcClient.create(db.migrated());
            TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(db.migrated()));
            MutableClock clock = new MutableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
            jdbc.sql("INSERT INTO message (id, kind, part, text, created_at) VALUES (1, 'PUSH', 0, 'text', ?)")
                    .param(SqlTime.of(clock.instant())).update();
            jdbc.sql("INSERT INTO outbox (chat_id, message_id, priority, state, next_attempt_at, created_at) VALUES (7, 1, 1, 'PENDING', ?, ?)")
                    .params(SqlTime.of(clock.instant()), SqlTime.of(clock.instant())).update();
            OutboxClaims a = new OutboxClaims(jdbc, tx, clock, "a", Duration.ofSeconds(10), Duration.ofSeconds(1),
                    Duration.ofSeconds(3), 1000, () -> 2);
            OutboxClaims b = new OutboxClaims(jdbc, tx, clock, "b", Duration.ofSeconds(10), Duration.ofSeconds(1),
                    Duration.ofSeconds(3), 1000, () -> 2);

            long row = a.claim(10).get(0).id();
            clock.advance(Duration.ofSeconds(4));
            assertThat(a.mayStillSend(row)).isTrue();
            clock.advance(Duration.ofSeconds(2));
            assertThat(a.mayStillSend(row)).as("held 6s of a 10s claim").isFalse();
            a.release(row);

            assertThat(b.claim(10)).as("given back at once, not after the claim runs out").singleElement()
                    .satisfies(r -> assertThat(r.id()).isEqualTo(row));
            assertThat(a.mayStillSend(row)).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aClaimNeverHandsOutMoreThanThisInstancesShareOfTheGlobalRate(String kind) {
        try (TestDatabase db = TestDatabase.of(kind)) {
            JdbcClient jdbc = JdbcClient.create(db.migrated());
            TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(db.migrated()));
            Instant now = Instant.now();
            jdbc.sql("INSERT INTO message (id, kind, part, text, created_at) VALUES (1, 'PUSH', 0, 'text', ?)")
                    .param(SqlTime.of(now)).update();
            for (int c = 1; c <= 100; c++) {
                jdbc.sql("INSERT INTO outbox (chat_id, message_id, priority, state, next_attempt_at, created_at) "
                        + "VALUES (?, 1, 1, 'PENDING', ?, ?)").params(c, SqlTime.of(now), SqlTime.of(now)).update();
            }
            OutboxClaims claims = new OutboxClaims(jdbc, tx, Clock.systemUTC(), "a", Duration.ofMinutes(1), Duration.ZERO,
                    Duration.ZERO, 30, () -> 3);

            assertThat(claims.sharePerSecond()).isEqualTo(10.0);
            assertThat(claims.claim(100)).as("a burst of one second's share").hasSize(10);
            assertThat(claims.claim(100)).hasSizeLessThanOrEqualTo(1);
        }
    }
}
