package io.sitrep.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import io.sitrep.SitrepProperties;
import io.sitrep.chat.ChatGateway;
import io.sitrep.chat.SendResult;
import io.sitrep.subscription.SubscriberStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Drains the outbox: replies first, then pushes, each chat in order and one message at a time, paced under
 * Telegram's limits. A row is marked sent as soon as Telegram confirms it, so a restart resends at most the
 * messages that were in flight.
 */
@Component
public class OutboxSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 500;

    private final Outbox outbox;
    private final OutboxSignal signal;
    private final ChatGateway gateway;
    private final SubscriberStore subscribers;
    private final SendPacer pacer;
    private final MeterRegistry meters;
    private final Clock clock;
    private final SitrepProperties.Delivery settings;
    private final boolean autoStart;
    private final Set<Long> inFlightRows = ConcurrentHashMap.newKeySet();
    private final Set<Long> inFlightChats = ConcurrentHashMap.newKeySet();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean running;
    private Thread loop;
    private ExecutorService workers;
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    private OutboxClaims claims; // several instances on one database: rows are claimed, never just read

    OutboxSender(Outbox outbox, OutboxSignal signal, ChatGateway gateway, SubscriberStore subscribers,
                 SitrepProperties properties, MeterRegistry meters, Clock clock,
                 @Value("${sitrep.delivery.enabled:true}") boolean autoStart) {
        this.outbox = outbox;
        this.signal = signal;
        this.gateway = gateway;
        this.subscribers = subscribers;
        this.settings = properties.delivery();
        this.pacer = new SendPacer(settings, System::nanoTime);
        this.meters = meters;
        this.clock = clock;
        this.autoStart = autoStart;
    }

    private void run() {
        while (running) {
            try {
                int dispatched = dispatchDue();
                if (dispatched == 0) {
                    signal.await(inFlight.get() > 0 ? 20 : 250);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("Outbox sender error; retrying shortly", e);
                sleep(1000);
            }
        }
    }

    private int dispatchDue() throws InterruptedException {
        List<Outbox.Due> due = claims != null ? claims.claim(BATCH) : outbox.due(clock.instant(), BATCH);
        Set<Long> skipChats = new HashSet<>();
        int dispatched = 0;
        for (Outbox.Due row : due) {
            if (!running) {
                break;
            }
            // Keep each chat's messages in order: once a chat is busy or paced, its later rows wait too.
            if (inFlightRows.contains(row.id()) || skipChats.contains(row.chatId()) || inFlightChats.contains(row.chatId())) {
                skipChats.add(row.chatId());
                release(row);
                continue;
            }
            if (pacer.chatWaitNanos(row.chatId()) > 0) {
                skipChats.add(row.chatId());
                release(row);
                continue;
            }
            while (inFlight.get() >= settings.senderThreads() * 2) {
                signal.await(5);
            }
            long wait = pacer.reserveGlobalNanos();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            skipChats.add(row.chatId());
            inFlightRows.add(row.id());
            inFlightChats.add(row.chatId());
            inFlight.incrementAndGet();
            pacer.sentTo(row.chatId());
            workers.execute(() -> deliver(row));
            dispatched++;
        }
        return dispatched;
    }

    private void release(Outbox.Due row) {
        if (claims != null && !inFlightRows.contains(row.id())) {
            claims.release(row.id());
        }
    }

    private void deliver(Outbox.Due row) {
        try {
            SendResult result = gateway.send(row.chatId(), row.threadId(), row.text());
            record(row, result);
        } catch (RuntimeException e) {
            log.error("Sending outbox row {} failed unexpectedly", row.id(), e);
            retryLater(row, e.toString());
        } finally {
            inFlightRows.remove(row.id());
            inFlightChats.remove(row.chatId());
            inFlight.decrementAndGet();
            signal.wake();
        }
    }

    private void record(Outbox.Due row, SendResult result) {
        if (result instanceof SendResult.Sent sent) {
            outbox.markSent(row.id(), sent.messageId(), clock.instant());
            meters.counter("sitrep.sends", "kind", row.priority() == Outbox.REPLY ? "reply" : "push").increment();
        } else if (result instanceof SendResult.RetryAfter retry) {
            meters.counter("sitrep.telegram.429").increment();
            log.warn("Telegram flood control: waiting {}s before chat {}", retry.delay().toSeconds(), row.chatId());
            pacer.pause(row.chatId(), retry.delay(), retry.global());
            outbox.retryAt(row.id(), clock.instant().plus(retry.delay()), false, "429 retry after " + retry.delay().toSeconds() + "s");
        } else if (result instanceof SendResult.ChatGone gone) {
            log.info("Chat {} is gone ({}); unsubscribing it", row.chatId(), gone.reason());
            subscribers.deactivate(row.chatId());
            outbox.markDead(row.id(), "chat gone: " + gone.reason());
            outbox.cancelPending(row.chatId(), "chat gone");
            meters.counter("sitrep.chats.gone").increment();
        } else if (result instanceof SendResult.Migrated migrated) {
            log.info("Group {} became supergroup {}; moving its subscription", row.chatId(), migrated.newChatId());
            subscribers.migrate(row.chatId(), migrated.newChatId());
            outbox.moveChat(row.chatId(), migrated.newChatId());
        } else if (result instanceof SendResult.Rejected rejected) {
            log.error("Telegram rejected outbox row {} to chat {}: {}", row.id(), row.chatId(), rejected.reason());
            outbox.markDead(row.id(), rejected.reason());
            meters.counter("sitrep.dead_letters").increment();
        } else if (result instanceof SendResult.Failed failed) {
            retryLater(row, failed.reason());
        }
    }

    private void retryLater(Outbox.Due row, String reason) {
        int attempts = row.attempts() + 1;
        meters.counter("sitrep.send.errors").increment();
        if (attempts >= settings.maxAttempts()) {
            log.error("Giving up on outbox row {} to chat {} after {} attempts: {}", row.id(), row.chatId(), attempts, reason);
            outbox.markDead(row.id(), reason);
            meters.counter("sitrep.dead_letters").increment();
            return;
        }
        long base = Math.min(600_000L, 1000L << Math.min(attempts, 20));
        long jittered = base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1);
        log.warn("Send to chat {} failed (attempt {}): {}; retrying in {} ms", row.chatId(), attempts, reason, jittered);
        outbox.retryAt(row.id(), clock.instant().plus(Duration.ofMillis(jittered)), true, reason);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        running = true;
        AtomicInteger n = new AtomicInteger();
        workers = Executors.newFixedThreadPool(settings.senderThreads(), r -> {
            Thread t = new Thread(r, "outbox-send-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        loop = new Thread(this::run, "outbox-sender");
        loop.setDaemon(true);
        loop.start();
    }

    @Override
    public void stop() {
        running = false;
        if (loop != null) {
            loop.interrupt();
        }
        if (workers != null) {
            workers.shutdown();
            try {
                workers.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (claims != null) {
            claims.releaseAll();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public boolean isAutoStartup() {
        return autoStart;
    }
}
