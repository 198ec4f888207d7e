package io.sitrep.source;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.sitrep.SitrepProperties;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Reads every configured source on its own interval and hands each read to the {@link EntryTracker}. */
@Component
public class SourcePoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SourcePoller.class);

    private final List<SitrepProperties.Source> sources;
    private final java.time.Duration replayInterval;
    private final PageSource pages;
    private final LiveBlogParser parser;
    private final EntryTracker tracker;
    private final SourceStatus status;
    private final MeterRegistry meters;
    private final Clock clock;
    private final boolean autoStart;
    private ScheduledExecutorService scheduler;
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    private SourceLease lease = SourceLease.ALWAYS;

    SourcePoller(SitrepProperties properties, PageSource pages, LiveBlogParser parser, EntryTracker tracker,
                 SourceStatus status, MeterRegistry meters, Clock clock,
                 @Value("${sitrep.polling.enabled:true}") boolean autoStart) {
        this.sources = properties.sources();
        this.replayInterval = properties.consoleMode() && properties.console().replay() ? properties.console().replayInterval() : null;
        this.pages = pages;
        this.parser = parser;
        this.tracker = tracker;
        this.status = status;
        this.meters = meters;
        this.clock = clock;
        this.autoStart = autoStart;
    }

    /** Reads one source now; errors are logged and counted, never thrown. */
    public EntryTracker.Changes poll(SitrepProperties.Source source) {
        if (!lease.tryAcquire(source)) return null; // another instance reads this source now
        try {
            Document document = pages.read(source);
            ParsedPage page = parser.parse(document, source.name());
            EntryTracker.Changes changes = tracker.apply(page, source.name());
            if (changes.layoutChange()) {
                fail(source, "layout change? " + page.entries().size() + " entries found on " + page.url());
            } else {
                status.success(source.name(), clock.instant(), page.entries().size());
            }
            meters.counter("sitrep.entries.ingested", "source", source.name()).increment(changes.added().size());
            if (!changes.baseline() && (!changes.added().isEmpty() || !changes.edited().isEmpty() || !changes.retracted().isEmpty())) {
                log.info("Source '{}': {} new, {} edited, {} retracted", source.name(), changes.added().size(),
                        changes.edited().size(), changes.retracted().size());
            }
            return changes;
        } catch (FetchException e) {
            fail(source, e.getMessage());
        } catch (RuntimeException e) {
            log.error("Reading source '{}' failed unexpectedly", source.name(), e);
            fail(source, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return null;
    }

    private void fail(SitrepProperties.Source source, String message) {
        log.warn("Source '{}' not read: {}", source.name(), message);
        status.failure(source.name(), clock.instant(), message);
        meters.counter("sitrep.poll.errors", "source", source.name()).increment();
    }

    @Override
    public void start() {
        scheduler = Executors.newScheduledThreadPool(Math.min(4, sources.size()), r -> {
            Thread t = new Thread(r, "source-poller");
            t.setDaemon(true);
            return t;
        });
        for (SitrepProperties.Source source : sources) {
            long every = (replayInterval != null ? replayInterval : source.pollInterval()).toMillis();
            scheduler.scheduleWithFixedDelay(() -> poll(source), 0, every, TimeUnit.MILLISECONDS);
        }
        log.info("Polling {} source(s)", sources.size());
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
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
