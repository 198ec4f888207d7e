package io.sitrep.delivery;

import io.sitrep.subscription.Recipient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.sitrep.chat.FakeBotApi;
import io.sitrep.source.Entry;
import io.sitrep.source.EntryEdited;
import io.sitrep.source.EntryPublished;
import io.sitrep.source.EntryRetracted;
import io.sitrep.subscription.ChatSettings;
import io.sitrep.subscription.SettingsStore;
import io.sitrep.subscription.SubscriberStore;
import io.sitrep.subscription.SubscriptionStore;
import io.sitrep.subscription.Topic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Edits and withdrawals of entries reach every chat that has the entry, exactly as far as each chat got. */
@DeliveryTest
class EditPlannerTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Outbox outbox;
    @Autowired
    OutboxSignal signal;
    @Autowired
    SubscriberStore subscribers;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    SubscriptionStore subscriptions;
    @Autowired
    SettingsStore settings;

    private FakeBotApi telegram;
    private DeliveryRig rig;

    private final Entry v1 = DeliveryRig.entry("e1", "v1", "Shelling reported in Aleppo.");
    private final Entry v2 = DeliveryRig.entry("e1", "v2", "Heavy shelling reported in eastern Aleppo.");

    @BeforeEach
    void setUp() throws Exception {
        telegram = new FakeBotApi();
        rig = new DeliveryRig(jdbc, outbox, signal, subscribers);
        rig.subscribe(1, 3);
    }

    @AfterEach
    void tearDown() throws Exception {
        rig.close();
        telegram.close();
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private Map<Long, String> lastEditByChat() {
        return telegram.edited().stream().collect(Collectors.toMap(FakeBotApi.Edited::chatId, FakeBotApi.Edited::text, (a, b) -> b));
    }

    @Test
    void editedEntryEditsEveryMessageAlreadySent() {
        publish(new EntryPublished(v1));
        rig.start(telegram.gateway(), Settings.defaults());
        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sent().size() == 3);

        publish(new EntryEdited(v1, v2));
        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.edited().size() == 3);
        for (FakeBotApi.Edited edit : telegram.edited()) {
            assertThat(edit.text()).contains("Heavy shelling");
            assertThat(edit.messageId()).isEqualTo(telegram.sentTo(edit.chatId()).get(0).messageId());
        }
        assertThat(telegram.sent()).hasSize(3);
        await().atMost(Duration.ofSeconds(2)).until(() -> outbox.pendingCount() == 0);
    }

    @Test
    void unsentMessagesOfAnEditedEntrySendTheNewTextAndNeedNoEdit() {
        publish(new EntryPublished(v1));
        publish(new EntryEdited(v1, v2));
        rig.start(telegram.gateway(), Settings.defaults());
        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sent().size() == 3);
        assertThat(telegram.sent()).allSatisfy(sent -> assertThat(sent.text()).contains("Heavy shelling"));
        await().during(Duration.ofMillis(500)).until(() -> telegram.edited().isEmpty());
    }

    @Test
    void retractionStrikesSentMessagesAndCancelsUnsentOnes() {
        for (int i = 0; i < 3; i++) {
            telegram.failNextSendTo(3, 502, "Bad Gateway"); // chat 3 is still waiting to retry when the entry is withdrawn
        }
        publish(new EntryPublished(v1));
        rig.start(telegram.gateway(), Settings.defaults().retryBase(Duration.ofSeconds(30)));
        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sent().size() == 2);

        publish(new EntryRetracted(v1));
        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.edited().size() == 2);
        assertThat(lastEditByChat().values()).allSatisfy(text ->
                assertThat(text).startsWith("\u274c <b>RETRACTED</b>").contains("<s>").contains("Shelling reported in Aleppo"));
        assertThat(rig.state(3, "e1")).isEqualTo("CANCELLED");
        assertThat(telegram.sentTo(3)).isEmpty();
    }

    @Test
    void anEditArrivingWhileTheSendIsInFlightStillEndsWithTheNewText() {
        telegram.delaySends(700);
        publish(new EntryPublished(v1));
        rig.start(telegram.gateway(), Settings.defaults());
        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sendsInFlight() == 3);

        publish(new EntryEdited(v1, v2));
        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.edited().size() == 3);
        assertThat(telegram.sent()).allSatisfy(sent -> assertThat(sent.text()).contains("Shelling reported in Aleppo"));
        assertThat(lastEditByChat().values()).allSatisfy(text -> assertThat(text).contains("Heavy shelling"));
        await().atMost(Duration.ofSeconds(2)).until(() -> outbox.pendingCount() == 0);
    }

    @Test
    void anEntryBackAfterItsWithdrawalIsRestoredWhereItWasStruckOut() {
        publish(new EntryPublished(v1));
        rig.start(telegram.gateway(), Settings.defaults());
        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sent().size() == 3);
        publish(new EntryRetracted(v1));
        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.edited().size() == 3);

        publish(new EntryPublished(v2));
        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.edited().size() == 6);
        assertThat(lastEditByChat().values()).allSatisfy(text ->
                assertThat(text).doesNotContain("RETRACTED").contains("Heavy shelling"));
        assertThat(telegram.sent()).hasSize(3);
    }

    @Test
    void aRetractionStrikesOutEachChatsOwnRenderingWithItsFooterAndLocalTime() {
        long kyiv = 4;
        rig.subscribe(kyiv, 1);
        subscriptions.add(new Recipient(kyiv, null), Topic.ALL, Instant.now());
        settings.save(ChatSettings.defaults(kyiv).withZone(ZoneId.of("Europe/Kyiv")));
        try {
            Entry darayya = DeliveryRig.entry("e2", "v1", "Activists say regime shelling killed 12 civilians in Darayya.");
            publish(new EntryPublished(darayya));
            rig.start(telegram.gateway(), Settings.defaults());
            await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sent().size() == 4);
            String gmtPush = telegram.sentTo(1).get(0).text();
            String kyivPush = telegram.sentTo(kyiv).get(0).text();
            assertThat(gmtPush).contains("UPDATE 21:45 GMT</b>").contains("\ud83d\udccd /daraya").contains("\ud83e\ude78 ");
            assertThat(kyivPush).isEqualTo(gmtPush.replace("UPDATE 21:45 GMT", "UPDATE 00:45 (21:45 GMT)"));

            publish(new EntryRetracted(darayya));
            await().atMost(Duration.ofSeconds(10)).until(() -> telegram.edited().size() == 4);
            assertThat(lastEditByChat()).containsEntry(1L, RetractionNotice.of(gmtPush)).containsEntry(kyiv, RetractionNotice.of(kyivPush));
        } finally {
            jdbc.sql("DELETE FROM subscription_topic WHERE chat_id = ?").param(kyiv).update();
            jdbc.sql("DELETE FROM chat_settings WHERE chat_id = ?").param(kyiv).update();
        }
    }

    @Test
    void aFailedEditIsRetriedAndARefusedOneBecomesADeadLetter() {
        publish(new EntryPublished(v1));
        rig.start(telegram.gateway(), Settings.defaults().retryBase(Duration.ofMillis(50)));
        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sent().size() == 3);
        telegram.failNextEditIn(1, 502, "Bad Gateway");
        telegram.failNextEditIn(2, 400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: message to edit not found\"}");

        publish(new EntryEdited(v1, v2));
        await().atMost(Duration.ofSeconds(10)).until(() -> lastEditByChat().keySet().containsAll(List.of(1L, 3L)));
        await().atMost(Duration.ofSeconds(10)).until(() -> outbox.pendingCount() == 0);
        assertThat(jdbc.sql("SELECT state FROM outbox WHERE chat_id = 2").query(String.class).single()).isEqualTo("DEAD");
        assertThat(new DeadLetters(jdbc, signal).newest(5)).singleElement()
                .satisfies(dead -> assertThat(dead.kind()).isEqualTo("EDIT"));
    }

    @Test
    void aHugeEntryIsAFewMessagesEndingWithALinkAndItsWithdrawalAFewEdits() {
        // About 150 KB of text: some 40 messages per chat (and 40 edits to withdraw it) before issue 18.
        List<String> paragraphs = new java.util.ArrayList<>();
        for (int i = 0; paragraphs.size() < 2_500; i++) {
            paragraphs.add("Paragraph " + i + " of a very long dispatch about the shelling of Aleppo.");
        }
        Entry huge = new Entry("big", "Test Daily", "https://example.org/live", io.sitrep.source.EntryKind.UPDATE,
                Instant.parse("2016-05-08T21:45:00Z"), "A very long dispatch.", paragraphs, List.of(), List.of(), "v1", 0);
        publish(new EntryPublished(huge));
        rig.start(telegram.gateway(), Settings.defaults());
        await().atMost(Duration.ofSeconds(20)).until(() -> telegram.sent().size() >= 9);
        await().during(Duration.ofMillis(500)).until(() -> telegram.sent().size() == 9); // 3 chats x 3 parts, no more

        for (long chat = 1; chat <= 3; chat++) {
            List<FakeBotApi.Sent> parts = telegram.sentTo(chat);
            assertThat(parts).hasSize(3).allSatisfy(p -> assertThat(p.text().length()).isLessThanOrEqualTo(4096));
            assertThat(parts.get(2).text()).contains("<a href=\"https://example.org/live\">Read the rest on the live blog</a>")
                    .contains("more parts not sent here");
        }

        publish(new EntryRetracted(huge));
        await().atMost(Duration.ofSeconds(20)).until(() -> telegram.edited().size() == 9);
        await().during(Duration.ofMillis(500)).until(() -> telegram.edited().size() == 9);
        assertThat(lastEditByChat().values()).allSatisfy(t -> assertThat(t).startsWith("\u274c <b>RETRACTED</b>"));
    }
}
