package io.sitrep.ops;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;

/**
 * Runs the Flyway migration on a thread of its own, so the rest of the context is created while it runs; the
 * database it migrates is reached by everyone else through {@link MigratedDataSource}, which waits for it. A
 * migration that fails fails start-up with its own exception at the first wait.
 */
class BackgroundMigration implements FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(BackgroundMigration.class);

    private volatile CompletableFuture<Void> done;
    private volatile Thread migrator;

    @Override
    public void migrate(Flyway flyway) {
        CompletableFuture<Void> migrated = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            long started = System.nanoTime();
            try {
                flyway.migrate();
                migrated.complete(null);
                log.debug("Database migrated in {} ms", (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException | Error e) {
                migrated.completeExceptionally(e);
            }
        }, "flyway-migration");
        thread.setDaemon(true);
        migrator = thread;
        done = migrated;
        thread.start();
    }

    /**
     * Waits until the migration has finished; returns at once when none was started (Flyway off) or on the
     * migrating thread itself. Throws the migration's own exception when it failed.
     */
    void await() {
        CompletableFuture<Void> migrated = done;
        if (migrated == null || Thread.currentThread() == migrator) {
            return;
        }
        try {
            migrated.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
