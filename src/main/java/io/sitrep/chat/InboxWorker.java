package io.sitrep.chat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.sitrep.shared.StartOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Handles stored Telegram updates one by one, in order, off the polling thread. Each update is handled and
 * marked done in one transaction, so a crash re-handles it at most once and never loses it.
 */
class InboxWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InboxWorker.class);

    private final InboxStore inbox;
    private final IncomingMessageHandler handler;
    private final TransactionTemplate transactions;
    private final ObjectMapper json;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Semaphore wake = new Semaphore(0);
    private volatile Thread thread;
    private volatile boolean running;

    InboxWorker(InboxStore inbox, IncomingMessageHandler handler, TransactionTemplate transactions, ObjectMapper json,
                MeterRegistry meters, Clock clock) {
        this.inbox = inbox;
        this.handler = handler;
        this.transactions = transactions;
        this.json = json;
        this.meters = meters;
        this.clock = clock;
    }

    void wake() {
        wake.release();
    }

    private void run() {
        long lastPrune = 0;
        while (running) {
            try {
                List<InboxStore.Pending> pending = inbox.pending(50);
                for (InboxStore.Pending update : pending) {
                    handleOne(update);
                }
                if (System.currentTimeMillis() - lastPrune > Duration.ofHours(1).toMillis()) {
                    inbox.prune(clock.instant().minus(Duration.ofDays(1)));
                    lastPrune = System.currentTimeMillis();
                }
                if (pending.isEmpty()) {
                    wake.tryAcquire(1, TimeUnit.SECONDS);
                    wake.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("Inbox worker error; retrying shortly", e);
                sleepQuietly(1000);
            }
        }
    }

    private void handleOne(InboxStore.Pending pending) {
        long started = System.nanoTime();
        try {
            transactions.executeWithoutResult(status -> {
                // Claim first: with two instances on one database, only the one whose claim wins handles it.
                if (inbox.claim(pending.updateId(), clock.instant())) {
                    toMessage(pending).ifPresent(handler::handle);
                }
            });
        } catch (RuntimeException e) {
            // A message that makes the handler fail must not block every later one: record it and move on.
            log.error("Update {} could not be handled; skipping it", pending.updateId(), e);
            meters.counter("sitrep.commands.errors").increment();
            inbox.markProcessed(pending.updateId(), clock.instant());
        }
        meters.timer("sitrep.commands.latency").record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }

    private Optional<IncomingMessage> toMessage(InboxStore.Pending pending) {
        try {
            return UpdateTranslator.toIncoming(json.readValue(pending.payload(), Update.class));
        } catch (java.io.IOException e) {
            log.warn("Update {} is not readable: {}", pending.updateId(), e.getMessage());
            return Optional.empty();
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::run, "inbox-worker");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public int getPhase() {
        return StartOrder.CHAT_WORKERS;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
