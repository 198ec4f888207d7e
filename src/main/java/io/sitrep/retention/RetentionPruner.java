package io.sitrep.retention;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.sitrep.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One small batch of pruning at a time, each a single short statement (its own transaction), on H2 and PostgreSQL
 * alike. Nothing still needed is touched: an unsent or half-written push, a held UPDATE, or a page still being read.
 */
class RetentionPruner {

    /** The outcome of one batch: rows removed, and whether another batch may find more. */
    record Batch(int rows, boolean more) {
        static final Batch DONE = new Batch(0, false);
    }

    /** A cursor over an id-ordered table, moved on as batches are pruned within one round. */
    static final class Cursor {
        long after = Long.MIN_VALUE;
    }

    private static final String TERMINAL = "state IN ('SENT', 'CANCELLED', 'DEAD')";

    private final JdbcClient jdbc;

    RetentionPruner(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Map pictures leave the database once their message is no longer waiting to be sent. */
    Batch dropSentPictures(int batchSize) {
        int rows = jdbc.sql("UPDATE message SET photo = NULL WHERE id IN (SELECT m.id FROM message m WHERE m.photo IS NOT NULL "
                        + "AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.message_id = m.id AND o.state IN ('PENDING', 'SENDING')) "
                        + "ORDER BY m.id LIMIT ?)")
                .param(batchSize).update();
        return new Batch(rows, rows == batchSize);
    }

    /**
     * Outbox rows that are done (sent, cancelled or dead) and were written before the cutoff. Rows are walked in id
     * order, which is the order they were written in, and the walk stops at the first row newer than the cutoff;
     * rows still pending (an edit waiting, a retry) are stepped over and kept.
     */
    Batch pruneOutbox(Instant cutoff, int batchSize, Cursor cursor) {
        Window window = window("outbox", cutoff, batchSize, cursor);
        if (window == null) {
            return Batch.DONE;
        }
        int rows = jdbc.sql("DELETE FROM outbox WHERE id > ? AND id <= ? AND " + TERMINAL + " AND created_at < ?")
                .params(window.after(), window.last(), SqlTime.of(cutoff)).update();
        return new Batch(rows, window.more());
    }

    /**
     * Packed records of sent pushes whose oldest record was written before the cutoff, a few packs (each up to
     * 10,000 chats) per statement.
     */
    Batch prunePacks(Instant cutoff, int batchSize) {
        int packs = Math.max(1, batchSize / 100);
        int rows = jdbc.sql("DELETE FROM sent_pack WHERE id IN (SELECT id FROM sent_pack WHERE created_at < ? ORDER BY id LIMIT ?)")
                .params(SqlTime.of(cutoff), packs).update();
        return new Batch(rows, rows == packs);
    }

    /** Message texts written before the cutoff that no outbox row, fan-out or sent pack points at any more. */
    Batch pruneMessages(Instant cutoff, int batchSize, Cursor cursor) {
        Window window = window("message", cutoff, batchSize, cursor);
        if (window == null) {
            return Batch.DONE;
        }
        int rows = jdbc.sql("DELETE FROM message WHERE id > ? AND id <= ? AND created_at < ? "
                        + "AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.message_id = message.id) "
                        + "AND NOT EXISTS (SELECT 1 FROM push_fanout f WHERE f.message_id = message.id) "
                        + "AND NOT EXISTS (SELECT 1 FROM sent_pack p WHERE p.message_id = message.id)")
                .params(window.after(), window.last(), SqlTime.of(cutoff)).update();
        return new Batch(rows, window.more());
    }

    /** A page of one source, as entries record it. */
    record Page(String source, String pageUrl) {
    }

    /**
     * Pages whose every entry was first seen and last changed before the cutoff, and which are not among the pages
     * being read now ({@code current}): deleting the entries of a page still read would make them look new.
     */
    List<Page> stalePages(Instant cutoff, Set<Page> current) {
        return jdbc.sql("SELECT source, page_url FROM entry GROUP BY source, page_url "
                        + "HAVING MAX(GREATEST(first_seen, updated_at)) < ? ORDER BY source, page_url")
                .param(SqlTime.of(cutoff))
                .query((rs, i) -> new Page(rs.getString(1), rs.getString(2))).list()
                .stream().filter(page -> !current.contains(page)).toList();
    }

    /** Deletes a batch of one stale page's entries, unless one of them still has a push to deliver. */
    Batch prunePage(Page page, int batchSize) {
        long inUse = jdbc.sql("SELECT COUNT(*) FROM entry e WHERE e.source = ? AND e.page_url = ? AND ("
                        + "EXISTS (SELECT 1 FROM outbox o WHERE o.entry_id = e.id AND o.state IN ('PENDING', 'SENDING')) "
                        + "OR EXISTS (SELECT 1 FROM held_push h WHERE h.entry_id = e.id) "
                        + "OR EXISTS (SELECT 1 FROM push_fanout f WHERE f.entry_id = e.id))")
                .params(page.source(), page.pageUrl()).query(Long.class).single();
        if (inUse > 0) {
            return Batch.DONE;
        }
        int rows = jdbc.sql("DELETE FROM entry WHERE id IN (SELECT id FROM entry WHERE source = ? AND page_url = ? ORDER BY id LIMIT ?)")
                .params(page.source(), page.pageUrl(), batchSize).update();
        return new Batch(rows, rows == batchSize);
    }

    /** Editors' audit records older than the cutoff. */
    Batch pruneAudit(Instant cutoff, int batchSize) {
        int rows = jdbc.sql("DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log WHERE at < ? ORDER BY id LIMIT ?)")
                .params(SqlTime.of(cutoff), batchSize).update();
        return new Batch(rows, rows == batchSize);
    }

    /** Withdrawals older than the cutoff whose entry is gone too (while it exists, it must stay withdrawn). */
    Batch pruneWithdrawals(Instant cutoff, int batchSize) {
        int rows = jdbc.sql("DELETE FROM withdrawn_entry WHERE entry_id IN (SELECT w.entry_id FROM withdrawn_entry w "
                        + "WHERE w.withdrawn_at < ? AND NOT EXISTS (SELECT 1 FROM entry e WHERE e.id = w.entry_id) "
                        + "ORDER BY w.entry_id LIMIT ?)")
                .params(SqlTime.of(cutoff), batchSize).update();
        return new Batch(rows, rows == batchSize);
    }

    /** Broadcast drafts (sent, cancelled or never decided) older than the cutoff. */
    Batch pruneBroadcasts(Instant cutoff, int batchSize) {
        int rows = jdbc.sql("DELETE FROM broadcast WHERE id IN (SELECT id FROM broadcast WHERE created_at < ? ORDER BY id LIMIT ?)")
                .params(SqlTime.of(cutoff), batchSize).update();
        return new Batch(rows, rows == batchSize);
    }

    /** Instances not heard from since the cutoff (each start of an instance without a fixed id adds one). */
    Batch pruneInstances(Instant cutoff) {
        return new Batch(jdbc.sql("DELETE FROM sitrep_instance WHERE seen_at < ?").param(SqlTime.of(cutoff)).update(), false);
    }

    /** Ids {@code (after, last]}, all written before the cutoff; {@code more} when rows after it may be too. */
    private record Window(long after, long last, boolean more) {
    }

    /**
     * The next at most {@code batchSize} rows after the cursor that were all written before the cutoff (the cursor
     * moves past them), or null when the next row is newer or there is none.
     */
    private Window window(String table, Instant cutoff, int batchSize, Cursor cursor) {
        List<Object[]> rows = jdbc.sql("SELECT id, created_at FROM " + table + " WHERE id > ? ORDER BY id LIMIT ?")
                .params(cursor.after, batchSize)
                .query((rs, i) -> new Object[] {rs.getLong(1), SqlTime.read(rs, "created_at")}).list();
        long last = Long.MIN_VALUE;
        boolean reachedNew = false;
        for (Object[] row : rows) {
            if (!((Instant) row[1]).isBefore(cutoff)) {
                reachedNew = true;
                break;
            }
            last = (Long) row[0];
        }
        if (last == Long.MIN_VALUE) {
            return null;
        }
        Window window = new Window(cursor.after, last, !reachedNew && rows.size() == batchSize);
        cursor.after = last;
        return window;
    }
}
