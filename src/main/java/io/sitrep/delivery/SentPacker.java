package io.sitrep.delivery;

import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import io.sitrep.shared.SqlTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Packs the finished records of pushes: outbox rows that were sent, show the text they should, and carry nothing a
 * pack cannot give back (no forum topic, not a photo) become one {@code sent_pack} row per up to {@value #PACK_SIZE}
 * chats of one entry part, text and reader (time zone and language), a few bytes per chat instead of a row of
 * about 200. Only rows sent a while ago ({@code sitrep.retention.pack-after}) of entries whose fan-out is finished
 * are packed, so the sender's per-chat gap (recent sent rows) and the fan-out's skip checks never meet a pack.
 * Retention runs it.
 *
 * <p>Each pack is its own short transaction: it locks the entry's row first (the discipline of {@link SentPacks}),
 * so an edit, a retraction or a republish of the entry waits for it or goes first; it never waits on the sender,
 * which does not touch finished rows.
 */
@Component
public class SentPacker {

    private static final Logger log = LoggerFactory.getLogger(SentPacker.class);

    /** Chats per pack: about 60 KB of records, and one short transaction to write. */
    public static final int PACK_SIZE = 10_000;

    /** The outbox rows a pack can stand for (alias {@code o}). */
    static final String FINISHED = "o.priority = " + Outbox.PUSH + " AND o.entry_id IS NOT NULL AND o.state = 'SENT' "
            + "AND o.telegram_message_id IS NOT NULL AND o.message_id = o.sent_message_id AND o.thread_id IS NULL "
            + "AND o.photo_post = FALSE";

    /** The reader of rows as stored (alias {@code o}): one text per zone and language, compared with NULLs equal. */
    private static final String SAME_READER = "COALESCE(o.reader_zone, '') = ? AND COALESCE(o.reader_language, '') = ?";

    /**
     * Rows of one entry part showing one text to one kind of reader, to be packed; also what the pack made of them
     * stands for.
     *
     * @param readerZone the rows' stored zone (null: GMT)
     * @param readerLanguage the rows' stored language (null: English)
     */
    public record Group(String entryId, int part, long messageId, String readerZone, String readerLanguage) {
    }

    private final JdbcClient jdbc;
    private final SentPacks packs;
    private final TransactionTemplate transactions;

    SentPacker(JdbcClient jdbc, SentPacks packs, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.packs = packs;
        this.transactions = transactions;
    }

    /** A packer of its own on this database (tests and benches outside the application). */
    public static SentPacker on(DataSource dataSource) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        return new SentPacker(jdbc, new SentPacks(jdbc, new JdbcTemplate(dataSource)),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    }

    /** The groups with rows to pack, sent before {@code sentBefore}. */
    public List<Group> packable(Instant sentBefore) {
        return jdbc.sql("SELECT DISTINCT o.entry_id, o.part, o.message_id, o.reader_zone, o.reader_language FROM outbox o WHERE " + FINISHED
                        + " AND o.sent_at < ? AND EXISTS (SELECT 1 FROM entry e WHERE e.id = o.entry_id) "
                        + "AND NOT EXISTS (SELECT 1 FROM push_fanout f WHERE f.entry_id = o.entry_id) "
                        + "ORDER BY o.entry_id, o.part, o.message_id")
                .param(SqlTime.of(sentBefore))
                .query((rs, i) -> new Group(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    /** Packs every packable group through to its last row, one pack per transaction; returns the rows packed. */
    public int packAll(Instant sentBefore) {
        int packed = 0;
        for (Group group : packable(sentBefore)) {
            int rows;
            do {
                rows = pack(group, sentBefore);
                packed += rows;
            } while (rows == PACK_SIZE);
        }
        return packed;
    }

    /**
     * Packs the first (by chat id) up to {@value #PACK_SIZE} rows of the group, in a transaction of its own; returns
     * the rows packed (0 when none are left, the entry is gone, or a fan-out of it is running).
     */
    public int pack(Group group, Instant sentBefore) {
        try {
            return packNow(group, sentBefore);
        } catch (org.springframework.dao.ConcurrencyFailureException busy) {
            // The entry stayed locked longer than the database waits (H2: a second): an edit of it is being recorded.
            log.debug("Entry {} part {} not packed this round: {}", group.entryId(), group.part(), busy.toString());
            return 0;
        }
    }

    private int packNow(Group group, Instant sentBefore) {
        Integer packed = transactions.execute(status -> {
            if (!packs.lockEntry(group.entryId())
                    || jdbc.sql("SELECT COUNT(*) FROM push_fanout WHERE entry_id = ?").param(group.entryId())
                    .query(Long.class).single() > 0) {
                return 0;
            }
            String rows = "FROM outbox o WHERE o.entry_id = ? AND o.part = ? AND o.message_id = ? AND " + FINISHED
                    + " AND " + SAME_READER + " AND o.sent_at < ?";
            // Ordered along the whole slot index (entry, part, chat) so H2 reads it in order and stops at the limit;
            // ordered by chat id alone it read every sent row through the index on state and sorted them (10x slower).
            List<long[]> found = jdbc.sql("SELECT o.chat_id, o.telegram_message_id, o.created_at, o.id " + rows
                            + " ORDER BY o.entry_id, o.part, o.chat_id LIMIT ?")
                    .params(group.entryId(), group.part(), group.messageId(), nonNull(group.readerZone()),
                            nonNull(group.readerLanguage()), SqlTime.of(sentBefore), PACK_SIZE)
                    .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), SqlTime.read(rs, "created_at").toEpochMilli(), rs.getLong(4)})
                    .list();
            if (found.isEmpty()) {
                return 0;
            }
            long[] chats = new long[found.size()];
            long[] messages = new long[found.size()];
            long oldest = Long.MAX_VALUE;
            for (int i = 0; i < chats.length; i++) {
                chats[i] = found.get(i)[0];
                messages[i] = found.get(i)[1];
                oldest = Math.min(oldest, found.get(i)[2]);
            }
            packs.insert(group, new SentPackRecords(chats, messages), Instant.ofEpochMilli(oldest));
            // The very rows read, each only if it is still a finished record: the sender does not take the entry's
            // lock, but it never changes a finished row.
            int deleted = packs.deleteRows(found.stream().mapToLong(r -> r[3]).toArray(), FINISHED);
            if (deleted != chats.length) {
                // Cannot happen under the entry's lock; if it does, leave the rows as they are.
                log.warn("Entry {} part {}: {} rows read to pack but {} deleted; left unpacked", group.entryId(),
                        group.part(), chats.length, deleted);
                status.setRollbackOnly();
                return 0;
            }
            return chats.length;
        });
        return packed == null ? 0 : packed;
    }

    private static String nonNull(String stored) {
        return stored == null ? "" : stored;
    }
}
