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

/** A push written out chunk by chunk reaches every plain subscriber once, and none of the others, in every chunk. */
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
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM push_fanout").query(Long.class).single() == 0);

        assertThat(first).isEqualTo(Outbox.CHUNK - 1);
        List<Long> chats = jdbc.sql("SELECT chat_id FROM outbox WHERE entry_id = 'wide' ORDER BY chat_id").query(Long.class).list();
        assertThat(chats).hasSize(5_500 - 3).doesNotHaveDuplicates().doesNotContain(topic, filter, digest).contains(plainTopic);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox WHERE entry_id = 'wide' AND state = 'PENDING'").query(Long.class).single())
                .isEqualTo(5_497);
    }
}
