package io.sitrep.delivery;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.sitrep.shared.SitrepProperties;

/**
 * Keeps sending under Telegram's limits: a bot-wide rate and a minimum gap per chat (private chats about
 * 1 message/s, groups 20/minute), plus the pauses Telegram asks for with {@code retry_after}. With paid broadcast on
 * there are two lanes: paid pushes at the paid rate, and everything else (replies, edits) still under the free rate
 * and counted in the paid lane too. Time comes from a {@link Ticker} so tests need not sleep.
 */
class SendPacer {

    /** A monotonic clock in nanoseconds. */
    interface Ticker {
        long nanos();
    }

    private static final long MIN_SLACK_NANOS = Duration.ofMillis(20).toNanos();
    /**
     * Sends are paced at 98% of each configured rate: messages that leave evenly spaced reach Telegram a little
     * bunched (network and scheduling jitter), and 2% of headroom absorbs 20 ms of it without a 429.
     */
    static final double HEADROOM = 0.98;
    /**
     * Paid broadcasts are paced at 95% of the paid rate: at 1,000/s one message leaves every millisecond, so the
     * 20 ms of jitter the free lane absorbs with 2% would be 20 messages bunched together; 5% (and no more than
     * {@link #PAID_WINDOW_SHARE} of the paid rate in any rolling second plus margin, against bursts after a stall)
     * absorbs 50 ms of it. Measured through a fake enforcing 1,000/s in any
     * second: 98% drew a dozen 429s per 100,000 messages, 95% none.
     */
    static final double PAID_HEADROOM = 0.95;
    static final double PAID_WINDOW_SHARE = 0.97;

    private final long freeGapNanos;
    private final long anyGapNanos;
    private final long freeSlackNanos;
    private final long anySlackNanos;
    private final long privateGapNanos;
    private final long groupGapNanos;
    private final Ticker ticker;
    private final Map<Long, Long> chatNextAllowed = new ConcurrentHashMap<>();
    private long nextFree;
    private long nextAny;
    /** The last sends of each lane, oldest first: no rolling second may hold more than the lane's rate. */
    private final SendWindow freeWindow;
    private final SendWindow anyWindow;
    private volatile long pauseUntil;

    SendPacer(SitrepProperties.Delivery settings, Ticker ticker) {
        this.freeGapNanos = (long) (1e9 / (settings.globalPerSecond() * HEADROOM));
        boolean paidLane = settings.paidBroadcast() && settings.pushPerSecond() > settings.globalPerSecond();
        this.anyGapNanos = (long) (1e9 / (settings.pushPerSecond() * (paidLane ? PAID_HEADROOM : HEADROOM)));
        // A send that leaves a little late may be followed a little early, so sleeping's overshoot does not cost rate.
        this.freeSlackNanos = Math.max(freeGapNanos / 2, MIN_SLACK_NANOS);
        this.anySlackNanos = Math.max(anyGapNanos / 2, MIN_SLACK_NANOS);
        this.privateGapNanos = settings.privateChatInterval().toNanos();
        this.groupGapNanos = settings.groupChatInterval().toNanos();
        this.ticker = ticker;
        this.freeWindow = new SendWindow(settings.globalPerSecond());
        this.anyWindow = new SendWindow(paidLane ? (int) (settings.pushPerSecond() * PAID_WINDOW_SHARE) : settings.pushPerSecond());
        long now = ticker.nanos();
        this.nextFree = now;
        this.nextAny = now;
        this.pauseUntil = now;
    }

    /** How long until the next message of this lane may leave (zero when it may now). */
    synchronized long globalWaitNanos(boolean paid) {
        long now = ticker.nanos();
        long slot = Math.max(Math.max(nextAny, pauseUntil), anyWindow.nextAllowed());
        if (!paid) {
            slot = Math.max(slot, Math.max(nextFree, freeWindow.nextAllowed()));
        }
        return Math.max(0, slot - now);
    }

    /** The places a send took in the rolling windows, to be moved to when Telegram answered it. */
    record Slot(long any, long free) {
        static final long NONE = -1;
    }

    /** Takes a bot-wide send slot for this lane now (call when {@link #globalWaitNanos} is zero). */
    synchronized Slot take(boolean paid) {
        long now = ticker.nanos();
        nextAny = Math.max(nextAny, now - anySlackNanos) + anyGapNanos;
        long any = anyWindow.record(now);
        long free = Slot.NONE;
        if (!paid) {
            nextFree = Math.max(nextFree, now - freeSlackNanos) + freeGapNanos;
            free = freeWindow.record(now);
        }
        return new Slot(any, free);
    }

    /**
     * Telegram answered the send that took {@code slot}: the windows count it from now, not from when it left. The
     * message arrived there somewhere in between, and the first sends of a push (a cold HTTP client, connections
     * still opening) can take long enough that counting them from when they left let the next ones bunch up behind
     * them into a second holding more than the rate: two or three 429s at the start of every push at 30/s.
     */
    synchronized void answered(Slot slot) {
        long now = ticker.nanos();
        anyWindow.moveTo(slot.any(), now);
        if (slot.free() != Slot.NONE) {
            freeWindow.moveTo(slot.free(), now);
        }
    }

    /** How long until this chat may receive another message (zero when it may now). */
    long chatWaitNanos(long chatId) {
        Long next = chatNextAllowed.get(chatId);
        if (next == null) {
            return 0;
        }
        long wait = next - ticker.nanos();
        if (wait <= 0) {
            chatNextAllowed.remove(chatId, next);
            return 0;
        }
        return wait;
    }

    /** Records a send to a chat now, so the next one waits its gap (groups and channels have negative ids). */
    void sentTo(long chatId) {
        long gap = chatId < 0 ? groupGapNanos : privateGapNanos;
        chatNextAllowed.merge(chatId, ticker.nanos() + gap, Math::max);
        if (chatNextAllowed.size() > 200_000) {
            long now = ticker.nanos();
            chatNextAllowed.values().removeIf(next -> next < now);
        }
    }

    /** Telegram said to wait: for this chat, or for the whole bot. */
    void pause(long chatId, Duration wait, boolean global) {
        long until = ticker.nanos() + wait.toNanos();
        if (global) {
            synchronized (this) {
                pauseUntil = Math.max(pauseUntil, until);
            }
        } else {
            chatNextAllowed.merge(chatId, until, Math::max);
        }
    }

    /**
     * A rolling one-second window over the last {@code limit} sends: the slack that lets a late send be followed by
     * an early one must never put more than the limit into any second, or Telegram answers 429. A margin covers
     * the jitter between leaving here and arriving there.
     */
    private static final class SendWindow {

        private static final long SPAN_NANOS = Duration.ofMillis(1020).toNanos();

        private final long[] times;
        private int next;
        private int filled;
        private long recorded;

        SendWindow(int limit) {
            this.times = new long[Math.max(1, limit)];
        }

        /** When the next send may leave without exceeding the limit in any window. */
        long nextAllowed() {
            if (filled < times.length) {
                return Long.MIN_VALUE;
            }
            return times[next] + SPAN_NANOS; // the oldest of the last {@code limit} sends
        }

        /** Counts a send leaving now; returns its ticket for {@link #moveTo}. */
        long record(long now) {
            long ticket = recorded++;
            times[next] = now;
            next = (next + 1) % times.length;
            filled = Math.min(filled + 1, times.length);
            return ticket;
        }

        /** Counts the send with this ticket from {@code at} instead, unless its place was taken by a later send. */
        void moveTo(long ticket, long at) {
            if (ticket >= 0 && recorded - ticket <= times.length) {
                int index = (int) (ticket % times.length);
                times[index] = Math.max(times[index], at);
            }
        }
    }
}
