package io.sitrep.ops;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

import io.sitrep.shared.SitrepProperties;
import io.sitrep.shared.SqlTime;
import io.sitrep.source.SourceLease;
import io.sitrep.source.SourceStatus;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Source leases kept in the {@code source_lease} table, so any database (H2 or PostgreSQL) works: the holder
 * renews for one poll interval at each read; once it stops, the lease expires and the next instance to ask takes
 * it, within two intervals. Each renewal also publishes the source's last good read for every instance's health, and
 * each refusal tells the follower (which refreshes this instance's cache from what the holder stored).
 */
class TableSourceLease implements SourceLease {

    private static final Logger log = LoggerFactory.getLogger(TableSourceLease.class);

    private final JdbcClient jdbc;
    private final SourceStatus status;
    private final Clock clock;
    private final String owner;
    private final Consumer<String> heldElsewhere;

    public TableSourceLease(JdbcClient jdbc, SourceStatus status, Clock clock, String owner, Consumer<String> heldElsewhere) {
        this.jdbc = jdbc;
        this.status = status;
        this.clock = clock;
        this.owner = owner;
        this.heldElsewhere = heldElsewhere;
    }

    @Override
    public boolean tryAcquire(SitrepProperties.Source source) {
        Instant now = clock.instant();
        Instant until = now.plus(source.pollInterval());
        Instant lastSuccess = status.of(source.name()).lastSuccess();
        try {
            String set = lastSuccess == null ? "" : ", last_success_at = ?";
            JdbcClient.StatementSpec update = jdbc.sql("UPDATE source_lease SET owner = ?, expires_at = ?" + set
                            + " WHERE source = ? AND (owner = ? OR expires_at < ?)")
                    .param(owner).param(SqlTime.of(until));
            if (lastSuccess != null) {
                update = update.param(SqlTime.of(lastSuccess));
            }
            if (update.param(source.name()).param(owner).param(SqlTime.of(now)).update() == 1) {
                return true;
            }
            if (insert(source.name(), until, lastSuccess)) {
                return true;
            }
            heldElsewhere.accept(source.name());
            return false;
        } catch (DataAccessException e) {
            log.warn("Lease for source '{}' not checked: {}", source.name(), e.getMostSpecificCause().getMessage());
            return false;
        }
    }

    private boolean insert(String source, Instant until, Instant lastSuccess) {
        try {
            return jdbc.sql("INSERT INTO source_lease (source, owner, expires_at, last_success_at) VALUES (?, ?, ?, ?)")
                    .params(source, owner, SqlTime.of(until), SqlTime.of(lastSuccess)).update() == 1;
        } catch (DuplicateKeyException held) {
            return false; // another live instance holds it
        }
    }

    /** The last good read of a source by any instance, as last published with a lease renewal. */
    public Optional<Instant> lastSuccessAnywhere(String source) {
        try {
            return jdbc.sql("SELECT last_success_at FROM source_lease WHERE source = ?").param(source)
                    .query((rs, i) -> Optional.ofNullable(SqlTime.read(rs, "last_success_at"))).optional()
                    .flatMap(x -> x);
        } catch (DataAccessException e) {
            return Optional.empty();
        }
    }

    /** The instance reading a source now, if its lease is current. */
    public Optional<String> holder(String source) {
        return jdbc.sql("SELECT owner FROM source_lease WHERE source = ? AND expires_at >= ?")
                .params(source, SqlTime.of(clock.instant())).query(String.class).optional();
    }

    /** On a clean shutdown, hands every lease over at once instead of letting it run out. */
    @PreDestroy
    public void releaseAll() {
        try {
            jdbc.sql("UPDATE source_lease SET expires_at = ? WHERE owner = ?")
                    .params(SqlTime.of(clock.instant().minusMillis(1)), owner).update();
        } catch (RuntimeException e) {
            // Also a failed migration, met here when start-up stops on it: nothing was leased then.
            log.debug("Leases not released: {}", e.getMessage());
        }
    }
}
