package io.sitrep.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.IntSupplier;

import io.sitrep.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out due outbox rows so that several instances on one database never send the same row: a claim marks rows
 * {@code SENDING} with this instance as owner until a lease expires, picking with {@code FOR UPDATE SKIP LOCKED}
 * so instances never wait on each other. A claim takes at most one row per chat, only the chat's next row in
 * order, only when the chat has nothing in flight and its gap since the last send has passed; and it hands out no
 * more than this instance's share of the global rate (the rate divided by the live instances).
 */
public class OutboxClaims {

    private static final String CANDIDATES = "SELECT o.id FROM outbox o "
            + "WHERE ((o.state = 'PENDING' AND o.next_attempt_at <= :now) OR (o.state = 'SENDING' AND o.claim_expires_at < :now)) "
            // the chat's next row in order: nothing before it is waiting or in flight
            + "AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.chat_id = o.chat_id AND p.state IN ('PENDING', 'SENDING') "
            + "AND (p.priority < o.priority OR (p.priority = o.priority AND p.id < o.id))) "
            // nothing of this chat in flight on any instance
            + "AND NOT EXISTS (SELECT 1 FROM outbox b WHERE b.chat_id = o.chat_id AND b.state = 'SENDING' "
            + "AND b.claim_expires_at >= :now AND b.id <> o.id) "
            // the chat's gap since its last message has passed (groups have the longer one)
            + "AND NOT EXISTS (SELECT 1 FROM outbox s WHERE s.chat_id = o.chat_id AND s.state = 'SENT' "
            + "AND ((o.chat_id < 0 AND s.sent_at > :groupCutoff) OR (o.chat_id >= 0 AND s.sent_at > :privateCutoff))) "
            + "ORDER BY o.priority, o.id LIMIT :limit FOR UPDATE SKIP LOCKED";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String owner;
    private final Duration claimTtl;
    private final Duration privateGap;
    private final Duration groupGap;
    private final int globalPerSecond;
    private final IntSupplier liveInstances;
    private double tokens;
    private long lastRefillNanos = System.nanoTime();
    /** When each row this instance holds was claimed, so a row held too long is not sent. */
    private final java.util.Map<Long, Instant> claimedAt = new java.util.concurrent.ConcurrentHashMap<>();

    public OutboxClaims(JdbcClient jdbc, TransactionTemplate transactions, Clock clock, String owner, Duration claimTtl,
                        Duration privateGap, Duration groupGap, int globalPerSecond, IntSupplier liveInstances) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.owner = owner;
        this.claimTtl = claimTtl;
        this.privateGap = privateGap;
        this.groupGap = groupGap;
        this.globalPerSecond = globalPerSecond;
        this.liveInstances = liveInstances;
        this.tokens = sharePerSecond();
    }

    /** This instance's share of the global send rate, in messages per second. */
    public double sharePerSecond() {
        return (double) globalPerSecond / Math.max(1, liveInstances.getAsInt());
    }

    /**
     * Claims up to {@code limit} due rows for this instance, in send order. Each claimed row must end in
     * {@code markSent}, {@code retryAt}, {@code markDead} or {@link #release}; one that does not (the instance died)
     * is handed to another instance once its claim expires.
     */
    public List<Outbox.Due> claim(int limit) {
        int allowed = Math.min(limit, takeTokens(limit));
        if (allowed == 0) {
            return List.of();
        }
        Instant now = clock.instant();
        List<Outbox.Due> claimed = transactions.execute(status -> {
            if (postgres()) {
                // The candidates' anti-joins must be hashed. Right after a big fan-out the table's statistics still
                // describe the empty outbox (autovacuum analyzes it a minute later), and PostgreSQL then picks nested
                // loops, quadratic in the due rows: that stalled a 3,000-chat push on two instances for over a minute.
                jdbc.sql("SET LOCAL enable_nestloop = off").update();
            }
            List<Long> ids = jdbc.sql(CANDIDATES)
                    .param("now", SqlTime.of(now))
                    .param("groupCutoff", SqlTime.of(now.minus(groupGap)))
                    .param("privateCutoff", SqlTime.of(now.minus(privateGap)))
                    .param("limit", allowed)
                    .query(Long.class).list();
            if (ids.isEmpty()) {
                return List.of();
            }
            jdbc.sql("UPDATE outbox SET state = 'SENDING', claimed_by = :owner, claim_expires_at = :until WHERE id IN (:ids)")
                    .param("owner", owner).param("until", SqlTime.of(now.plus(claimTtl))).param("ids", ids).update();
            return jdbc.sql("SELECT " + Outbox.DUE_COLUMNS + " FROM outbox o "
                            + "JOIN message m ON m.id = o.message_id WHERE o.id IN (:ids) ORDER BY o.priority, o.id")
                    .param("ids", ids)
                    .query((rs, i) -> Outbox.due(rs))
                    .list();
        });
        returnTokens(allowed - claimed.size());
        claimedAt.values().removeIf(at -> at.plus(claimTtl).isBefore(now));
        claimed.forEach(row -> claimedAt.put(row.id(), now));
        return claimed;
    }

    /**
     * Whether a claimed row may still be sent: it was claimed less than half the claim's life ago. A row held longer
     * (the rate share was busy, the process stalled) may soon be claimed by another instance once its claim runs out,
     * and both would send it; the sender gives such a row back instead ({@link #release}).
     */
    public boolean mayStillSend(long id) {
        Instant at = claimedAt.get(id);
        return at != null && clock.instant().isBefore(at.plus(claimTtl.dividedBy(2)));
    }

    /** The row's outcome is recorded: forget when it was claimed. */
    public void settled(long id) {
        claimedAt.remove(id);
    }

    private Boolean postgres;

    private boolean postgres() {
        if (postgres == null) {
            postgres = jdbc.sql("SELECT 1").query((java.sql.ResultSet rs) -> {
                return rs.getStatement().getConnection().getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
            });
        }
        return postgres;
    }

    /** Gives a claimed row back unsent (the sender chose not to send it now); it is due again at once. */
    public void release(long id) {
        claimedAt.remove(id);
        jdbc.sql("UPDATE outbox SET state = 'PENDING', claimed_by = NULL, claim_expires_at = NULL "
                + "WHERE id = ? AND state = 'SENDING' AND claimed_by = ?").params(id, owner).update();
        returnTokens(1);
    }

    /** On shutdown: waits (briefly) for sends in flight to be recorded, then gives back every row still held. */
    public int releaseAllAfter(java.util.function.BooleanSupplier idle) {
        long deadline = System.currentTimeMillis() + 5000;
        while (!idle.getAsBoolean() && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return releaseAll();
    }

    /** Gives back every row this instance holds (on shutdown). */
    public int releaseAll() {
        return jdbc.sql("UPDATE outbox SET state = 'PENDING', claimed_by = NULL, claim_expires_at = NULL "
                + "WHERE state = 'SENDING' AND claimed_by = ?").param(owner).update();
    }

    private synchronized int takeTokens(int wanted) {
        double rate = sharePerSecond();
        long nowNanos = System.nanoTime();
        tokens = Math.min(Math.max(1, rate), tokens + (nowNanos - lastRefillNanos) / 1e9 * rate);
        lastRefillNanos = nowNanos;
        int granted = (int) Math.min(wanted, Math.floor(tokens));
        tokens -= granted;
        return granted;
    }

    private synchronized void returnTokens(int unused) {
        tokens += unused;
    }
}
