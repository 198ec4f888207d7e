package io.sitrep.delivery;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.sitrep.SitrepProperties;

/**
 * Keeps sending under Telegram's limits: a global rate for the whole bot and a minimum gap per chat (private
 * chats about 1 message/s, groups 20/minute), plus the pauses Telegram asks for with {@code retry_after}.
 * Time comes from {@link System#nanoTime()} through an injectable source so tests need not sleep.
 */
class SendPacer {

    /** A monotonic clock in nanoseconds. */
    interface Ticker {
        long nanos();
    }

    private final long globalGapNanos;
    private final long privateGapNanos;
    private final long groupGapNanos;
    private final Ticker ticker;
    private final Map<Long, Long> chatNextAllowed = new ConcurrentHashMap<>();
    private long globalNextAllowed;
    private volatile long globalPauseUntil;

    SendPacer(SitrepProperties.Delivery settings, Ticker ticker) {
        this.globalGapNanos = 1_000_000_000L / settings.globalPerSecond();
        this.privateGapNanos = settings.privateChatInterval().toNanos();
        this.groupGapNanos = settings.groupChatInterval().toNanos();
        this.ticker = ticker;
        this.globalNextAllowed = ticker.nanos();
    }

    /** How long until this chat may receive another message (zero when it may now). */
    long chatWaitNanos(long chatId) {
        Long next = chatNextAllowed.get(chatId);
        return next == null ? 0 : Math.max(0, next - ticker.nanos());
    }

    /** Takes a global send slot, returning how long the caller must wait before using it. */
    synchronized long reserveGlobalNanos() {
        long now = ticker.nanos();
        long slot = Math.max(Math.max(now, globalNextAllowed), globalPauseUntil);
        globalNextAllowed = slot + globalGapNanos;
        return slot - now;
    }

    /** Records a send to a chat now, so the next one waits its gap. */
    void sentTo(long chatId) {
        long gap = chatId < 0 ? groupGapNanos : privateGapNanos;
        chatNextAllowed.put(chatId, ticker.nanos() + gap);
        if (chatNextAllowed.size() > 200_000) {
            long now = ticker.nanos();
            chatNextAllowed.values().removeIf(next -> next < now);
        }
    }

    /** Telegram said to wait: for this chat, or for the whole bot. */
    void pause(long chatId, Duration wait, boolean global) {
        long until = ticker.nanos() + wait.toNanos();
        if (global) {
            globalPauseUntil = Math.max(globalPauseUntil, until);
        } else {
            chatNextAllowed.merge(chatId, until, Math::max);
        }
    }
}
