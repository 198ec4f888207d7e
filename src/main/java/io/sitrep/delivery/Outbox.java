package io.sitrep.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.sitrep.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Messages waiting to be sent or edited, one row per (chat, message). Writing here is part of the caller's
 * transaction, so a push is recorded together with the entry that caused it; the {@link OutboxSender} drains it.
 *
 * <p>A push row is a slot keyed by (entry, part, chat), whatever the entry's version: {@code message_id} is the text
 * the chat should show and {@code sent_message_id} the text it shows. A PENDING row without a Telegram message id
 * is a send; one with a Telegram message id is an edit. Rows are PENDING, SENT, CANCELLED or DEAD.
 */
@Repository
public class Outbox {

    /** Command replies go before pushes. */
    public static final int REPLY = 0;
    public static final int PUSH = 1;

    /** A row due for sending (no Telegram message yet) or editing (the chat has one showing other text). */
    record Due(long id, long chatId, Integer threadId, long messageId, int priority, int attempts, String text,
               Long telegramMessageId) {

        boolean isEdit() {
            return telegramMessageId != null;
        }
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
        signal.wakeAfterCommit();
    }

    /**
     * Queues one entry's push (in parts) for every active subscriber; returns the number of rows written. Idempotent
     * per (chat, entry, part): a chat that already has the entry gets no second message, only its text brought up to
     * this version (an edit when it was already sent).
     */
    public int enqueuePush(String entryId, String version, List<String> parts, Instant now) {
        int rows = 0;
        boolean seenBefore = hasSlots(entryId);
        for (int part = 0; part < parts.size(); part++) {
            long messageId = messageFor("PUSH", entryId, version, part, parts.get(part), now);
            if (!seenBefore) {
                // The common case, kept to one plain INSERT ... SELECT: the slot key still forbids duplicates.
                rows += jdbc.sql("INSERT INTO outbox (chat_id, message_id, priority, state, next_attempt_at, created_at, entry_id, part) "
                                + "SELECT chat_id, ?, ?, 'PENDING', ?, ?, ?, ? FROM subscriber WHERE active = TRUE")
                        .params(messageId, PUSH, SqlTime.of(now), SqlTime.of(now), entryId, part).update();
                continue;
            }
            retarget(entryId, part, messageId, now);
            // An entry withdrawn before it reached some chats and now back: those chats get it after all.
            jdbc.sql("UPDATE outbox SET state = 'PENDING', message_id = ?, attempts = 0, next_attempt_at = ?, last_error = NULL "
                            + "WHERE entry_id = ? AND part = ? AND state = 'CANCELLED' AND telegram_message_id IS NULL "
                            + "AND chat_id IN (SELECT chat_id FROM subscriber WHERE active = TRUE)")
                    .params(messageId, SqlTime.of(now), entryId, part).update();
            rows += jdbc.sql("INSERT INTO outbox (chat_id, message_id, priority, state, next_attempt_at, created_at, entry_id, part) "
                            + "SELECT s.chat_id, ?, ?, 'PENDING', ?, ?, ?, ? FROM subscriber s WHERE s.active = TRUE "
                            + "AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.entry_id = ? AND o.part = ? AND o.chat_id = s.chat_id)")
                    .params(messageId, PUSH, SqlTime.of(now), SqlTime.of(now), entryId, part, entryId, part).update();
        }
        signal.wakeAfterCommit();
        return rows;
    }

    /** Whether any chat has (or is about to get) a message for this entry. */
    boolean hasSlots(String entryId) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox WHERE entry_id = ? AND part = 0").param(entryId)
                .query(Long.class).single() > 0;
    }

    /** How many parts the entry was pushed in. */
    int partCount(String entryId) {
        return jdbc.sql("SELECT COALESCE(MAX(part) + 1, 0) FROM outbox WHERE entry_id = ?").param(entryId)
                .query(Integer.class).single();
    }

    /**
     * Points every slot of one entry part at new text: sent messages become pending edits, unsent ones will send the
     * new text. Returns the number of rows changed.
     */
    int retarget(String entryId, int part, long messageId, Instant now) {
        int changed = jdbc.sql("UPDATE outbox SET message_id = ?, "
                        + "attempts = CASE WHEN state = 'PENDING' THEN attempts ELSE 0 END, "
                        + "next_attempt_at = CASE WHEN state = 'PENDING' THEN next_attempt_at ELSE ? END, "
                        + "dead_at = CASE WHEN state = 'PENDING' THEN dead_at ELSE NULL END, "
                        + "state = 'PENDING' "
                        + "WHERE entry_id = ? AND part = ? AND message_id <> ? "
                        + "AND (state = 'PENDING' OR (state IN ('SENT', 'DEAD') AND telegram_message_id IS NOT NULL))")
                .params(messageId, SqlTime.of(now), entryId, part, messageId).update();
        if (changed > 0) {
            signal.invalidateAfterCommit();
        }
        return changed;
    }

    /**
     * Withdraws one entry part: sent messages are edited to the given text, unsent ones are cancelled. Returns the
     * number of edits queued.
     */
    int withdraw(String entryId, int part, long messageId, Instant now) {
        jdbc.sql("UPDATE outbox SET state = 'CANCELLED', last_error = 'withdrawn before it was sent' "
                        + "WHERE entry_id = ? AND part = ? AND state = 'PENDING' AND telegram_message_id IS NULL")
                .params(entryId, part).update();
        signal.invalidateAfterCommit();
        return retarget(entryId, part, messageId, now);
    }

    /** Adds slots for a part an edit added, to every chat that has (or will have) the entry's first part. */
    int addPart(String entryId, int part, long messageId, Instant now) {
        int rows = jdbc.sql("INSERT INTO outbox (chat_id, thread_id, message_id, priority, state, next_attempt_at, created_at, entry_id, part) "
                        + "SELECT o.chat_id, o.thread_id, ?, ?, 'PENDING', ?, ?, ?, ? FROM outbox o "
                        + "WHERE o.entry_id = ? AND o.part = 0 AND (o.state = 'PENDING' OR o.telegram_message_id IS NOT NULL) "
                        + "AND NOT EXISTS (SELECT 1 FROM outbox x WHERE x.entry_id = ? AND x.part = ? AND x.chat_id = o.chat_id)")
                .params(messageId, PUSH, SqlTime.of(now), SqlTime.of(now), entryId, part, entryId, entryId, part).update();
        signal.wakeAfterCommit();
        return rows;
    }

    /** The message row for this text: reused when the same entry version and part was rendered before. */
    long messageFor(String kind, String entryId, String version, int part, String text, Instant now) {
        Optional<Long> existing = jdbc.sql("SELECT id FROM message WHERE entry_id = ? AND entry_version = ? AND part = ? "
                        + "AND kind = ? AND text = ? ORDER BY id DESC LIMIT 1")
                .params(entryId, version, part, kind, text).query(Long.class).optional();
        return existing.orElseGet(() -> insertMessage(kind, entryId, version, part, text, now));
    }

    private long insertMessage(String kind, String entryId, String version, int part, String text, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO message (kind, entry_id, entry_version, part, text, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(kind, entryId, version, part, text, SqlTime.of(now))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /**
     * Due rows of one priority in queue order. Ordering by all three columns of the index (state, priority, id) lets
     * H2 read the index in order and stop at the limit; ordering by id alone made it sort every pending row.
     */
    List<Due> due(Instant now, int priority, int limit) {
        return jdbc.sql("SELECT o.id, o.chat_id, o.thread_id, o.message_id, o.priority, o.attempts, m.text, o.telegram_message_id "
                        + "FROM outbox o JOIN message m ON m.id = o.message_id "
                        + "WHERE o.state = 'PENDING' AND o.priority = ? AND o.next_attempt_at <= ? "
                        + "ORDER BY o.state, o.priority, o.id LIMIT ?")
                .params(priority, SqlTime.of(now), limit)
                .query((rs, i) -> new Due(rs.getLong(1), rs.getLong(2), (Integer) rs.getObject(3), rs.getLong(4),
                        rs.getInt(5), rs.getInt(6), rs.getString(7), (Long) rs.getObject(8)))
                .list();
    }

    /**
     * Records that the chat now shows {@code shownMessageId}'s text. The row stays PENDING (an edit) if its text
     * changed meanwhile, even if it was cancelled while the send was in flight: the chat has the message now.
     */
    void markDelivered(long id, long telegramMessageId, long shownMessageId, Instant now) {
        jdbc.sql("UPDATE outbox SET state = CASE WHEN message_id = ? THEN 'SENT' ELSE 'PENDING' END, "
                        + "sent_at = ?, telegram_message_id = ?, sent_message_id = ?, attempts = 0, next_attempt_at = ?, "
                        + "last_error = NULL WHERE id = ?")
                .params(shownMessageId, SqlTime.of(now), telegramMessageId, shownMessageId, SqlTime.of(now), id).update();
    }

    void retryAt(long id, Instant when, boolean countAttempt, String error) {
        jdbc.sql("UPDATE outbox SET next_attempt_at = ?, attempts = attempts + ?, last_error = ? WHERE id = ? AND state = 'PENDING'")
                .params(SqlTime.of(when), countAttempt ? 1 : 0, truncate(error), id).update();
    }

    /** Gives up on a row: DEAD rows are kept for editors to see ({@link DeadLetters}). */
    void markDead(long id, String error, Instant now) {
        jdbc.sql("UPDATE outbox SET state = 'DEAD', attempts = attempts + 1, last_error = ?, dead_at = ? WHERE id = ? AND state = 'PENDING'")
                .params(truncate(error), SqlTime.of(now), id).update();
    }

    /** Drops every unsent push to a chat that left or blocked the bot. */
    public int cancelPending(long chatId, String reason) {
        int rows = jdbc.sql("UPDATE outbox SET state = 'CANCELLED', last_error = ? WHERE chat_id = ? AND state = 'PENDING' AND priority = ?")
                .params(truncate(reason), chatId, PUSH).update();
        signal.invalidateAfterCommit();
        return rows;
    }

    /** Drops everything still queued for a chat that can no longer be reached, replies and edits included. */
    int cancelChat(long chatId, String reason) {
        int rows = jdbc.sql("UPDATE outbox SET state = 'CANCELLED', last_error = ? WHERE chat_id = ? AND state = 'PENDING'")
                .params(truncate(reason), chatId).update();
        signal.invalidateAfterCommit();
        return rows;
    }

    /**
     * Moves unsent rows of a group to its new supergroup id, unless the supergroup already has that message. Edits
     * are dropped: the old group's messages stay in the old group, which no longer accepts anything.
     */
    void moveChat(long oldChatId, long newChatId) {
        jdbc.sql("UPDATE outbox SET chat_id = ? WHERE chat_id = ? AND state = 'PENDING' AND telegram_message_id IS NULL "
                        + "AND (entry_id IS NULL OR NOT EXISTS (SELECT 1 FROM outbox x WHERE x.entry_id = outbox.entry_id "
                        + "AND x.part = outbox.part AND x.chat_id = ?))")
                .params(newChatId, oldChatId, newChatId).update();
        jdbc.sql("UPDATE outbox SET state = 'CANCELLED', last_error = 'moved to supergroup' WHERE chat_id = ? AND state = 'PENDING'")
                .param(oldChatId).update();
        signal.invalidateAfterCommit();
    }

    public long pendingCount() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox WHERE state = 'PENDING'").query(Long.class).single();
    }

    static String truncate(String text) {
        return text == null ? null : text.length() <= 500 ? text : text.substring(0, 497) + "...";
    }
}
