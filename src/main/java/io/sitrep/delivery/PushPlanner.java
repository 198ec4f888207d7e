package io.sitrep.delivery;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.sitrep.briefing.BriefingFormatter;
import io.sitrep.source.EntryPublished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the outbox rows for a newly published entry inside the transaction that records the entry as seen, so
 * the two are committed together or not at all.
 */
@Component
class PushPlanner {

    private static final Logger log = LoggerFactory.getLogger(PushPlanner.class);

    private final Outbox outbox;
    private final BriefingFormatter formatter;
    private final MeterRegistry meters;
    private final Clock clock;

    PushPlanner(Outbox outbox, BriefingFormatter formatter, MeterRegistry meters, Clock clock) {
        this.outbox = outbox;
        this.formatter = formatter;
        this.meters = meters;
        this.clock = clock;
    }

    @EventListener
    void on(EntryPublished published) {
        long started = System.nanoTime();
        List<String> parts = formatter.push(published.entry());
        int rows = outbox.enqueuePush(published.entry().id(), published.entry().version(), parts, clock.instant());
        long took = System.nanoTime() - started;
        meters.timer("sitrep.outbox.enqueue").record(took, TimeUnit.NANOSECONDS);
        log.info("Entry {} queued for {} chat message(s) in {} ms", published.entry().id(), rows, took / 1_000_000);
    }
}
