package io.sitrep.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.sitrep.shared.SqlTime;
import io.sitrep.chat.ChatGateway;
import io.sitrep.source.Entry;
import io.sitrep.source.EntryKind;
import io.sitrep.subscription.SubscriberStore;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the sender tests share: a clean database, subscribers, entries, and a sender of their own to start. */
final class DeliveryRig implements AutoCloseable {

    final JdbcClient jdbc;
    final Outbox outbox;
    final OutboxSignal signal;
    final SubscriberStore subscribers;
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private OutboxSender sender;

    DeliveryRig(JdbcClient jdbc, Outbox outbox, OutboxSignal signal, SubscriberStore subscribers) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.signal = signal;
        this.subscribers = subscribers;
        // The cursor first: the fan-out would otherwise write its next chunk between the two deletes.
        for (String table : List.of("push_fanout", "outbox", "sent_pack", "message", "chat_settings", "subscription_topic", "subscriber", "entry")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }

    /** Subscribes chats fast, straight in the table. */
    void subscribe(long fromChat, int count) {
        jdbc.sql("INSERT INTO subscriber (chat_id, chat_type, title, since, active) "
                        + "SELECT ? + x - 1, CASE WHEN ? + x - 1 < 0 THEN 'group' ELSE 'private' END, NULL, ?, TRUE "
                        + "FROM SYSTEM_RANGE(1, ?)")
                .params(fromChat, fromChat, SqlTime.of(Instant.now()), count).update();
    }

    OutboxSender start(ChatGateway gateway, Settings settings) {
        sender = new OutboxSender(outbox, signal, gateway, subscribers, settings.build(), meters, Clock.systemUTC(),
                System::nanoTime, false);
        sender.start();
        return sender;
    }

    String state(long chatId, String entryId) {
        return jdbc.sql("SELECT state FROM outbox WHERE chat_id = ? AND entry_id = ? AND part = 0")
                .params(chatId, entryId).query(String.class).single();
    }

    static Entry entry(String id, String version, String text) {
        return new Entry(id, "Test Daily", "https://example.org/live", EntryKind.UPDATE, Instant.parse("2016-05-08T21:45:00Z"),
                text, List.of(text), List.of(), List.of(), version, 0);
    }

    @Override
    public void close() {
        if (sender != null) {
            sender.stop();
        }
    }
}
