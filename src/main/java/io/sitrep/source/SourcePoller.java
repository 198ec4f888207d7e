package io.sitrep.source;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import io.sitrep.shared.SitrepMode;
import io.sitrep.shared.SitrepProperties;
import io.sitrep.shared.UrlRedactor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Reads every configured source on its own interval and hands each read to the {@link EntryTracker}; a source whose
 * reads fail is polled less and less often (see {@link Backoff}) until one works again.
 */
@Component
public class SourcePoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SourcePoller.class);

    private final List<SitrepProperties.Source> sources;
    private final Duration replayInterval;
    private final SourceReader reader;
    private final EntryTracker tracker;
    private final SourceStatus status;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Backoff backoff;
    private final boolean autoStart;
    private final Map<String, Integer> failuresInARow = new ConcurrentHashMap<>();
    private final Map<String, Duration> serverAsked = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService scheduler;
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    private SourceLease lease = SourceLease.ALWAYS;

    @Autowired
    SourcePoller(SitrepProperties properties, SitrepMode mode, SourceReader reader, EntryTracker tracker, SourceStatus status,
                 MeterRegistry meters, Clock clock, @Value("${sitrep.polling.enabled:true}") boolean autoStart) {
        this(properties.sources(),
                mode.isConsole() && properties.console().replay() ? properties.console().replayInterval() : null,
                reader, tracker, status, meters, clock, Backoff.withJitter(properties.fetch().maxBackoff()), autoStart);
    }

    SourcePoller(List<SitrepProperties.Source> sources, Duration replayInterval, SourceReader reader, EntryTracker tracker,
                 SourceStatus status, MeterRegistry meters, Clock clock, Backoff backoff, boolean autoStart) {
        this.sources = sources;
        this.replayInterval = replayInterval;
        this.reader = reader;
        this.tracker = tracker;
        this.status = status;
        this.meters = meters;
        this.clock = clock;
        this.backoff = backoff;
        this.autoStart = autoStart;
    }

    /** Reads one source now; errors are logged and counted, never thrown. Null when the read failed. */
    public EntryTracker.Changes poll(SitrepProperties.Source source) {
        if (!lease.tryAcquire(source)) return null; // another instance reads this source now
        try {
            SourceReader.Reading reading = reader.read(source);
            EntryTracker.Changes changes = reading.parsed().isEmpty()
                    ? new EntryTracker.Changes(List.of(), List.of(), List.of(), false, List.of())
                    : tracker.apply(reading.parsed(), source.name(), source.follow() > 0);
            Set<String> setAside = changes.layoutChanges().stream().map(EntryTracker.LayoutChange::pageUrl)
                    .collect(Collectors.toCollection(java.util.HashSet::new));
            // A page with entries missing but not yet withdrawn is read in full next time, so the absence is counted.
            setAside.addAll(changes.pendingPages());
            reader.remember(source, reading, setAside);
            failuresInARow.remove(source.name());
            serverAsked.remove(source.name());
            if (changes.layoutChange()) {
                fail(source, changes.layoutChanges().stream().map(EntryTracker.LayoutChange::describe).collect(Collectors.joining("; ")));
            } else {
                status.success(source.name(), clock.instant(), reader.entries(source, reading));
            }
            for (String problem : reading.problems()) {
                fail(source, problem); // a followed post that failed; the others were read
            }
            meters.counter("sitrep.entries.ingested", "source", source.name()).increment(changes.added().size());
            if (!changes.baseline() && !changes.isEmpty()) {
                log.info("Source '{}': {} new, {} edited, {} retracted", source.name(), changes.added().size(),
                        changes.edited().size(), changes.retracted().size());
            }
            return changes;
        } catch (FetchException e) {
            if (Thread.currentThread().isInterrupted()) {
                return null; // stopping: not the source's fault
            }
            failuresInARow.merge(source.name(), 1, Integer::sum);
            e.retryAfter().ifPresentOrElse(wait -> serverAsked.put(source.name(), wait), () -> serverAsked.remove(source.name()));
            fail(source, e.getMessage());
        } catch (RuntimeException e) {
            failuresInARow.merge(source.name(), 1, Integer::sum);
            log.error("Reading source '{}' failed unexpectedly: {}", source.name(), UrlRedactor.text(String.valueOf(e)));
            log.debug("Stack of the failed read of '{}'", source.name(), e);
            fail(source, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return null;
    }

    /** The gap before this source's next poll, given how its recent polls went. */
    Duration nextDelay(SitrepProperties.Source source) {
        if (replayInterval != null) {
            return replayInterval;
        }
        return backoff.next(source.pollInterval(), failuresInARow.getOrDefault(source.name(), 0), serverAsked.get(source.name()));
    }

    private void fail(SitrepProperties.Source source, String message) {
        log.warn("Source '{}' not read: {}", source.name(), UrlRedactor.text(message));
        status.failure(source.name(), clock.instant(), message);
        meters.counter("sitrep.poll.errors", "source", source.name()).increment();
    }

    private void pollAndReschedule(SitrepProperties.Source source) {
        try {
            poll(source);
        } finally {
            ScheduledExecutorService current = scheduler;
            if (current != null && !current.isShutdown()) {
                Duration delay = nextDelay(source);
                if (failuresInARow.getOrDefault(source.name(), 0) > 0) {
                    log.info("Source '{}': next try in {}s", source.name(), delay.toSeconds());
                }
                try {
                    current.schedule(() -> pollAndReschedule(source), delay.toMillis(), TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.RejectedExecutionException stopped) {
                    // stopping
                }
            }
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService started = Executors.newScheduledThreadPool(Math.max(1, Math.min(4, sources.size())), r -> {
            Thread t = new Thread(r, "source-poller");
            t.setDaemon(true);
            return t;
        });
        scheduler = started;
        for (SitrepProperties.Source source : sources) {
            started.schedule(() -> pollAndReschedule(source), 0, TimeUnit.MILLISECONDS);
        }
        log.info("Polling {} source(s)", sources.size());
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = scheduler;
        scheduler = null;
        if (running != null) {
            // Polls waiting for their time are dropped; one under way finishes (up to a few seconds) before the
            // threads are interrupted: H2 closes the whole database when a thread is interrupted inside it.
            if (running instanceof java.util.concurrent.ScheduledThreadPoolExecutor pool) {
                pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
            }
            running.shutdown();
            try {
                if (!running.awaitTermination(5, TimeUnit.SECONDS)) {
                    running.shutdownNow();
                }
            } catch (InterruptedException e) {
                running.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    @Override
    public boolean isAutoStartup() {
        return autoStart;
    }
}
