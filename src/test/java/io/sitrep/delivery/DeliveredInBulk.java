package io.sitrep.delivery;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongUnaryOperator;

import javax.sql.DataSource;

import io.sitrep.shared.SqlTime;
import io.sitrep.subscription.PlainSubscribers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * For benches that live weeks of pushes in minutes: leaves in the database, in bulk SQL, what sending to Telegram and
 * then the packer leave there, without sending 100,000 messages per push. Not a sender: no pacing, no errors, no
 * retries; every message is accepted at once. The application's fan-out thread is stopped, so that fan-outs are
 * written out only when the bench says so ({@link #sendWholeWay}), on the bench's thread: never beside a stand-in
 * that finishes the same fan-out, and never waiting for each other's locks.
 */
public final class DeliveredInBulk {

    private final JdbcClient jdbc;
    private final SentPacks packs;
    private final TransactionTemplate transactions;
    private final PushFanout fanout;
    private final java.util.Map<Long, long[]> plainAfter = new java.util.HashMap<>();

    private DeliveredInBulk(DataSource dataSource, PushFanout fanout) {
        this.jdbc = JdbcClient.create(dataSource);
        this.packs = new SentPacks(jdbc, new JdbcTemplate(dataSource));
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.fanout = fanout;
    }

    /** Stands in for Telegram in a running application, whose fan-out thread it stops. */
    public static DeliveredInBulk on(org.springframework.context.ApplicationContext app) {
        PushFanout fanout = app.getBean(PushFanout.class);
        fanout.stop();
        return new DeliveredInBulk(app.getBean(DataSource.class), fanout);
    }

    /**
     * The whole way for one entry: the application's fan-out writes it out chunk by chunk as the sender would ask for
     * them, and every chunk is marked sent as it appears. Returns the rows marked sent.
     */
    public int sendWholeWay(String entryId, java.util.function.Supplier<Instant> now) {
        int sent = 0;
        for (int turn = 0; turn < 100_000; turn++) {
            int marked = markDueSent(entryId, now.get());
            sent += marked;
            if (fanout.step() == PushFanout.Step.IDLE) {
                return sent + markDueSent(entryId, now.get());
            }
        }
        throw new IllegalStateException("the fan-out of " + entryId + " did not end");
    }

    /**
     * Every push row of the entry due now, a new message or an edit, as the sender leaves it once Telegram accepted it: sent at
     * {@code at}, showing its text, with a Telegram message id (a new one for a new message, the same for an edit).
     * Returns the rows.
     */
    public int markDueSent(String entryId, Instant at) {
        return jdbc.sql("UPDATE outbox SET state = 'SENT', sent_at = ?, attempts = 1, "
                        + "telegram_message_id = COALESCE(telegram_message_id, 1000 + MOD(id, 50000)), sent_message_id = message_id "
                        + "WHERE entry_id = ? AND state = 'PENDING' AND priority = ?")
                .params(SqlTime.of(at), entryId, Outbox.PUSH).update();
    }

    /**
     * Finishes the entry's push as the packer would store it once sent: the plain rows of its first chunk, and the
     * plain active subscribers after each fan-out's cursor, in packs of {@value SentPacker#PACK_SIZE} chats with the Telegram message id
     * {@code telegramIdOf} gives each chat, and the fan-out rows gone; under the entry's lock, as the fan-out and the
     * packer take it. Returns the chats packed.
     */
    public int finishFanoutsAsPacks(String entryId, Instant at, LongUnaryOperator telegramIdOf) {
        Integer chats = transactions.execute(status -> {
            if (!packs.lockEntry(entryId)) {
                return 0;
            }
            List<long[]> fanouts = jdbc.sql("SELECT id, part, message_id, after_chat_id FROM push_fanout WHERE entry_id = ? "
                            + "ORDER BY part FOR UPDATE")
                    .param(entryId)
                    .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)}).list();
            int packed = 0;
            for (long[] fanout : fanouts) {
                long[] recipients = plainAfter(fanout[3]);
                insertPacks(entryId, (int) fanout[1], fanout[2], recipients, at, telegramIdOf);
                jdbc.sql("DELETE FROM push_fanout WHERE id = ?").param(fanout[0]).update();
                packed += recipients.length;
            }
            return packed + packFirstChunk(entryId, at, telegramIdOf);
        });
        return chats == null ? 0 : chats;
    }

    /**
     * The plain active subscribers after a fan-out's cursor, by chat id. Read once per cursor: the benches that stand
     * Telegram in with this class do not change subscribers while they simulate.
     */
    private long[] plainAfter(long after) {
        return plainAfter.computeIfAbsent(after, cursor -> {
            Set<Long> notPlain = new HashSet<>(jdbc.sql(PlainSubscribers.NOT_PLAIN_IN_RANGE)
                    .params(cursor, Long.MAX_VALUE, cursor, Long.MAX_VALUE, cursor, Long.MAX_VALUE).query(Long.class).list());
            return jdbc.sql("SELECT chat_id FROM subscriber WHERE active = TRUE AND chat_id > ? ORDER BY chat_id")
                    .param(cursor).query(Long.class).list().stream()
                    .filter(chat -> !notPlain.contains(chat)).mapToLong(Long::longValue).toArray();
        });
    }

    /**
     * The plain rows of the entry's first chunk, which the planner wrote in the entry's transaction, packed as the
     * packer packs them once they are sent (one pack per part and text); the rows go. The rows a pack cannot stand
     * for (another zone or language, a forum topic, a photo) are left for {@link #markDueSent}.
     */
    private int packFirstChunk(String entryId, Instant at, LongUnaryOperator telegramIdOf) {
        List<long[]> rows = jdbc.sql("SELECT o.part, o.message_id, o.chat_id, o.id FROM outbox o WHERE o.entry_id = ? "
                        + "AND o.priority = ? AND o.state = 'PENDING' AND o.thread_id IS NULL AND o.reader_zone IS NULL "
                        + "AND o.reader_language IS NULL AND o.photo_post = FALSE ORDER BY o.entry_id, o.part, o.chat_id")
                .params(entryId, Outbox.PUSH)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)}).list();
        java.util.Map<List<Long>, List<long[]>> byText = new java.util.LinkedHashMap<>();
        rows.forEach(r -> byText.computeIfAbsent(List.of(r[0], r[1]), k -> new java.util.ArrayList<>()).add(r));
        byText.forEach((partAndText, group) -> {
            insertPacks(entryId, partAndText.get(0).intValue(), partAndText.get(1),
                    group.stream().mapToLong(r -> r[2]).toArray(), at, telegramIdOf);
            packs.deleteRows(group.stream().mapToLong(r -> r[3]).toArray(), "o.state = 'PENDING'");
        });
        return rows.size();
    }

    /** Packs of up to {@value SentPacker#PACK_SIZE} chats of one entry part, in chat order, as the packer writes them. */
    private void insertPacks(String entryId, int part, long messageId, long[] chats, Instant at,
                             LongUnaryOperator telegramIdOf) {
        for (int from = 0; from < chats.length; from += SentPacker.PACK_SIZE) {
            long[] chatIds = Arrays.copyOfRange(chats, from, Math.min(chats.length, from + SentPacker.PACK_SIZE));
            long[] telegramIds = Arrays.stream(chatIds).map(telegramIdOf).toArray();
            packs.insert(new SentPacker.Group(entryId, part, messageId, null, null), new SentPackRecords(chatIds, telegramIds), at);
        }
    }
}
