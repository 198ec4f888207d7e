package io.sitrep.ops;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.sitrep.shared.SqlTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The instances sharing this database, known by heartbeats in the {@code sitrep_instance} table: each writes its
 * own row every heartbeat and counts the rows seen within three heartbeats. Shared limits are split by this count.
 */
class ClusterMembers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClusterMembers.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ClusterProperties settings;
    private volatile int live = 1;
    private volatile ScheduledExecutorService scheduler;

    public ClusterMembers(JdbcClient jdbc, Clock clock, ClusterProperties settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    /** This instance's name. */
    public String instanceId() {
        return settings.instanceId();
    }

    /** How many instances are alive, this one included (at least 1); read from memory, never from the database. */
    public int liveCount() {
        return live;
    }

    /** Writes this instance's heartbeat and re-counts the live ones. */
    public void beat() {
        Instant now = clock.instant();
        try {
            int updated = jdbc.sql("UPDATE sitrep_instance SET seen_at = ? WHERE instance_id = ?")
                    .params(SqlTime.of(now), settings.instanceId()).update();
            if (updated == 0) {
                try {
                    jdbc.sql("INSERT INTO sitrep_instance (instance_id, seen_at) VALUES (?, ?)")
                            .params(settings.instanceId(), SqlTime.of(now)).update();
                } catch (DuplicateKeyException raced) {
                    // inserted a moment ago by ourselves: nothing to do
                }
            }
            Instant cutoff = now.minus(settings.heartbeat().multipliedBy(3));
            long count = jdbc.sql("SELECT COUNT(*) FROM sitrep_instance WHERE seen_at >= ? OR instance_id = ?")
                    .params(SqlTime.of(cutoff), settings.instanceId()).query(Long.class).single();
            live = (int) Math.max(1, count);
            jdbc.sql("DELETE FROM sitrep_instance WHERE seen_at < ?")
                    .param(SqlTime.of(now.minus(settings.heartbeat().multipliedBy(100)))).update();
        } catch (DataAccessException e) {
            log.warn("Heartbeat not written: {}", e.getMostSpecificCause().getMessage());
        }
    }

    @Override
    public void start() {
        beat();
        ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cluster-heartbeat");
            t.setDaemon(true);
            return t;
        });
        long every = settings.heartbeat().toMillis();
        s.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
        scheduler = s;
    }

    @Override
    public void stop() {
        ScheduledExecutorService s = scheduler;
        scheduler = null;
        if (s != null) {
            s.shutdownNow();
        }
        try {
            jdbc.sql("DELETE FROM sitrep_instance WHERE instance_id = ?").param(settings.instanceId()).update();
        } catch (DataAccessException e) {
            log.debug("Heartbeat row not removed: {}", e.getMessage());
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    @Override
    public int getPhase() {
        return 0; // up before the sender asks for its share, down after it stops
    }
}
