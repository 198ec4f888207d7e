package io.sitrep.ops;

import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.sitrep.shared.SitrepProperties;
import io.sitrep.delivery.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sitrep's own metrics, all named {@code sitrep.*} ({@code sitrep_*} in Prometheus): registers the counters and
 * timers the application increments so they show as zero from the first scrape, and the outbox depth gauge,
 * re-counted every {@code sitrep.health.outbox-refresh} so a scrape never queries the database.
 */
class SitrepMeters implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(SitrepMeters.class);

    private final SitrepProperties properties;
    private final Outbox outbox;
    private final ClusterMembers members;
    private final AtomicLong outboxDepth = new AtomicLong();

    SitrepMeters(SitrepProperties properties, Outbox outbox, ClusterMembers members) {
        this.properties = properties;
        this.outbox = outbox;
        this.members = members;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (SitrepProperties.Source source : properties.sources()) {
            registry.counter("sitrep.entries.ingested", "source", source.name());
            registry.counter("sitrep.poll.errors", "source", source.name());
            registry.counter("sitrep.entries.backlog", "source", source.name());
            registry.counter("sitrep.poll.unchanged", "source", source.name(), "reason", "not-modified");
            registry.counter("sitrep.poll.unchanged", "source", source.name(), "reason", "identical");
            for (String reason : new String[] {"headline-too-long", "page-url-too-long", "secret-in-url"}) {
                registry.counter("sitrep.entries.trimmed", "source", source.name(), "reason", reason);
            }
        }
        for (String reason : new String[] {"unreadable", "unstorable", "no-update-id"}) {
            registry.counter("sitrep.telegram.updates.skipped", "reason", reason);
        }
        registry.counter("sitrep.sends", "kind", "reply");
        registry.counter("sitrep.sends", "kind", "push");
        registry.counter("sitrep.send.errors");
        registry.counter("sitrep.telegram.429", "scope", "chat");
        registry.counter("sitrep.telegram.429", "scope", "bot");
        registry.counter("sitrep.dead_letters");
        registry.timer("sitrep.commands.latency");
        Gauge.builder("sitrep.outbox.depth", outboxDepth, AtomicLong::get)
                .description("Outbox rows waiting to be sent").register(registry);
        Gauge.builder("sitrep.cluster.instances", members, ClusterMembers::liveCount)
                .description("Live Sitrep instances on this database").register(registry);
        refreshOutboxDepth();
    }

    @Scheduled(fixedDelayString = "${sitrep.health.outbox-refresh:10s}", initialDelayString = "${sitrep.health.outbox-refresh:10s}")
    void refreshOutboxDepth() {
        try {
            outboxDepth.set(outbox.pendingCount());
        } catch (DataAccessException e) {
            log.debug("Outbox depth not counted: {}", e.getMessage());
        }
    }
}
