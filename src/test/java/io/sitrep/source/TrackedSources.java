package io.sitrep.source;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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
    final List<Object> events = new CopyOnWriteArrayList<>();

    TrackedSources() {
        JdbcDataSource data = new JdbcDataSource();
        data.setURL("jdbc:h2:mem:tracker-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        data.setUser("sa");
        Flyway.configure().dataSource(data).load().migrate();
        store = new EntryStore(JdbcClient.create(data));
        ApplicationEventPublisher publisher = events::add;
        tracker = new EntryTracker(store, publisher, Clock.fixed(Instant.parse("2016-05-08T21:00:00Z"), ZoneOffset.UTC));
    }

    <T> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    void forget() {
        events.clear();
    }
}
