package io.sitrep.delivery;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import io.sitrep.shared.SitrepProperties;

/**
 * Decides whether a 429 was about one chat or about the whole bot, which Telegram does not say. The rule: it is
 * bot-wide when {@code flood-global-chats} different chats got a 429 within one second (one chat's limit cannot
 * explain that), or when {@code retry_after} is at least {@code flood-global-retry} (per-chat waits are short;
 * long ones come with a bot-wide flood). Otherwise only that chat waits.
 */
class FloodControl {

    private static final long WINDOW_NANOS = 1_000_000_000L;

    private record Hit(long atNanos, long chatId) {
    }

    private final int globalChats;
    private final Duration globalRetry;
    private final SendPacer.Ticker ticker;
    private final Deque<Hit> recent = new ArrayDeque<>();

    FloodControl(SitrepProperties.Delivery settings, SendPacer.Ticker ticker) {
        this.globalChats = settings.floodGlobalChats();
        this.globalRetry = settings.floodGlobalRetry();
        this.ticker = ticker;
    }

    /** Records a 429 for this chat and tells whether the whole bot should wait {@code retryAfter}. */
    synchronized boolean isGlobal(long chatId, Duration retryAfter) {
        long now = ticker.nanos();
        while (!recent.isEmpty() && now - recent.peekFirst().atNanos() > WINDOW_NANOS) {
            recent.removeFirst();
        }
        recent.addLast(new Hit(now, chatId));
        if (retryAfter.compareTo(globalRetry) >= 0) {
            return true;
        }
        Set<Long> chats = new HashSet<>();
        for (Hit hit : recent) {
            chats.add(hit.chatId());
        }
        return chats.size() >= globalChats;
    }
}
