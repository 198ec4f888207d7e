package io.sitrep.subscription;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.sitrep.briefing.BriefingFormatter;
import io.sitrep.briefing.MessageSplitter;
import io.sitrep.briefing.PushRendering;
import io.sitrep.briefing.ReaderSettings;
import io.sitrep.briefing.Times;
import io.sitrep.source.Entry;
import io.sitrep.source.EntryCache;
import io.sitrep.source.EntryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Releases held UPDATEs when they are due: as ordinary pushes once an instant chat's quiet hours end, or as one
 * digest message per destination for hourly and daily chats. Entries are read as they are now, so a corrected
 * entry goes out corrected and a withdrawn one not at all.
 */
@Component
class DigestScheduler {

    private static final Logger log = LoggerFactory.getLogger(DigestScheduler.class);

    private final HeldPushes held;
    private final SettingsStore settings;
    private final SubscriberStore subscribers;
    private final PushAudience audience;
    private final EntryCache cache;
    private final EntryStore entries;
    private final BriefingFormatter formatter;
    private final PushRendering rendering;
    private final PushQueue outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DigestScheduler(HeldPushes held, SettingsStore settings, SubscriberStore subscribers, PushAudience audience,
                    EntryCache cache, EntryStore entries, BriefingFormatter formatter, PushRendering rendering, PushQueue outbox,
                    TransactionTemplate transactions, Clock clock) {
        this.held = held;
        this.settings = settings;
        this.subscribers = subscribers;
        this.audience = audience;
        this.cache = cache;
        this.entries = entries;
        this.formatter = formatter;
        this.rendering = rendering;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = 30_000, initialDelay = 10_000)
    void tick() {
        try {
            releaseDue();
        } catch (RuntimeException e) {
            log.error("Releasing held UPDATEs failed; trying again shortly", e);
        }
    }

    /** Queues every chat's due digest or held pushes; returns how many chats got something. */
    public int releaseDue() {
        Instant now = clock.instant();
        int released = 0;
        for (long chatId : held.chats()) {
            Boolean done = transactions.execute(status -> releaseChat(chatId, now));
            if (Boolean.TRUE.equals(done)) {
                released++;
            }
        }
        return released;
    }

    private boolean releaseChat(long chatId, Instant now) {
        List<HeldPushes.Held> waiting = held.of(chatId);
        if (waiting.isEmpty()) {
            return false;
        }
        if (!subscribers.isActive(chatId)) {
            held.dropChat(chatId);
            return false;
        }
        ChatSettings chat = settings.of(chatId);
        if (!DigestSchedule.isDue(chat, waiting.get(0).heldAt(), now)) {
            return false;
        }
        ReaderSettings reader = ReaderSettings.of(chat.zone(), chat.readsIn());
        Map<Recipient, List<Entry>> byDestination = new LinkedHashMap<>();
        for (HeldPushes.Held h : waiting) {
            current(h.entryId()).ifPresent(e -> byDestination.computeIfAbsent(h.to(), k -> new ArrayList<>()).add(e));
        }
        byDestination.forEach((to, list) -> {
            if (chat.mode() == DeliveryMode.INSTANT) {
                for (Entry e : list) {
                    outbox.enqueuePush(e.id(), e.version(), rendering.render(e, reader), List.of(to), reader, now);
                }
            } else {
                outbox.enqueuePush(null, null, digest(chat, list, now), List.of(to), reader, now);
            }
        });
        held.release(waiting);
        log.info("Released {} held UPDATE(s) to chat {}", waiting.size(), chatId);
        return true;
    }

    /** A digest: a title naming the period, then each UPDATE as a short item, oldest first, in the chat's zone. */
    List<String> digest(ChatSettings chat, List<Entry> list, Instant now) {
        List<Entry> ordered = list.stream()
                .sorted(Comparator.comparing((Entry e) -> e.time() == null ? Instant.MIN : e.time())).toList();
        ReaderSettings reader = ReaderSettings.of(chat.zone(), chat.readsIn());
        String title = reader.text(chat.mode() == DeliveryMode.DAILY ? "digest.daily" : "digest.hourly",
                "count", ordered.size(), "time", Times.of(now, reader, false));
        StringBuilder html = new StringBuilder(title);
        for (Entry e : ordered) {
            html.append("\n\n").append(formatter.item(e, reader));
        }
        return MessageSplitter.split(html.toString());
    }

    private Optional<Entry> current(String entryId) {
        if (audience.isWithdrawn(entryId)) {
            return Optional.empty();
        }
        Optional<Entry> cached = cache.byId(entryId);
        return cached.isPresent() ? cached : entries.findById(entryId);
    }
}
