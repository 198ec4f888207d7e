package io.sitrep.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.sitrep.briefing.PushRendering;
import io.sitrep.briefing.ReaderSettings;
import io.sitrep.chat.FakeBotApi;
import io.sitrep.shared.SqlTime;
import io.sitrep.source.Entry;
import io.sitrep.source.EntryEdited;
import io.sitrep.source.EntryKind;
import io.sitrep.source.EntryPublished;
import io.sitrep.source.EntryRetracted;
import io.sitrep.language.Language;
import io.sitrep.subscription.ChatSettings;
import io.sitrep.subscription.Recipient;
import io.sitrep.subscription.SettingsStore;
import io.sitrep.subscription.SubscriptionStore;
import io.sitrep.subscription.Topic;
import io.sitrep.subscription.SubscriberStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a push's sent records are packed, subscribers notice nothing: an edit still edits every chat's own message, a
 * retraction strikes every one out, an added part reaches every chat, the entry seen again sends nothing twice, and
 * an editor's count of the chats reached stays the same.
 */
@DeliveryTest
class SentPackTests {

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
    SentPacker packer;
    @Autowired
    PushRendering rendering;
    @Autowired
    SettingsStore settings;
    @Autowired
    SubscriptionStore subscriptions;

    private FakeBotApi telegram;
    private DeliveryRig rig;

    private static final long GROUP = -1001234567890L;
    /** Five private chats and a group. */
    private static final int CHATS = 6;

    private final Entry v1 = DeliveryRig.entry("e1", "v1", "Shelling reported in Aleppo.");
    private final Entry v2 = DeliveryRig.entry("e1", "v2", "Heavy shelling reported in eastern Aleppo.");

    @BeforeEach
    void setUp() throws Exception {
        telegram = new FakeBotApi();
        rig = new DeliveryRig(jdbc, outbox, signal, subscribers);
        rig.subscribe(GROUP, 1);
        rig.subscribe(1, 5);
        storeEntry(v1);
    }

    @AfterEach
    void tearDown() throws Exception {
        rig.close();
        telegram.close();
    }

    @Test
    void anEditOfAPackedPushEditsEveryChatsOwnMessageAndSendsNothingNew() {
        sendAndPack();

        publish(new EntryEdited(v1, v2));

        await().atMost(Duration.ofSeconds(15)).until(() -> telegram.edited().size() == CHATS);
        for (FakeBotApi.Edited edit : telegram.edited()) {
            assertThat(edit.text()).contains("Heavy shelling");
            assertThat(edit.messageId()).isEqualTo(telegram.sentTo(edit.chatId()).get(0).messageId());
        }
        assertThat(telegram.edited()).extracting(FakeBotApi.Edited::chatId).doesNotHaveDuplicates().contains(GROUP);
        assertThat(telegram.sent()).hasSize(CHATS);
    }

    @Test
    void chatsReadingInTheirOwnZoneOrLanguageArePackedTooAndAnEditOrRetractionReachesEachInItsOwnRendering() {
        long kyiv = 40;
        long berlin = 41;
        rig.subscribe(kyiv, 2);
        settings.save(ChatSettings.defaults(kyiv).withZone(ZoneId.of("Europe/Kyiv")));
        settings.save(ChatSettings.defaults(berlin).withLanguage(Language.GERMAN));
        subscriptions.add(new Recipient(kyiv, null), Topic.ALL, Instant.now());
        subscriptions.add(new Recipient(berlin, null), Topic.ALL, Instant.now());
        int chats = CHATS + 2;
        publish(new EntryPublished(v1));
        rig.start(telegram.gateway(), Settings.defaults().perSecond(1000));
        await().atMost(Duration.ofSeconds(15)).until(() -> telegram.sent().size() == chats);
        await().atMost(Duration.ofSeconds(5)).until(() -> jdbc.sql("SELECT COUNT(*) FROM outbox WHERE entry_id = 'e1' AND state = 'SENT'")
                .query(Long.class).single() == chats);
        String kyivPush = telegram.sentTo(kyiv).get(0).text();
        String germanPush = telegram.sentTo(berlin).get(0).text();
        assertThat(kyivPush).contains("(21:45 GMT)");
        assertThat(germanPush).isNotEqualTo(telegram.sentTo(1).get(0).text());

        assertThat(packAll()).isEqualTo(chats);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox WHERE entry_id = 'e1'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sent_pack WHERE entry_id = 'e1'").query(Long.class).single())
                .as("one pack per reader: GMT in English, Kyiv time, German").isEqualTo(3);
        assertThat(outbox.chatsReached("e1")).isEqualTo(chats);

        publish(new EntryEdited(v1, v2));
        await().atMost(Duration.ofSeconds(15)).until(() -> telegram.edited().size() == chats);
        assertThat(lastEditByChat().get(kyiv)).contains("Heavy shelling").contains("(21:45 GMT)");
        assertThat(lastEditByChat().get(berlin)).contains("Heavy shelling")
                .isEqualTo(rendering.render(v2, ReaderSettings.of(java.time.ZoneOffset.UTC, Language.GERMAN)).get(0));
        assertThat(lastEditByChat().get(1L)).doesNotContain("(21:45 GMT)")
                .isEqualTo(rendering.render(v2, ReaderSettings.GMT).get(0));
        for (FakeBotApi.Edited edit : telegram.edited()) {
            assertThat(edit.messageId()).isEqualTo(telegram.sentTo(edit.chatId()).get(0).messageId());
        }

        assertThat(packAll()).as("the edited records are packed again").isEqualTo(chats);
        publish(new EntryRetracted(v2));
        await().atMost(Duration.ofSeconds(15)).until(() -> telegram.edited().size() == 2 * chats);
        assertThat(lastEditByChat().get(kyiv)).startsWith("\u274c <b>RETRACTED</b>").contains("(21:45 GMT)");
        assertThat(lastEditByChat()).hasSize(chats).allSatisfy((chat, text) -> assertThat(text).contains("<s>"));
        assertThat(telegram.sent()).hasSize(chats);
    }

    @Test
    void aRetractionOfAPackedPushStrikesOutEveryChatsMessage() {
        sendAndPack();

        publish(new EntryRetracted(v1));

        await().atMost(Duration.ofSeconds(15)).until(() -> telegram.edited().size() == CHATS);
        assertThat(lastEditByChat()).hasSize(CHATS).allSatisfy((chat, text) -> assertThat(text)
                .startsWith("\u274c <b>RETRACTED</b>").contains("<s>").contains("Shelling reported in Aleppo"));
        assertThat(telegram.sent()).hasSize(CHATS);
    }

    @Test
    void anEditThatAddsAPartSendsTheNewPartToEveryChatOfAPackedPush() {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            paragraphs.add("Paragraph " + i + " of a longer dispatch about the shelling of eastern Aleppo today.");
        }
        Entry longer = new Entry("e1", "Test Daily", "https://example.org/live", EntryKind.UPDATE,
                Instant.parse("2016-05-08T21:45:00Z"), "Heavy shelling", paragraphs, List.of(), List.of(), "v2", 0);
        assertThat(rendering.render(longer, ReaderSettings.GMT)).hasSize(2);
        sendAndPack();

        publish(new EntryEdited(v1, longer));

        await().atMost(Duration.ofSeconds(15)).until(() -> telegram.sent().size() == 2 * CHATS && telegram.edited().size() == CHATS);
        for (long chat : chats()) {
            List<FakeBotApi.Sent> got = telegram.sentTo(chat);
            assertThat(got).hasSize(2);
            assertThat(got.get(1).text()).contains("Paragraph 59");
        }
        assertThat(lastEditByChat()).hasSize(CHATS).allSatisfy((chat, text) -> assertThat(text).contains("Paragraph 0"));
    }

    @Test
    void packingLeavesNoOutboxRowAndTheChatsReachedCountAsBefore() {
        long before = sendAndCount();

        int packed = packAll();

        assertThat(packed).isEqualTo(CHATS);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox WHERE entry_id = 'e1'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT chats FROM sent_pack WHERE entry_id = 'e1'").query(Integer.class).list()).containsExactly(CHATS);
        assertThat(before).isEqualTo(CHATS);
        assertThat(outbox.chatsReached("e1")).isEqualTo(before);
    }

    @Test
    void aPackedChatIsNotSentThePushAgainWhenTheEntryIsSeenAgainOrReleasedFromADigest() {
        sendAndPack();

        publish(new EntryPublished(v1));
        Integer released = transactions.execute(status -> outbox.enqueuePush("e1", "v1",
                rendering.render(v1, ReaderSettings.GMT), List.of(new Recipient(3, null), new Recipient(GROUP, null)), Instant.now()));

        assertThat(released).isZero();
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3))
                .until(() -> telegram.sent().size() == CHATS && telegram.edited().isEmpty());
        assertThat(outbox.chatsReached("e1")).isEqualTo(CHATS);
    }

    @Test
    void theNewestEditWinsWhenThePackerRunsWhileTheEditIsBeingRecorded() throws Exception {
        sendAndCount();
        CountDownLatch editRecorded = new CountDownLatch(1);
        CompletableFuture<Void> edit = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            events.publishEvent(new EntryEdited(v1, v2));
            editRecorded.countDown();
            sleep(700); // the edit's transaction stays open while the packer tries to pack the same rows
        }));
        assertThat(editRecorded.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Integer> packing = CompletableFuture.supplyAsync(this::packAll);
        sleep(300);
        assertThat(packing).as("the packer waits for the edit's lock on the entry").isNotDone();
        edit.get(10, TimeUnit.SECONDS);

        assertThat(packing.get(10, TimeUnit.SECONDS)).as("edits waiting to be sent are not packed").isZero();
        await().atMost(Duration.ofSeconds(15)).until(() -> telegram.edited().size() == CHATS);
        assertThat(lastEditByChat()).hasSize(CHATS).allSatisfy((chat, text) -> assertThat(text).contains("Heavy shelling"));
    }

    @Test
    void editsKeepReachingEveryChatWhileThePackerRunsAllTheTime() throws Exception {
        sendAndCount();
        java.util.concurrent.atomic.AtomicBoolean packing = new java.util.concurrent.atomic.AtomicBoolean(true);
        CompletableFuture<Integer> packer = CompletableFuture.supplyAsync(() -> {
            int packed = 0;
            while (packing.get()) {
                packed += packAll();
            }
            return packed;
        });
        try {
            Entry last = v1;
            for (int version = 2; version <= 6; version++) {
                Entry next = DeliveryRig.entry("e1", "v" + version, "Shelling reported in Aleppo, version " + version + ".");
                publish(new EntryEdited(last, next));
                last = next;
                int edits = (version - 1) * CHATS;
                await().atMost(Duration.ofSeconds(15)).until(() -> telegram.edited().size() >= edits);
                await().atMost(Duration.ofSeconds(5)).until(() -> outbox.pendingCount() == 0);
            }
        } finally {
            packing.set(false);
        }
        assertThat(packer.get(10, TimeUnit.SECONDS)).as("the packer packed between the edits").isPositive();
        assertThat(lastEditByChat()).hasSize(CHATS).allSatisfy((chat, text) -> assertThat(text).contains("version 6"));
        assertThat(telegram.sent()).hasSize(CHATS);
        assertThat(outbox.chatsReached("e1")).isEqualTo(CHATS);
    }

    /** Sends v1 to every chat and waits until every row is recorded as sent; returns the chats reached. */
    private long sendAndCount() {
        publish(new EntryPublished(v1));
        rig.start(telegram.gateway(), Settings.defaults().perSecond(1000));
        await().atMost(Duration.ofSeconds(15)).until(() -> telegram.sent().size() == CHATS);
        await().atMost(Duration.ofSeconds(5)).until(() -> jdbc.sql("SELECT COUNT(*) FROM outbox WHERE entry_id = 'e1' AND state = 'SENT'")
                .query(Long.class).single() == CHATS);
        return outbox.chatsReached("e1");
    }

    private void sendAndPack() {
        sendAndCount();
        assertThat(packAll()).isEqualTo(CHATS);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox WHERE entry_id = 'e1'").query(Long.class).single()).isZero();
    }

    /** What a retention round's packing step does, for rows sent up to now. */
    private int packAll() {
        return packer.packAll(Instant.now().plusSeconds(1));
    }

    private List<Long> chats() {
        return jdbc.sql("SELECT chat_id FROM subscriber ORDER BY chat_id").query(Long.class).list();
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private Map<Long, String> lastEditByChat() {
        return telegram.edited().stream().collect(Collectors.toMap(FakeBotApi.Edited::chatId, FakeBotApi.Edited::text, (a, b) -> b));
    }

    private void storeEntry(Entry entry) {
        Instant now = Instant.now();
        jdbc.sql("INSERT INTO entry (id, source, page_url, kind, published_at, headline, paragraphs, links, media, version, "
                        + "position, first_seen, updated_at) VALUES (?, ?, ?, 'UPDATE', ?, ?, ?, '', '', ?, 0, ?, ?)")
                .params(entry.id(), entry.source(), entry.pageUrl(), SqlTime.of(entry.time()), entry.headline(),
                        String.join("\n", entry.paragraphs()), entry.version(), SqlTime.of(now), SqlTime.of(now))
                .update();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
