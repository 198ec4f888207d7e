package io.sitrep.delivery;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.sitrep.shared.SqlTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The packed records of sent pushes ({@code sent_pack}): what the {@link SentPacker} moved out of the outbox,
 * read by the outbox wherever it asks which chats have an entry, and turned back into outbox rows before anything
 * changes an entry part's slots.
 *
 * <p>Lock discipline: packs of an entry are only written or deleted by a transaction that holds the lock of the
 * entry's row ({@link #lockEntry}); every path that reads an entry's sent slots and then acts on them takes it
 * first, so no transaction sees an entry's records half in the outbox and half in a pack. An entry without a row (not
 * stored, or pruned) never gets a pack.
 */
@Repository
class SentPacks {

    /** A pack's records, with the text its chats show and the reader it was rendered for. */
    record Pack(long id, long messageId, String readerZone, String readerLanguage, Instant createdAt,
                SentPackRecords records) {
    }

    private static final String PACK_COLUMNS = "id, message_id, reader_zone, reader_language, created_at, records";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    SentPacks(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * Locks the entry's row until the transaction ends; false when there is no such row (then no pack of it exists,
     * or can be written meanwhile).
     */
    boolean lockEntry(String entryId) {
        return jdbc.sql("SELECT id FROM entry WHERE id = ? FOR UPDATE").param(entryId).query(String.class).optional().isPresent();
    }

    boolean any(String entryId) {
        return jdbc.sql("SELECT COUNT(*) FROM sent_pack WHERE entry_id = ?").param(entryId).query(Long.class).single() > 0;
    }

    boolean any(String entryId, int part) {
        return jdbc.sql("SELECT COUNT(*) FROM sent_pack WHERE entry_id = ? AND part = ?").params(entryId, part)
                .query(Long.class).single() > 0;
    }

    /** The highest packed part of the entry plus one, 0 without packs. */
    int partCount(String entryId) {
        return jdbc.sql("SELECT COALESCE(MAX(part) + 1, 0) FROM sent_pack WHERE entry_id = ?").param(entryId)
                .query(Integer.class).single();
    }

    /** Whether some pack of the entry part covers chat ids in {@code (after, upTo]} (it may still hold none of them). */
    boolean overlaps(String entryId, int part, long after, long upTo) {
        return jdbc.sql("SELECT COUNT(*) FROM sent_pack WHERE entry_id = ? AND part = ? AND last_chat_id > ? AND first_chat_id <= ?")
                .params(entryId, part, after, upTo).query(Long.class).single() > 0;
    }

    /** The entry part's packs, for every reader. */
    List<Pack> of(String entryId, int part) {
        return jdbc.sql("SELECT " + PACK_COLUMNS + " FROM sent_pack WHERE entry_id = ? AND part = ? ORDER BY first_chat_id")
                .params(entryId, part).query(SentPacks::pack).list();
    }

    private static Pack pack(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Pack(rs.getLong("id"), rs.getLong("message_id"), rs.getString("reader_zone"),
                rs.getString("reader_language"), SqlTime.read(rs, "created_at"), SentPackRecords.decode(rs.getBytes("records")));
    }

    /** Every chat in a pack of the entry part, ascending. */
    long[] chats(String entryId, int part) {
        return union(of(entryId, part));
    }

    /** Every chat in a pack of any part of the entry, ascending, each once. */
    long[] chats(String entryId) {
        List<Pack> packs = jdbc.sql("SELECT " + PACK_COLUMNS + " FROM sent_pack WHERE entry_id = ?").param(entryId)
                .query(SentPacks::pack).list();
        return union(packs);
    }

    private static long[] union(List<Pack> packs) {
        long[] all = packs.stream().flatMapToLong(p -> Arrays.stream(p.records().chatIds())).sorted().distinct().toArray();
        return all;
    }

    /** Writes one pack; the caller deletes the outbox rows it holds in the same transaction. */
    void insert(SentPacker.Group key, SentPackRecords records, Instant createdAt) {
        jdbc.sql("INSERT INTO sent_pack (entry_id, part, message_id, reader_zone, reader_language, first_chat_id, "
                        + "last_chat_id, chats, records, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(key.entryId(), key.part(), key.messageId(), key.readerZone(), key.readerLanguage(),
                        records.chatIds()[0], records.chatIds()[records.size() - 1], records.size(), records.encode(),
                        SqlTime.of(createdAt))
                .update();
    }

    /**
     * Deletes these outbox rows (alias {@code o}), each only while it meets the condition; returns the rows deleted.
     * One statement per row, batched: each reads the primary key, where a long {@code IN} list made H2 test every
     * row of the table against every id.
     */
    int deleteRows(long[] ids, String condition) {
        int deleted = 0;
        for (int from = 0; from < ids.length; from += 1000) {
            int start = from;
            int[][] counts = template.batchUpdate("DELETE FROM outbox o WHERE o.id = ? AND " + condition,
                    indexes(start, Math.min(ids.length, from + 1000)), 1000,
                    (PreparedStatement ps, Integer i) -> ps.setLong(1, ids[i]));
            for (int[] batch : counts) {
                for (int n : batch) {
                    deleted += Math.max(0, n);
                }
            }
        }
        return deleted;
    }

    /**
     * Turns the entry part's packs (of every reader) back into the outbox rows they were made of (sent, showing the
     * pack's text, rendered for the pack's reader), in the caller's transaction, which must hold the entry's lock;
     * returns the rows written. A chat that has a row for the part already keeps it.
     */
    int unpack(String entryId, int part) {
        List<Pack> packs = of(entryId, part);
        int rows = 0;
        for (Pack pack : packs) {
            rows += insertRows(entryId, part, pack);
            jdbc.sql("DELETE FROM sent_pack WHERE id = ?").param(pack.id()).update();
        }
        return rows;
    }

    private int insertRows(String entryId, int part, Pack pack) {
        long[] chats = pack.records().chatIds();
        long[] messages = pack.records().telegramMessageIds();
        Object at = SqlTime.of(pack.createdAt());
        int written = 0;
        for (int from = 0; from < chats.length; from += 1000) {
            int start = from;
            int end = Math.min(chats.length, from + 1000);
            int[][] counts = template.batchUpdate("INSERT INTO outbox (chat_id, message_id, priority, state, attempts, "
                            + "next_attempt_at, created_at, sent_at, telegram_message_id, entry_id, part, sent_message_id, "
                            + "reader_zone, reader_language) "
                            + "SELECT ?, ?, " + Outbox.PUSH + ", 'SENT', 0, ?, ?, ?, ?, ?, ?, ?, ?, ? "
                            + "WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.entry_id = ? AND o.part = ? AND o.chat_id = ?)",
                    indexes(start, end), end - start, (PreparedStatement ps, Integer i) -> {
                        ps.setLong(1, chats[i]);
                        ps.setLong(2, pack.messageId());
                        ps.setObject(3, at);
                        ps.setObject(4, at);
                        ps.setObject(5, at);
                        ps.setLong(6, messages[i]);
                        ps.setString(7, entryId);
                        ps.setInt(8, part);
                        ps.setLong(9, pack.messageId());
                        ps.setString(10, pack.readerZone());
                        ps.setString(11, pack.readerLanguage());
                        ps.setString(12, entryId);
                        ps.setInt(13, part);
                        ps.setLong(14, chats[i]);
                    });
            for (int[] batch : counts) {
                for (int n : batch) {
                    written += Math.max(0, n);
                }
            }
        }
        return written;
    }

    private static List<Integer> indexes(int from, int to) {
        List<Integer> list = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            list.add(i);
        }
        return list;
    }
}
