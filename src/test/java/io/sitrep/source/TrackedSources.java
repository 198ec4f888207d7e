package io.sitrep.source;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A fresh in-memory database with the real schema, an entry store and tracker on it, and the events they publish. */
final class TrackedSources {

    final EntryStore store;
    final EntryTracker tracker;
    final JdbcClient jdbc;
    final List<Object> events = new CopyOnWriteArrayList<>();

    /** Settings under which a missing entry is withdrawn at the first read that misses it, as before issue 18. */
    static final IngestProperties AT_ONCE = new IngestProperties(1000, 3, 1, java.time.Duration.ZERO);

    final io.micrometer.core.instrument.simple.SimpleMeterRegistry meters = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
    final io.sitrep.ops.MutableClock clock = new io.sitrep.ops.MutableClock(Instant.parse("2016-05-08T21:00:00Z"));

    TrackedSources() {
        this(AT_ONCE);
    }

    TrackedSources(IngestProperties settings) {
        JdbcDataSource data = new JdbcDataSource();
        data.setURL("jdbc:h2:mem:tracker-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        data.setUser("sa");
        Flyway.configure().dataSource(data).load().migrate();
        jdbc = JdbcClient.create(data);
        store = new EntryStore(jdbc);
        ApplicationEventPublisher publisher = events::add;
        tracker = new EntryTracker(store, publisher, clock, settings, meters);
    }

    <T> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    void forget() {
        events.clear();
    }
}
