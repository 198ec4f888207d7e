package io.sitrep.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.sitrep.shared.SqlTime;
import io.sitrep.subscription.SubscriberStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A push written out chunk by chunk, just ahead of the sender, reaches every plain subscriber once, and none of the
 * others, in every chunk.
 */
@DeliveryTest
class PushFanoutTests {

    private static final long FIRST = 2_000_000;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Outbox outbox;
    @Autowired
    OutboxSignal signal;
    @Autowired
    SubscriberStore subscribers;

    private DeliveryRig rig;

    @BeforeEach
    void setUp() {
        rig = new DeliveryRig(jdbc, outbox, signal, subscribers);
        for (String table : List.of("subscription_topic", "keyword_filter", "chat_settings")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }

    @AfterEach
    void tearDown() throws Exception {
        rig.close();
    }

    @Test
    void everyChunkSkipsTheChatsThatAreNotPlainAndWritesTheRestOnce() {
        rig.subscribe(FIRST, 5_500);
        long topic = FIRST + 100;      // first chunk, written in the entry's transaction
        long filter = FIRST + 3_500;   // second chunk
        long digest = FIRST + 5_400;   // last chunk
        long plainTopic = FIRST + 4_000;
        Instant now = Instant.now();
        jdbc.sql("INSERT INTO subscription_topic (chat_id, thread_id, topic, created_at) VALUES (?, 0, 'casualties', ?), (?, 0, 'all', ?)")
                .params(topic, SqlTime.of(now), plainTopic, SqlTime.of(now)).update();
        jdbc.sql("INSERT INTO keyword_filter (chat_id, thread_id, word, included) VALUES (?, 0, 'aleppo', TRUE)").param(filter).update();
        jdbc.sql("INSERT INTO chat_settings (chat_id, mode) VALUES (?, 'HOURLY')").param(digest).update();

        int first = outbox.enqueuePush("wide", "v1", List.of("<b>UPDATE</b> wide"), now);
        sendEverythingUntilTheFanoutIsDone();

        assertThat(first).isEqualTo(Outbox.CHUNK - 1);
        List<Long> chats = jdbc.sql("SELECT chat_id FROM outbox WHERE entry_id = 'wide' ORDER BY chat_id").query(Long.class).list();
        assertThat(chats).hasSize(5_500 - 3).doesNotHaveDuplicates().doesNotContain(topic, filter, digest).contains(plainTopic);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox WHERE entry_id = 'wide' AND state = 'SENT'").query(Long.class).single())
                .isEqualTo(5_497);
    }

    @Test
    void aLargePushIsRecordedAtOnceButItsRowsAreWrittenOnlyAheadOfTheSender() throws Exception {
        rig.subscribe(FIRST, 12_000);
        jdbc.sql("INSERT INTO chat_settings (chat_id, mode) VALUES (?, 'HOURLY')").param(FIRST + 9_000).update();
        int first = outbox.enqueuePush("big", "v1", List.of("<b>UPDATE</b> big"), Instant.now());

        assertThat(first).isEqualTo(Outbox.CHUNK);
        assertThat(outbox.chatsReached("big")).isEqualTo(11_999);
        Thread.sleep(1_000); // the fan-out runs, but nothing has been sent
        assertThat(rows("big")).isEqualTo(Outbox.CHUNK);

        markSent(1_500);
        await().atMost(Duration.ofSeconds(10)).until(() -> rows("big") == 2L * Outbox.CHUNK);
        Thread.sleep(500);
        assertThat(rows("big")).isEqualTo(2L * Outbox.CHUNK);
        assertThat(outbox.chatsReached("big")).isEqualTo(11_999);

        sendEverythingUntilTheFanoutIsDone();
        assertThat(jdbc.sql("SELECT chat_id FROM outbox WHERE entry_id = 'big'").query(Long.class).list())
                .hasSize(11_999).doesNotHaveDuplicates().doesNotContain(FIRST + 9_000);
    }

    @Test
    void aChatGetsTheSecondPartOfALongEntryRightAfterTheFirstNotAfterEveryChatGotTheFirst() {
        rig.subscribe(FIRST, 6_000);
        outbox.enqueuePush("long", "v1", List.of("<b>UPDATE</b> long, part one", "part two"), Instant.now());
        sendEverythingUntilTheFanoutIsDone();

        long secondPartEarly = id("long", 1, FIRST + 2_500);   // second chunk
        long firstPartLate = id("long", 0, FIRST + 5_500);     // third chunk
        assertThat(secondPartEarly).isLessThan(firstPartLate);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox WHERE entry_id = 'long'").query(Long.class).single()).isEqualTo(12_000);
    }

    private long rows(String entryId) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox WHERE entry_id = ?").param(entryId).query(Long.class).single();
    }

    private long id(String entryId, int part, long chatId) {
        return jdbc.sql("SELECT id FROM outbox WHERE entry_id = ? AND part = ? AND chat_id = ?")
                .params(entryId, part, chatId).query(Long.class).single();
    }

    /** What the sender does to the oldest waiting rows, without Telegram. */
    private void markSent(int count) {
        jdbc.sql("UPDATE outbox SET state = 'SENT', sent_at = CURRENT_TIMESTAMP, telegram_message_id = id "
                + "WHERE id IN (SELECT id FROM outbox WHERE state = 'PENDING' ORDER BY id LIMIT ?)").param(count).update();
    }

    private void sendEverythingUntilTheFanoutIsDone() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            markSent(5_000);
            return jdbc.sql("SELECT COUNT(*) FROM push_fanout").query(Long.class).single() == 0
                    && jdbc.sql("SELECT COUNT(*) FROM outbox WHERE state = 'PENDING'").query(Long.class).single() == 0;
        });
    }
}
