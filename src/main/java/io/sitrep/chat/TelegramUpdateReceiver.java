package io.sitrep.chat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.NonTransientDataAccessException;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Receives updates from TelegramBots' long polling and stores them before returning. The offset of each getUpdates
 * call (which tells Telegram the updates arrived) is taken from what this receiver stored, not from the session, so
 * a stored update is never lost and a restart resumes where the database says.
 *
 * <p>No update can wedge polling: one the library cannot read (see {@link TolerantGetUpdates}) is kept raw in the
 * inbox as already handled, and one that cannot be stored at all is logged; either way it is counted in
 * {@code sitrep.telegram.updates.skipped} and the offset moves past it.
 */
class TelegramUpdateReceiver implements LongPollingUpdateConsumer, Function<Integer, GetUpdates> {

    private static final Logger log = LoggerFactory.getLogger(TelegramUpdateReceiver.class);
    private static final List<String> WANTED = List.of("message", "my_chat_member", "callback_query");
    /** Attempts to store an update while the database fails in a way that may pass (a restart, a lost connection). */
    static final int STORE_ATTEMPTS = 30;

    private final InboxStore inbox;
    private final InboxWorker worker;
    private final ObjectMapper json;
    private final MeterRegistry meters;
    private final Clock clock;
    private final int pollTimeoutSeconds;
    private final long retryPauseMillis;
    private final AtomicLong lastStored = new AtomicLong(-1);
    /** Raw JSON of the updates of the current answer that could not be read, by update id. */
    private final Map<Integer, String> unreadable = new ConcurrentHashMap<>();

    TelegramUpdateReceiver(InboxStore inbox, InboxWorker worker, ObjectMapper json, MeterRegistry meters, Clock clock,
                           int pollTimeoutSeconds) {
        this(inbox, worker, json, meters, clock, pollTimeoutSeconds, 200);
    }

    TelegramUpdateReceiver(InboxStore inbox, InboxWorker worker, ObjectMapper json, MeterRegistry meters, Clock clock,
                           int pollTimeoutSeconds, long retryPauseMillis) {
        this.inbox = inbox;
        this.worker = worker;
        this.json = json;
        this.meters = meters;
        this.clock = clock;
        this.pollTimeoutSeconds = pollTimeoutSeconds;
        this.retryPauseMillis = retryPauseMillis;
    }

    @Override
    public void consume(List<Update> updates) {
        for (Update update : updates) {
            String raw = unreadable.remove(update.getUpdateId());
            if (raw != null) {
                keepUnreadable(update.getUpdateId(), raw);
            } else {
                storeWithRetry(update);
            }
        }
        worker.wake();
    }

    /** Called while an answer is read: the update's raw JSON is kept for {@link #consume}, which moves past it. */
    void unreadable(Integer updateId, String rawJson, String problem) {
        if (updateId == null) {
            // Without a usable id there is no offset to acknowledge it with; the others of the answer still move it on.
            log.error("An update without a usable update_id could not be read and is skipped: {}", problem);
            skipped("no-update-id");
            return;
        }
        log.warn("Update {} could not be read ({}); kept raw and skipped", updateId, problem);
        unreadable.put(updateId, rawJson);
    }

    private void keepUnreadable(int updateId, String raw) {
        try {
            inbox.saveHandled(updateId, raw, clock.instant());
        } catch (RuntimeException e) {
            log.error("Unreadable update {} not kept either ({}); its JSON: {}", updateId, e.getMessage(), abbreviate(raw));
        }
        skipped("unreadable");
        lastStored.accumulateAndGet(updateId, Math::max);
    }

    private void storeWithRetry(Update update) {
        String payload;
        try {
            payload = json.writeValueAsString(update);
        } catch (JsonProcessingException e) {
            log.error("Update {} cannot be serialised; skipped: {}", update.getUpdateId(), e.getOriginalMessage());
            skip(update.getUpdateId(), "unstorable");
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                inbox.save(update.getUpdateId(), payload, clock.instant());
                lastStored.accumulateAndGet(update.getUpdateId(), Math::max);
                return;
            } catch (RuntimeException e) {
                // Returning now would let the next getUpdates acknowledge an update we never stored; so wait while
                // the failure may pass, but not for ever: an update that can never be stored must not stop polling.
                log.error("Cannot store update {} (attempt {}): {}", update.getUpdateId(), attempt, e.getMessage());
                if (e instanceof NonTransientDataAccessException || attempt >= STORE_ATTEMPTS) {
                    log.error("Giving up on update {} after {} attempt(s); skipped. Its JSON: {}", update.getUpdateId(),
                            attempt, abbreviate(payload));
                    skip(update.getUpdateId(), "unstorable");
                    return;
                }
                try {
                    Thread.sleep(Math.min(10_000, retryPauseMillis * attempt));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void skip(int updateId, String reason) {
        skipped(reason);
        lastStored.accumulateAndGet(updateId, Math::max);
    }

    private void skipped(String reason) {
        meters.counter("sitrep.telegram.updates.skipped", "reason", reason).increment();
    }

    private static String abbreviate(String raw) {
        return raw.length() <= 2000 ? raw : raw.substring(0, 2000) + "...";
    }

    /** The next getUpdates call: its offset acknowledges exactly what the inbox holds (or skipped). */
    @Override
    public GetUpdates apply(Integer lastReceivedBySession) {
        long last = lastStored.get();
        if (last < 0) {
            last = inbox.maxUpdateId();
            lastStored.accumulateAndGet(last, Math::max);
        }
        return new TolerantGetUpdates(Math.toIntExact(last + 1), 100, pollTimeoutSeconds, WANTED, this::unreadable);
    }
}
