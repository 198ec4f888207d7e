package io.sitrep.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.sitrep.briefing.BriefingFormatter;
import io.sitrep.briefing.EntryAnalyzer;
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
 * bulk; for everyone else the {@link PushAudience} decides (topics, filters, time zones, digests, quiet hours).
 */
@Component
class PushPlanner {

    private static final Logger log = LoggerFactory.getLogger(PushPlanner.class);

    private final Outbox outbox;
    private final BriefingFormatter formatter;
    private final EntryAnalyzer analyzer;
    private final PushAudience audience;
    private final MeterRegistry meters;
    private final Clock clock;
    private final PartsCap cap;

    PushPlanner(Outbox outbox, BriefingFormatter formatter, EntryAnalyzer analyzer, PushAudience audience,
                MeterRegistry meters, Clock clock, PartsCap cap) {
        this.cap = cap;
        this.outbox = outbox;
        this.formatter = formatter;
        this.analyzer = analyzer;
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
        List<String> parts = cap.apply(entry, formatter.push(entry, analyzer.of(entry)));
        int rows = outbox.enqueuePush(entry.id(), entry.version(), parts, now);
        for (PushBatch batch : audience.plan(entry, parts, now)) {
            rows += outbox.enqueuePush(entry.id(), entry.version(), batch.parts(), batch.recipients(), now);
        }
        long took = System.nanoTime() - started;
        meters.timer("sitrep.outbox.enqueue").record(took, TimeUnit.NANOSECONDS);
        log.info("Entry {} queued for {} chat message(s) in {} ms", entry.id(), rows, took / 1_000_000);
    }
}
