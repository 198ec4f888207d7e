package io.sitrep.retention;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rewrites the sparsest parts of an embedded H2 file after pruning, so freed space is used again instead of the file
 * growing. H2 does this itself only from its background writer, which {@code WRITE_DELAY=0} (each commit written at
 * once, see {@code DurableH2Url}) switches off; any other database is left alone.
 */
class H2FileCompaction implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(H2FileCompaction.class);

    /** Chunks less full than this are rewritten (H2's own background default is 90, a third of it while busy). */
    static final int TARGET_FILL_RATE = 80;

    /** Each step rewrites about this much and holds H2's store lock only that long, so commits barely wait. */
    private static final int WRITE_PER_STEP = 4 * 1024 * 1024;

    private final DataSource dataSource;
    private final Duration budget;

    H2FileCompaction(DataSource dataSource, Duration budget) {
        this.dataSource = dataSource;
        this.budget = budget;
    }

    @Override
    public void run() {
        try (Connection connection = dataSource.getConnection()) {
            MVStore store = store(connection);
            if (store == null) {
                return;
            }
            long stopAt = System.nanoTime() + budget.toNanos();
            int steps = 0;
            while (System.nanoTime() < stopAt && store.compact(TARGET_FILL_RATE, WRITE_PER_STEP)) {
                // The rewritten chunks are freed (and the file's tail given back) only once this is committed.
                store.tryCommit();
                steps++;
            }
            if (steps > 0) {
                log.debug("H2 file compacted in {} step(s); fill rate now {}%", steps, store.getFillRate());
            }
        } catch (SQLException | RuntimeException e) {
            log.warn("H2 file compaction skipped: {}", e.toString());
        }
    }

    /** The store behind an embedded H2 file database, or null for anything else. */
    static MVStore store(Connection connection) throws SQLException {
        if (!connection.isWrapperFor(JdbcConnection.class)
                || !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal local)) {
            return null;
        }
        var store = local.getDatabase().getStore();
        return store == null || store.getMvStore().getFileStore() == null || !local.getDatabase().isPersistent()
                ? null : store.getMvStore();
    }
}
