package io.sitrep.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.sitrep.chat.FakeBotApi;
import io.sitrep.subscription.SubscriberStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The sender against the fake Bot API on loopback: order, pacing and every kind of Telegram error. */
@DeliveryTest
class OutboxSenderTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Outbox outbox;
    @Autowired
    OutboxSignal signal;
    @Autowired
    SubscriberStore subscribers;
    @Autowired
    DeadLetters deadLetters;

    private FakeBotApi telegram;
    private DeliveryRig rig;

    @BeforeEach
    void setUp() throws Exception {
        telegram = new FakeBotApi();
        rig = new DeliveryRig(jdbc, outbox, signal, subscribers);
    }

    @AfterEach
    void tearDown() throws Exception {
        rig.close();
        telegram.close();
    }

    private void push(String entryId) {
        outbox.enqueuePush(entryId, "v1", List.of("<b>\ud83d\udd34 UPDATE</b> " + entryId), Instant.now());
    }

    @Test
    void aReplyOvertakesFiveThousandPendingPushes() {
        rig.subscribe(1_000_000, 5_000);
        push("big");
        rig.start(telegram.gateway(), Settings.defaults());
        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sendCounts().size() >= 20);

        long asked = System.nanoTime();
        outbox.enqueueReply(42, null, List.of("pong"), Instant.now());
        await().atMost(Duration.ofSeconds(2)).until(() -> !telegram.sentTo(42).isEmpty());
        long tookMillis = (System.nanoTime() - asked) / 1_000_000;

        assertThat(tookMillis).isLessThan(1000);
        assertThat(outbox.pendingCount()).isGreaterThan(1_800);
    }

    @Test
    void pushesGoNoFasterThanTheBotWideLimit() {
        rig.subscribe(1, 200);
        rig.start(telegram.gateway(), Settings.defaults().perSecond(50));
        long started = System.nanoTime();
        push("rate");
        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sendCounts().size() >= 150);
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(150 / seconds).isBetween(40.0, 53.0);
    }

    @Test
    void blockedUserIsDeactivatedAndGetsNothingMore() {
        subscribers.subscribe(7, "private", "Blocker", Instant.now());
        subscribers.subscribe(8, "private", "Reader", Instant.now());
        telegram.answerNextSendTo(7, FakeBotApi.errorResponse(403, "Forbidden: bot was blocked by the user"));
        push("e1");
        push("e2");
        rig.start(telegram.gateway(), Settings.defaults());

        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sentTo(8).size() == 2);
        assertThat(subscribers.isActive(7)).isFalse();
        assertThat(rig.state(7, "e2")).isEqualTo("CANCELLED");
        assertThat(telegram.sentTo(7)).isEmpty();
        assertThat(deadLetters.count()).isZero();
    }

    @Test
    void chatNotFoundIsDeactivated() {
        subscribers.subscribe(7, "private", "Gone", Instant.now());
        telegram.answerNextSendTo(7, FakeBotApi.errorResponse(400, "Bad Request: chat not found"));
        push("e1");
        rig.start(telegram.gateway(), Settings.defaults());
        await().atMost(Duration.ofSeconds(10)).until(() -> !subscribers.isActive(7));
        assertThat(rig.state(7, "e1")).isEqualTo("CANCELLED");
    }

    @Test
    void upgradedGroupIsMovedToTheSupergroupAndGetsTheMessageThere() {
        long supergroup = -1001234567890123L;
        subscribers.subscribe(-555, "group", "Front watchers", Instant.now());
        telegram.answerNextSendTo(-555, FakeBotApi.errorResponse(400,
                "Bad Request: group chat was upgraded to a supergroup chat", "{\"migrate_to_chat_id\":" + supergroup + "}"));
        push("e1");
        rig.start(telegram.gateway(), Settings.defaults());

        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sentTo(supergroup).size() == 1
                && rig.state(supergroup, "e1").equals("SENT"));
        assertThat(subscribers.isActive(-555)).isFalse();
        assertThat(subscribers.isActive(supergroup)).isTrue();
        assertThat(rig.state(supergroup, "e1")).isEqualTo("SENT");
        assertThat(telegram.sentTo(-555)).isEmpty();
    }

    @Test
    void serverErrorsAreRetriedWithBackoffThenBecomeDeadLetters() {
        subscribers.subscribe(1, "private", "Unlucky", Instant.now());
        subscribers.subscribe(2, "private", "Lucky", Instant.now());
        for (int i = 0; i < 5; i++) {
            telegram.failNextSendTo(1, 502, "<html>Bad Gateway</html>");
        }
        telegram.answerNextSendTo(2, FakeBotApi.errorResponse(500, "Internal Server Error"));
        telegram.failNextSendTo(2, 504, "Gateway Timeout");
        push("e1");
        rig.start(telegram.gateway(), Settings.defaults().maxAttempts(3).retryBase(Duration.ofMillis(50)));

        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sentTo(2).size() == 1 && deadLetters.count() == 1);
        assertThat(deadLetters.newest(10)).singleElement().satisfies(dead -> {
            assertThat(dead.chatId()).isEqualTo(1);
            assertThat(dead.kind()).isEqualTo("PUSH");
            assertThat(dead.entryId()).isEqualTo("e1");
            assertThat(dead.attempts()).isEqualTo(3);
            assertThat(dead.deadAt()).isNotNull();
        });
        assertThat(deadLetters.countSince(Instant.now().minusSeconds(60))).isOne();
        assertThat(telegram.sentTo(1)).isEmpty();

        assertThat(deadLetters.requeue(deadLetters.newest(1).get(0).outboxId(), Instant.now())).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sentTo(1).size() == 1);
        assertThat(deadLetters.count()).isZero();
    }

    @Test
    void retryAfterMakesThatChatWaitWhileOthersGoOn() {
        subscribers.subscribe(1, "private", "Flooded", Instant.now());
        subscribers.subscribe(2, "private", "Calm", Instant.now());
        telegram.answerNextSendTo(1, FakeBotApi.errorResponse(429, "Too Many Requests: retry after 2", "{\"retry_after\":2}"));
        rig.start(telegram.gateway(), Settings.defaults());
        long started = System.nanoTime();
        push("e1");

        await().atMost(Duration.ofSeconds(2)).until(() -> telegram.sentTo(2).size() == 1);
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(1000);
        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sentTo(1).size() == 1);
        assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(1900);
        assertThat(rig.meters.counter("sitrep.telegram.429", "scope", "chat").count()).isOne();
    }

    @Test
    void pushesGoAsPaidBroadcastWhenItIsOnButRepliesDoNot() {
        rig.subscribe(1, 3);
        rig.start(telegram.gateway(), Settings.defaults().paid(1000));
        push("e1");
        outbox.enqueueReply(99, null, List.of("pong"), Instant.now());
        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sent().size() == 4);
        assertThat(telegram.requests("sendmessage")).allSatisfy(body ->
                assertThat(body.path("allow_paid_broadcast").asBoolean()).isEqualTo(body.path("chat_id").asLong() != 99));
    }

    @Test
    void queueingTheSameEntryTwiceSendsItOnce() {
        rig.subscribe(1, 3);
        push("e1");
        push("e1");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox").query(Long.class).single()).isEqualTo(3);
        rig.start(telegram.gateway(), Settings.defaults());
        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sent().size() == 3 && outbox.pendingCount() == 0);
        push("e1");
        assertThat(outbox.pendingCount()).isZero();
    }
}
