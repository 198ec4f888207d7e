package io.sitrep.delivery;

import java.time.Clock;
import java.util.List;

import io.sitrep.briefing.BriefingFormatter;
import io.sitrep.source.EntryPublished;
import io.sitrep.subscription.PushAudience;
import io.sitrep.subscription.PushBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the outbox rows for a newly published entry inside the transaction that records the entry as seen, so
 * the two are committed together or not at all. Who gets it (topics, filters, digests, quiet hours, forum
 * topics) is the {@link PushAudience}'s decision.
 */
@Component
class PushPlanner {

    private static final Logger log = LoggerFactory.getLogger(PushPlanner.class);

    private final Outbox outbox;
    private final BriefingFormatter formatter;
    private final PushAudience audience;
    private final io.sitrep.briefing.EntryAnalyzer analyzer;
    private final Clock clock;

    PushPlanner(Outbox outbox, BriefingFormatter formatter, PushAudience audience,
                io.sitrep.briefing.EntryAnalyzer analyzer, Clock clock) {
        this.outbox = outbox;
        this.formatter = formatter;
        this.audience = audience;
        this.analyzer = analyzer;
        this.clock = clock;
    }

    @EventListener
    void on(EntryPublished published) {
        List<String> parts = formatter.push(published.entry(), analyzer.of(published.entry()));
        int rows = 0;
        for (PushBatch batch : audience.plan(published.entry(), parts, clock.instant())) {
            rows += outbox.enqueuePush(published.entry().id(), published.entry().version(), batch.parts(),
                    batch.recipients(), clock.instant());
        }
        log.info("Entry {} queued for {} chat message(s)", published.entry().id(), rows);
    }
}
