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
 * retries; every message is accepted at once.
 */
public final class DeliveredInBulk {

    private final JdbcClient jdbc;
    private final SentPacks packs;
    private final TransactionTemplate transactions;

    private DeliveredInBulk(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.packs = new SentPacks(jdbc, new JdbcTemplate(dataSource));
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    public static DeliveredInBulk on(DataSource dataSource) {
        return new DeliveredInBulk(dataSource);
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
     * Finishes the entry's fan-outs as the packer would store them once sent: the plain active subscribers after each
     * fan-out's cursor, in packs of {@value SentPacker#PACK_SIZE} chats with the Telegram message id
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
                long after = fanout[3];
                Set<Long> notPlain = new HashSet<>(jdbc.sql(PlainSubscribers.NOT_PLAIN_IN_RANGE)
                        .params(after, Long.MAX_VALUE, after, Long.MAX_VALUE, after, Long.MAX_VALUE).query(Long.class).list());
                long[] recipients = jdbc.sql("SELECT chat_id FROM subscriber WHERE active = TRUE AND chat_id > ? ORDER BY chat_id")
                        .param(after).query(Long.class).list().stream()
                        .filter(chat -> !notPlain.contains(chat)).mapToLong(Long::longValue).toArray();
                for (int from = 0; from < recipients.length; from += SentPacker.PACK_SIZE) {
                    long[] chatIds = Arrays.copyOfRange(recipients, from, Math.min(recipients.length, from + SentPacker.PACK_SIZE));
                    long[] telegramIds = Arrays.stream(chatIds).map(telegramIdOf).toArray();
                    packs.insert(entryId, (int) fanout[1], fanout[2], new SentPackRecords(chatIds, telegramIds), at);
                }
                jdbc.sql("DELETE FROM push_fanout WHERE id = ?").param(fanout[0]).update();
                packed += recipients.length;
            }
            return packed;
        });
        return chats == null ? 0 : chats;
    }

    /** Whether any fan-out of the entry is still being written out. */
    public boolean fanningOut(String entryId) {
        return jdbc.sql("SELECT COUNT(*) FROM push_fanout WHERE entry_id = ?").param(entryId).query(Long.class).single() > 0;
    }
}
