package io.sitrep.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.sitrep.briefing.PushRendering;
import io.sitrep.briefing.ReaderSettings;
import io.sitrep.source.Entry;
import io.sitrep.source.EntryPublished;
import io.sitrep.subscription.PushAudience;
import io.sitrep.subscription.PushBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the outbox rows for a newly published entry inside the transaction that records the entry as seen, so
 * the two are committed together or not at all. Plain subscribers (everything, instantly, in GMT) are fanned out in
 * bulk; for everyone else the {@link PushAudience} decides (topics, filters, time zones, digests, quiet hours). Every
 * copy is rendered by {@link PushRendering} for the zone and language it goes to.
 */
@Component
class PushPlanner {

    private static final Logger log = LoggerFactory.getLogger(PushPlanner.class);

    private final Outbox outbox;
    private final PushRendering rendering;
    private final PushAudience audience;
    private final MeterRegistry meters;
    private final Clock clock;

    PushPlanner(Outbox outbox, PushRendering rendering, PushAudience audience, MeterRegistry meters, Clock clock) {
        this.outbox = outbox;
        this.rendering = rendering;
        this.audience = audience;
        this.meters = meters;
        this.clock = clock;
    }

    @EventListener
    void on(EntryPublished published) {
        long started = System.nanoTime();
        Entry entry = published.entry();
        if (audience.isWithdrawn(entry.id())) {
            return;
        }
        Instant now = clock.instant();
        int rows = outbox.enqueuePush(entry.id(), entry.version(), rendering.render(entry, ReaderSettings.GMT), now);
        for (PushBatch batch : audience.plan(entry, now)) {
            ReaderSettings reader = ReaderSettings.of(batch.zone(), batch.language());
            List<String> parts = rendering.render(entry, reader);
            rows += outbox.enqueuePush(entry.id(), entry.version(), parts, batch.recipients(), reader, now);
        }
        long took = System.nanoTime() - started;
        meters.timer("sitrep.outbox.enqueue").record(took, TimeUnit.NANOSECONDS);
        log.info("Entry {} queued for {} chat message(s) in {} ms", entry.id(), rows, took / 1_000_000);
    }
}
