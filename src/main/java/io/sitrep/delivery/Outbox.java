package io.sitrep.delivery;

import java.time.Instant;
import java.util.List;

import io.sitrep.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Messages waiting to be sent, one row per (chat, message). Writing here is part of the caller's transaction, so
 * a push is recorded together with the entry that caused it; the {@link OutboxSender} drains it.
 */
@Repository
public class Outbox {

    /** Command replies go before pushes. */
    public static final int REPLY = 0;
    public static final int PUSH = 1;

    /** A row due for sending. */
    record Due(long id, long chatId, Integer threadId, long messageId, int priority, int attempts, String text) {
    }

    private final JdbcClient jdbc;
    private final OutboxSignal signal;

    Outbox(JdbcClient jdbc, OutboxSignal signal) {
        this.jdbc = jdbc;
        this.signal = signal;
    }

    /** Queues a reply (in parts) to one chat, ahead of any push. */
    public void enqueueReply(long chatId, Integer threadId, List<String> parts, Instant now) {
        for (String part : parts) {
            long messageId = insertMessage("REPLY", null, null, 0, part, now);
            jdbc.sql("INSERT INTO outbox (chat_id, thread_id, message_id, priority, state, next_attempt_at, created_at) "
                            + "VALUES (?, ?, ?, ?, 'PENDING', ?, ?)")
                    .params(chatId, threadId, messageId, REPLY, SqlTime.of(now), SqlTime.of(now)).update();
        }
        wakeAfterCommit();
    }

    /** Queues one entry's push (in parts) for every active subscriber; returns the number of rows written. */
    public int enqueuePush(String entryId, String version, List<String> parts, Instant now) {
        int rows = 0;
        for (int part = 0; part < parts.size(); part++) {
            long messageId = insertMessage("PUSH", entryId, version, part, parts.get(part), now);
            rows += jdbc.sql("INSERT INTO outbox (chat_id, message_id, priority, state, next_attempt_at, created_at) "
                            + "SELECT chat_id, ?, ?, 'PENDING', ?, ? FROM subscriber WHERE active = TRUE")
                    .params(messageId, PUSH, SqlTime.of(now), SqlTime.of(now)).update();
        }
        wakeAfterCommit();
        return rows;
    }

    private long insertMessage(String kind, String entryId, String version, int part, String text, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO message (kind, entry_id, entry_version, part, text, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(kind, entryId, version, part, text, SqlTime.of(now))
                .update(key, "id");
        return key.getKey().longValue();
    }

    List<Due> due(Instant now, int limit) {
        return jdbc.sql("SELECT o.id, o.chat_id, o.thread_id, o.message_id, o.priority, o.attempts, m.text FROM outbox o "
                        + "JOIN message m ON m.id = o.message_id "
                        + "WHERE o.state = 'PENDING' AND o.next_attempt_at <= ? ORDER BY o.priority, o.id LIMIT ?")
                .params(SqlTime.of(now), limit)
                .query((rs, i) -> new Due(rs.getLong(1), rs.getLong(2), (Integer) rs.getObject(3), rs.getLong(4),
                        rs.getInt(5), rs.getInt(6), rs.getString(7)))
                .list();
    }

    void markSent(long id, long telegramMessageId, Instant now) {
        jdbc.sql("UPDATE outbox SET state = 'SENT', sent_at = ?, telegram_message_id = ?, attempts = attempts + 1 WHERE id = ?")
                .params(SqlTime.of(now), telegramMessageId, id).update();
    }

    void retryAt(long id, Instant when, boolean countAttempt, String error) {
        jdbc.sql("UPDATE outbox SET state = 'PENDING', next_attempt_at = ?, attempts = attempts + ?, last_error = ? "
                        + "WHERE id = ? AND state IN ('PENDING', 'SENDING')")
                .params(SqlTime.of(when), countAttempt ? 1 : 0, truncate(error), id).update();
    }

    /** Gives up on a row: DEAD rows are kept for editors to see. */
    void markDead(long id, String error) {
        jdbc.sql("UPDATE outbox SET state = 'DEAD', attempts = attempts + 1, last_error = ? WHERE id = ?")
                .params(truncate(error), id).update();
    }

    /** Drops every unsent push to a chat that left or blocked the bot. */
    public int cancelPending(long chatId, String reason) {
        return jdbc.sql("UPDATE outbox SET state = 'CANCELLED', last_error = ? WHERE chat_id = ? AND state = 'PENDING' AND priority = ?")
                .params(truncate(reason), chatId, PUSH).update();
    }

    /** Moves unsent rows of a group to its new supergroup id. */
    void moveChat(long oldChatId, long newChatId) {
        jdbc.sql("UPDATE outbox SET chat_id = ?, next_attempt_at = next_attempt_at WHERE chat_id = ? AND state = 'PENDING' "
                        + "AND message_id NOT IN (SELECT message_id FROM outbox WHERE chat_id = ?)")
                .params(newChatId, oldChatId, newChatId).update();
        jdbc.sql("UPDATE outbox SET state = 'CANCELLED', last_error = 'moved to supergroup' WHERE chat_id = ? AND state = 'PENDING'")
                .param(oldChatId).update();
    }

    public long pendingCount() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox WHERE state = 'PENDING'").query(Long.class).single();
    }

    private void wakeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    signal.wake();
                }
            });
        } else {
            signal.wake();
        }
    }

    private static String truncate(String text) {
        return text == null ? null : text.length() <= 500 ? text : text.substring(0, 497) + "...";
    }
}
