package io.sitrep.delivery;

import java.time.Instant;
import java.util.List;

import io.sitrep.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Messages Sitrep gave up on (refused by Telegram, or still failing after {@code max-attempts}), for editors to see,
 * e.g. in {@code /stats}, and to queue again once the cause is fixed.
 */
@Repository
class DeadLetters {

    /**
     * One message given up on.
     *
     * @param kind REPLY, PUSH or EDIT (an edit or retraction of a message already sent)
     */
    public record DeadLetter(long outboxId, long chatId, String kind, String entryId, int part, int attempts,
                             String lastError, Instant deadAt) {
    }

    private static final String COLUMNS = "id, chat_id, CASE WHEN priority = 0 THEN 'REPLY' "
            + "WHEN telegram_message_id IS NOT NULL THEN 'EDIT' ELSE 'PUSH' END AS kind, entry_id, part, attempts, last_error, dead_at";

    private final JdbcClient jdbc;
    private final OutboxSignal signal;

    DeadLetters(JdbcClient jdbc, OutboxSignal signal) {
        this.jdbc = jdbc;
        this.signal = signal;
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox WHERE state = 'DEAD'").query(Long.class).single();
    }

    public long countSince(Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox WHERE state = 'DEAD' AND dead_at >= ?").param(SqlTime.of(since))
                .query(Long.class).single();
    }

    /** The most recent dead letters, newest first. */
    public List<DeadLetter> newest(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM outbox WHERE state = 'DEAD' ORDER BY dead_at DESC, id DESC LIMIT ?")
                .param(limit)
                .query((rs, i) -> new DeadLetter(rs.getLong("id"), rs.getLong("chat_id"), rs.getString("kind"),
                        rs.getString("entry_id"), rs.getInt("part"), rs.getInt("attempts"), rs.getString("last_error"),
                        SqlTime.read(rs, "dead_at")))
                .list();
    }

    /** Queues a dead letter again with a fresh set of attempts; false when it is not dead (any more). */
    public boolean requeue(long outboxId, Instant now) {
        int rows = jdbc.sql("UPDATE outbox SET state = 'PENDING', attempts = 0, next_attempt_at = ?, dead_at = NULL "
                        + "WHERE id = ? AND state = 'DEAD'")
                .params(SqlTime.of(now), outboxId).update();
        if (rows > 0) {
            signal.wakeAfterCommit();
        }
        return rows > 0;
    }
}
