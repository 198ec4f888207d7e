package io.sitrep.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import io.sitrep.delivery.SentPacker;
import io.sitrep.source.EntryCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Prunes what {@code sitrep.retention.*} no longer keeps, on its own thread, one small batch at a time with a pause
 * between batches, so sending, polling and commands never wait behind it. Each instance sharing a database prunes;
 * doing a batch twice is harmless. Each round first packs the records of plain pushes sent more than
 * {@code pack-after} ago ({@link SentPacker}, one pack per transaction), then prunes.
 */
public class RetentionWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RetentionWorker.class);

    /** Instances silent for this long are forgotten. */
    private static final Duration INSTANCE_MEMORY = Duration.ofDays(1);

    private final RetentionPruner pruner;
    private final SentPacker packer;
    private final RetentionProperties settings;
    private final EntryCache cache;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Runnable afterRound;
    private final Object wake = new Object();
    private volatile boolean running;
    private Thread thread;

    RetentionWorker(RetentionPruner pruner, SentPacker packer, RetentionProperties settings, EntryCache cache,
                    MeterRegistry meters, Clock clock, Runnable afterRound) {
        this.pruner = pruner;
        this.packer = packer;
        this.settings = settings;
        this.cache = cache;
        this.meters = meters;
        this.clock = clock;
        this.afterRound = afterRound;
    }

    /** One full round: every kind of record, batch after batch, until nothing is left to prune; returns the counts. */
    public Map<String, Integer> pruneNow() {
        long started = System.nanoTime();
        Instant now = clock.instant();
        Map<String, Integer> pruned = new LinkedHashMap<>();
        int batch = settings.batchSize();
        Instant sentBefore = now.minus(settings.packAfter());
        for (SentPacker.Group group : packer.packable(sentBefore)) {
            drain(pruned, "packed", () -> {
                int rows = packer.pack(group, sentBefore);
                return new RetentionPruner.Batch(rows, rows == SentPacker.PACK_SIZE);
            });
            if (stopping()) {
                break;
            }
        }
        drain(pruned, "pictures", () -> pruner.dropSentPictures(batch));
        RetentionPruner.Cursor outbox = new RetentionPruner.Cursor();
        drain(pruned, "sent-messages", () -> pruner.pruneOutbox(now.minus(settings.sentMessages()), batch, outbox));
        drain(pruned, "sent-packs", () -> pruner.prunePacks(now.minus(settings.sentMessages()), batch));
        RetentionPruner.Cursor messages = new RetentionPruner.Cursor();
        drain(pruned, "message-texts", () -> pruner.pruneMessages(now.minus(settings.sentMessages()), batch, messages));
        Set<RetentionPruner.Page> current = cache.all().stream()
                .map(e -> new RetentionPruner.Page(e.source(), e.pageUrl())).collect(Collectors.toSet());
        for (RetentionPruner.Page page : pruner.stalePages(now.minus(settings.entries()), current)) {
            drain(pruned, "entries", () -> pruner.prunePage(page, batch));
        }
        drain(pruned, "broadcasts", () -> pruner.pruneBroadcasts(now.minus(settings.entries()), batch));
        drain(pruned, "audit", () -> pruner.pruneAudit(now.minus(settings.audit()), batch));
        drain(pruned, "withdrawals", () -> pruner.pruneWithdrawals(now.minus(settings.audit()), batch));
        drain(pruned, "instances", () -> pruner.pruneInstances(now.minus(INSTANCE_MEMORY)));
        afterRound.run();
        pruned.values().removeIf(n -> n == 0);
        if (!pruned.isEmpty()) {
            log.info("Retention: packed and pruned {} in {} ms", pruned, (System.nanoTime() - started) / 1_000_000);
        }
        return pruned;
    }

    private void drain(Map<String, Integer> pruned, String what, Supplier<RetentionPruner.Batch> step) {
        RetentionPruner.Batch batch;
        do {
            batch = step.get();
            pruned.merge(what, batch.rows(), Integer::sum);
            if (batch.rows() > 0) {
                meters.counter("sitrep.retention.pruned", "what", what).increment(batch.rows());
            }
            if (batch.more()) {
                pause(settings.pause());
            }
        } while (batch.more() && !stopping());
    }

    /** The worker's own round ends early when Sitrep stops; a round asked for directly always finishes. */
    private boolean stopping() {
        return !running && Thread.currentThread() == thread;
    }

    private void run() {
        pause(Duration.ofSeconds(Math.min(60, settings.interval().toSeconds())));
        while (running) {
            try {
                pruneNow();
            } catch (RuntimeException e) {
                log.warn("Retention round failed; trying again in {}: {}", settings.interval(), e.toString());
            }
            pause(settings.interval());
        }
    }

    private void pause(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        synchronized (wake) {
            try {
                wake.wait(Math.max(1, duration.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    @Override
    public void start() {
        if (!settings.enabled()) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "retention");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        synchronized (wake) {
            wake.notifyAll(); // no interrupt: H2 closes its file when a thread is interrupted inside it
        }
        if (thread != null) {
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
