package io.sitrep.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import io.sitrep.shared.SitrepProperties;
import io.sitrep.shared.StartOrder;
import io.sitrep.chat.ChatGateway;
import io.sitrep.chat.PushOptions;
import io.sitrep.chat.SendResult;
import io.sitrep.source.Entry;
import io.sitrep.subscription.ChatSettings;
import io.sitrep.subscription.SettingsStore;
import io.sitrep.subscription.ChatUnsubscribed;
import io.sitrep.subscription.SubscriberStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Drains the outbox: replies first, then pushes and edits, each chat in order and one message at a time, paced under
 * Telegram's limits. One loop thread reads due rows in small batches and picks what may leave now; a pool of
 * workers makes the calls. A row is marked sent as soon as Telegram confirms it, so a restart resends at most the
 * messages that were in flight (at most {@code sender-threads}).
 */
@Component
class OutboxSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final long REPLY_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final long IDLE_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
    private static final long MAX_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final Outbox outbox;
    private final OutboxSignal signal;
    private final ChatGateway gateway;
    private final SubscriberStore subscribers;
    private final SendPacer pacer;
    private final FloodControl flood;
    private final Backoff backoff;
    private final SendPacer.Ticker ticker;
    private final MeterRegistry meters;
    private final Clock clock;
    private final SitrepProperties.Delivery settings;
    private final boolean autoStart;
    private final int batch;
    private final SendQueue queue = new SendQueue();
    private final Set<Long> busyChats = ConcurrentHashMap.newKeySet();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean running;
    private Thread loop;
    private ExecutorService workers;
    private OutboxClaims claims; // several instances on one database: rows are claimed, never just read
    private SettingsStore chatSettings; // silent pushes and link previews per chat; absent in bare delivery tests
    private long lastReplyPoll;
    private long lastPushPoll;
    private boolean lastPushPollFoundRows;

    @Autowired
    OutboxSender(Outbox outbox, OutboxSignal signal, ChatGateway gateway, SubscriberStore subscribers,
                 SitrepProperties properties, MeterRegistry meters, Clock clock,
                 @Value("${sitrep.delivery.enabled:true}") boolean autoStart,
                 org.springframework.beans.factory.ObjectProvider<OutboxClaims> claims,
                 org.springframework.beans.factory.ObjectProvider<SettingsStore> chatSettings) {
        this(outbox, signal, gateway, subscribers, properties.delivery(), meters, clock, System::nanoTime, autoStart);
        this.claims = claims.getIfAvailable();
        this.chatSettings = chatSettings.getIfAvailable();
    }

    OutboxSender(Outbox outbox, OutboxSignal signal, ChatGateway gateway, SubscriberStore subscribers,
                 SitrepProperties.Delivery settings, MeterRegistry meters, Clock clock, SendPacer.Ticker ticker,
                 boolean autoStart) {
        this.outbox = outbox;
        this.signal = signal;
        this.gateway = gateway;
        this.subscribers = subscribers;
        this.settings = settings;
        this.ticker = ticker;
        this.pacer = new SendPacer(settings, ticker);
        this.flood = new FloodControl(settings, ticker);
        this.backoff = new Backoff(settings, bound -> ThreadLocalRandom.current().nextLong(bound + 1));
        this.meters = meters;
        this.clock = clock;
        this.autoStart = autoStart;
        // About two seconds of sending per read: few queries, yet a fresh view of the outbox every second or so.
        this.batch = Math.max(50, Math.min(2000, settings.pushPerSecond() * 2));
    }

    private void run() {
        lastReplyPoll = ticker.nanos() - REPLY_POLL_NANOS;
        lastPushPoll = lastReplyPoll;
        while (running) {
            try {
                step();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("Outbox sender error; retrying shortly", e);
                queue.clearHeld();
                sleep(1000);
            }
        }
    }

    /** One turn of the loop: read what is due when needed, then send one row or wait for the next chance. */
    private void step() throws InterruptedException {
        queue.settle();
        if (signal.takeChangedRows()) {
            queue.clearHeld();
            lastPushPollFoundRows = true; // read again now
        }
        boolean newRows = signal.takeNewRows();
        long now = ticker.nanos();
        if (claims != null) {
            // Shared database: take rows by claim (this instance's share of the rate, chat-ready rows only).
            if (newRows || now - lastReplyPoll >= REPLY_POLL_NANOS) {
                queue.add(claims.claim(batch));
                lastReplyPoll = now;
            }
        } else if (newRows || now - lastReplyPoll >= REPLY_POLL_NANOS) {
            queue.add(outbox.due(clock.instant(), Outbox.REPLY, 100));
            lastReplyPoll = now;
        }
        if (claims == null && queue.heldPushes() < batch / 2
                && (newRows || lastPushPollFoundRows || now - lastPushPoll >= IDLE_POLL_NANOS)) {
            int wanted = batch + queue.heldPushes() + inFlight.get();
            lastPushPollFoundRows = queue.add(outbox.due(clock.instant(), Outbox.PUSH, wanted)) > 0;
            lastPushPoll = now;
        }
        if (inFlight.get() >= settings.senderThreads()) {
            signal.await(20);
            return;
        }
        long freeWait = pacer.globalWaitNanos(false);
        long paidWait = settings.paidBroadcast() ? pacer.globalWaitNanos(true) : freeWait;
        Outbox.Due row = queue.pick(new SendQueue.Lanes() {
            @Override
            public boolean chatReady(long chatId) {
                return !busyChats.contains(chatId) && pacer.chatWaitNanos(chatId) == 0;
            }

            @Override
            public boolean laneOpen(Outbox.Due due) {
                return (paid(due) ? paidWait : freeWait) == 0;
            }
        });
        if (row == null) {
            long wait = queue.held() == 0 ? IDLE_POLL_NANOS : MAX_WAIT_NANOS;
            if (freeWait > 0) {
                wait = Math.min(wait, freeWait);
            }
            if (paidWait > 0) {
                wait = Math.min(wait, paidWait);
            }
            signal.awaitNanos(wait);
            return;
        }
        if (claims != null && !claims.mayStillSend(row.id())) {
            // Held too long: another instance may take it once the claim runs out, so give it back unsent.
            queue.dispatched(row);
            queue.finished(row.id());
            claims.release(row.id());
            return;
        }
        dispatch(row);
    }

    private boolean paid(Outbox.Due row) {
        return settings.paidBroadcast() && row.priority() == Outbox.PUSH && !row.isEdit();
    }

    private void dispatch(Outbox.Due row) {
        boolean paid = paid(row);
        SendPacer.Slot slot = pacer.take(paid);
        pacer.sentTo(row.chatId());
        queue.dispatched(row);
        busyChats.add(row.chatId());
        inFlight.incrementAndGet();
        workers.execute(() -> deliver(row, paid, slot));
    }

    private void deliver(Outbox.Due row, boolean paid, SendPacer.Slot slot) {
        try {
            boolean asPhoto = goesAsPhoto(row);
            SendResult result;
            try {
                result = send(row, paid, asPhoto);
            } finally {
                pacer.answered(slot);
            }
            if (asPhoto && result instanceof SendResult.Sent) {
                outbox.markPhotoPost(row.id()); // before the row is marked sent, so no edit of it sees it as text
            }
            record(row, result);
        } catch (RuntimeException e) {
            log.error("Sending outbox row {} failed unexpectedly", row.id(), e);
            try {
                retryLater(row, e.toString());
            } catch (RuntimeException again) {
                log.error("Cannot record the failure of outbox row {}", row.id(), again);
            }
        } finally {
            if (claims != null) {
                claims.settled(row.id());
            }
            busyChats.remove(row.chatId());
            inFlight.decrementAndGet();
            queue.finished(row.id());
            signal.nudge();
        }
    }

    /**
     * One Bot API call for a row: a map picture, an edit (of a caption when the push went out as a photo), a reply,
     * or a push with the chat's delivery options, as a photo when its entry has a picture and the text fits a
     * caption, else with the picture previewed above the text.
     */
    private SendResult send(Outbox.Due row, boolean paid, boolean asPhoto) {
        if (row.photo()) {
            return gateway.sendPhoto(row.chatId(), row.threadId(), outbox.photo(row.messageId()), row.text());
        }
        if (row.isEdit()) {
            return row.photoPost()
                    ? gateway.editCaption(row.chatId(), row.telegramMessageId(), PhotoCaption.fit(row.text()))
                    : gateway.edit(row.chatId(), row.telegramMessageId(), row.text(), pushOptions(row));
        }
        if (row.buttons() != null) {
            return gateway.send(row.chatId(), row.threadId(), row.text(), io.sitrep.chat.Buttons.decode(row.buttons()));
        }
        if (row.priority() != Outbox.PUSH) {
            return gateway.send(row.chatId(), row.threadId(), row.text(), paid);
        }
        String image = row.imageUrl();
        if (asPhoto) {
            String photo = image.startsWith(Entry.TELEGRAM_FILE) ? image.substring(Entry.TELEGRAM_FILE.length()) : image;
            return gateway.sendPhoto(row.chatId(), row.threadId(), photo, row.text(), pushOptions(row));
        }
        return gateway.sendPush(row.chatId(), row.threadId(), row.text(), pushOptions(row), paid);
    }

    /** A new push whose entry has a picture and whose text fits a caption goes out as that photo. */
    private static boolean goesAsPhoto(Outbox.Due row) {
        return row.priority() == Outbox.PUSH && !row.photo() && !row.isEdit() && row.buttons() == null
                && row.imageUrl() != null && PhotoCaption.fits(row.text());
    }

    /** The chat's delivery options for a push, with its entry's web picture previewed above the text. */
    private PushOptions pushOptions(Outbox.Due row) {
        if (row.priority() != Outbox.PUSH) {
            return PushOptions.PLAIN;
        }
        ChatSettings chat = chatSettings == null ? null : chatSettings.of(row.chatId());
        PushOptions options = chat == null ? PushOptions.PLAIN : new PushOptions(chat.silent(), chat.previews(), null);
        String image = row.imageUrl();
        return image != null && !image.startsWith(Entry.TELEGRAM_FILE) ? options.withPictureAbove(image) : options;
    }

    private void record(Outbox.Due row, SendResult result) {
        String kind = row.priority() == Outbox.REPLY ? "reply" : row.isEdit() ? "edit" : "push";
        if (result instanceof SendResult.Sent sent) {
            outbox.markDelivered(row.id(), sent.messageId(), row.messageId(), clock.instant());
            meters.counter("sitrep.sends", "kind", kind).increment();
        } else if (result instanceof SendResult.RetryAfter retry) {
            boolean global = retry.global() || flood.isGlobal(row.chatId(), retry.delay());
            meters.counter("sitrep.telegram.429", "scope", global ? "bot" : "chat").increment();
            log.warn("Telegram flood control: waiting {}s before {}", retry.delay().toSeconds(),
                    global ? "any message" : "chat " + row.chatId());
            pacer.pause(row.chatId(), retry.delay(), global);
            outbox.retryAt(row.id(), clock.instant().plus(retry.delay()), false,
                    "429 retry after " + retry.delay().toSeconds() + "s");
        } else if (result instanceof SendResult.ChatGone gone) {
            log.info("Chat {} is gone ({}); unsubscribing it", row.chatId(), gone.reason());
            subscribers.end(row.chatId(), ChatUnsubscribed.Reason.UNREACHABLE);
            meters.counter("sitrep.chats.gone").increment();
        } else if (result instanceof SendResult.Migrated migrated) {
            log.info("Group {} became supergroup {}; moving its subscription", row.chatId(), migrated.newChatId());
            subscribers.migrate(row.chatId(), migrated.newChatId());
        } else if (result instanceof SendResult.Rejected rejected) {
            log.error("Telegram refused outbox row {} ({}) to chat {}: {}", row.id(), kind, row.chatId(), rejected.reason());
            outbox.markDead(row.id(), rejected.reason(), clock.instant());
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
            outbox.markDead(row.id(), reason, clock.instant());
            meters.counter("sitrep.dead_letters").increment();
            return;
        }
        Duration wait = backoff.after(attempts);
        log.warn("Send to chat {} failed (attempt {}): {}; retrying in {} ms", row.chatId(), attempts, reason, wait.toMillis());
        outbox.retryAt(row.id(), clock.instant().plus(wait), true, reason);
    }

    /** Messages being sent right now. */
    int inFlight() {
        return inFlight.get();
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
        if (claims != null) {
            claims.releaseAllAfter(() -> inFlight.get() == 0);
        }
        if (loop != null) {
            // No interrupt: a thread interrupted inside H2's file I/O closes the database file for everyone.
            signal.nudge();
            try {
                loop.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (workers != null) {
            workers.shutdown();
            try {
                workers.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
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

    @Override
    public boolean isAutoStartup() {
        return autoStart;
    }
}
