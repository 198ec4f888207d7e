package io.sitrep.subscription;

import java.time.Instant;
import java.util.List;

import io.sitrep.shared.SqlTime;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** UPDATEs waiting for a chat's digest or for its quiet hours to end. */
@Repository
public class HeldPushes {

    /** One held UPDATE. */
    public record Held(long id, Recipient to, String entryId, Instant heldAt) {
    }

    private final JdbcClient jdbc;

    HeldPushes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void hold(Recipient to, String entryId, Instant now) {
        long present = jdbc.sql("SELECT COUNT(*) FROM held_push WHERE chat_id = ? AND thread_id = ? AND entry_id = ?")
                .params(to.chatId(), SubscriptionStore.thread(to), entryId).query(Long.class).single();
        if (present == 0) {
            jdbc.sql("INSERT INTO held_push (chat_id, thread_id, entry_id, held_at) VALUES (?, ?, ?, ?)")
                    .params(to.chatId(), SubscriptionStore.thread(to), entryId, SqlTime.of(now)).update();
        }
    }

    /** The chats with anything held. */
    List<Long> chats() {
        return jdbc.sql("SELECT DISTINCT chat_id FROM held_push ORDER BY chat_id").query(Long.class).list();
    }

    /** Everything held for a chat, oldest first. */
    public List<Held> of(long chatId) {
        return jdbc.sql("SELECT id, chat_id, thread_id, entry_id, held_at FROM held_push WHERE chat_id = ? ORDER BY held_at, id")
                .param(chatId)
                .query((rs, i) -> new Held(rs.getLong(1), SubscriptionStore.recipient(rs.getLong(2), rs.getInt(3)),
                        rs.getString(4), SqlTime.read(rs, "held_at")))
                .list();
    }

    void release(List<Held> held) {
        held.forEach(h -> jdbc.sql("DELETE FROM held_push WHERE id = ?").param(h.id()).update());
    }

    /** Forgets every held copy of an entry (it was withdrawn). */
    void dropEntry(String entryId) {
        jdbc.sql("DELETE FROM held_push WHERE entry_id = ?").param(entryId).update();
    }

    /** Forgets what was held for a chat that unsubscribed. */
    /** A chat that stopped receiving gets none of what was held for it. */
    @EventListener
    void on(ChatUnsubscribed unsubscribed) {
        dropChat(unsubscribed.chatId());
    }

    public void dropChat(long chatId) {
        jdbc.sql("DELETE FROM held_push WHERE chat_id = ?").param(chatId).update();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM held_push").query(Long.class).single();
    }
}
