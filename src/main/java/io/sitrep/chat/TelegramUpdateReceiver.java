package io.sitrep.chat;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Receives updates from TelegramBots' long polling and stores them before returning. TelegramBots only asks for
 * the next offset (which tells Telegram the updates arrived) after this returns, so a stored update is never lost;
 * the offset itself is taken from the inbox, so a restart resumes where the database says.
 */
class TelegramUpdateReceiver implements LongPollingUpdateConsumer, Function<Integer, GetUpdates> {

    private static final Logger log = LoggerFactory.getLogger(TelegramUpdateReceiver.class);
    private static final List<String> WANTED = List.of("message", "my_chat_member", "callback_query");

    private final InboxStore inbox;
    private final InboxWorker worker;
    private final ObjectMapper json;
    private final Clock clock;
    private final int pollTimeoutSeconds;
    private final AtomicLong lastStored = new AtomicLong(-1);

    TelegramUpdateReceiver(InboxStore inbox, InboxWorker worker, ObjectMapper json, Clock clock, int pollTimeoutSeconds) {
        this.inbox = inbox;
        this.worker = worker;
        this.json = json;
        this.clock = clock;
        this.pollTimeoutSeconds = pollTimeoutSeconds;
    }

    @Override
    public void consume(List<Update> updates) {
        for (Update update : updates) {
            storeWithRetry(update);
        }
        worker.wake();
    }

    private void storeWithRetry(Update update) {
        String payload;
        try {
            payload = json.writeValueAsString(update);
        } catch (JsonProcessingException e) {
            log.error("Update {} cannot be serialised; dropped", update.getUpdateId(), e);
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                inbox.save(update.getUpdateId(), payload, clock.instant());
                lastStored.accumulateAndGet(update.getUpdateId(), Math::max);
                return;
            } catch (RuntimeException e) {
                // Returning now would let the next getUpdates acknowledge an update we never stored.
                log.error("Cannot store update {} (attempt {}): {}", update.getUpdateId(), attempt, e.getMessage());
                if (attempt >= 30) {
                    log.error("Giving up on update {} after {} attempts", update.getUpdateId(), attempt);
                    return;
                }
                try {
                    Thread.sleep(Math.min(10_000, 200L * attempt));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** The next getUpdates call: its offset acknowledges exactly what the inbox holds. */
    @Override
    public GetUpdates apply(Integer lastReceivedBySession) {
        long last = lastStored.get();
        if (last < 0) {
            last = inbox.maxUpdateId();
            lastStored.accumulateAndGet(last, Math::max);
        }
        return GetUpdates.builder()
                .offset(Math.toIntExact(last + 1))
                .limit(100)
                .timeout(pollTimeoutSeconds)
                .allowedUpdates(WANTED)
                .build();
    }
}
