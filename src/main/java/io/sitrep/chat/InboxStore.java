package io.sitrep.chat;

import java.time.Instant;
import java.util.List;

import io.sitrep.shared.SqlTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Telegram updates saved before Telegram is told they arrived, and marked once they are handled. */
class InboxStore {

    /** A stored, not yet handled update. */
    record Pending(long updateId, String payload) {
    }

    private final JdbcClient jdbc;

    InboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves an update unless it is already there; returns true when it was new. */
    boolean save(long updateId, String payload, Instant now) {
        int existing = jdbc.sql("SELECT COUNT(*) FROM inbox WHERE update_id = ?").param(updateId).query(Integer.class).single();
        if (existing > 0) {
            return false;
        }
        try {
            jdbc.sql("INSERT INTO inbox (update_id, payload, received_at) VALUES (?, ?, ?)")
                    .params(updateId, payload, SqlTime.of(now)).update();
            return true;
        } catch (DuplicateKeyException raced) {
            return false; // stored a moment ago by another instance or request
        }
    }

    /** Keeps an update that will not be handled (its JSON could not be read), so the offset survives a restart. */
    void saveHandled(long updateId, String payload, Instant now) {
        try {
            jdbc.sql("INSERT INTO inbox (update_id, payload, received_at, processed_at) VALUES (?, ?, ?, ?)")
                    .params(updateId, payload, SqlTime.of(now), SqlTime.of(now)).update();
        } catch (DuplicateKeyException already) {
            // kept before a restart
        }
    }

    long maxUpdateId() {
        Long max = jdbc.sql("SELECT COALESCE(MAX(update_id), 0) FROM inbox").query(Long.class).single();
        return max == null ? 0 : max;
    }

    List<Pending> pending(int limit) {
        return jdbc.sql("SELECT update_id, payload FROM inbox WHERE processed_at IS NULL ORDER BY update_id")
                .query((rs, i) -> new Pending(rs.getLong(1), rs.getString(2))).list().stream().limit(limit).toList();
    }

    /** Marks an update handled unless someone already did; the row stays locked until the caller commits. */
    boolean claim(long updateId, Instant now) {
        return jdbc.sql("UPDATE inbox SET processed_at = ? WHERE update_id = ? AND processed_at IS NULL")
                .params(SqlTime.of(now), updateId).update() == 1;
    }

    void markProcessed(long updateId, Instant now) {
        jdbc.sql("UPDATE inbox SET processed_at = ? WHERE update_id = ?").params(SqlTime.of(now), updateId).update();
    }

    /** Forgets handled updates older than the cutoff, keeping the newest so the offset survives a restart. */
    int prune(Instant before) {
        long newest = maxUpdateId();
        return jdbc.sql("DELETE FROM inbox WHERE processed_at IS NOT NULL AND processed_at < ? AND update_id < ?")
                .params(SqlTime.of(before), newest).update();
    }
}
