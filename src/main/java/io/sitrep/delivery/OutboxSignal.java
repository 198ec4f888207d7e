package io.sitrep.delivery;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Wakes the sender as soon as new rows are committed, so a push leaves without waiting for a poll tick, and tells
 * it when rows it may hold in memory changed (edited, cancelled, moved) so it reads them again.
 */
@Component
class OutboxSignal {

    private final Semaphore permits = new Semaphore(0);
    private final AtomicBoolean newRows = new AtomicBoolean();
    private final AtomicBoolean changedRows = new AtomicBoolean();
    private final Semaphore fanout = new Semaphore(0);

    /** New rows are committed. */
    void wake() {
        newRows.set(true);
        permits.release();
    }

    /** Committed rows changed: whatever the sender holds in memory may be stale. */
    void invalidate() {
        changedRows.set(true);
        permits.release();
    }

    /** Something finished; look again (no new rows implied). */
    void nudge() {
        permits.release();
    }

    /** A push has more chats to be written out. */
    void fanoutAfterCommit() {
        afterCommit(fanout::release);
    }

    /** Waits until a fan-out is started or the time is up. */
    void awaitFanout(long millis) throws InterruptedException {
        if (fanout.tryAcquire(millis, TimeUnit.MILLISECONDS)) {
            fanout.drainPermits();
        }
    }

    void wakeFanout() {
        fanout.release();
    }

    void wakeAfterCommit() {
        afterCommit(this::wake);
    }

    void invalidateAfterCommit() {
        afterCommit(this::invalidate);
    }

    boolean takeNewRows() {
        return newRows.getAndSet(false);
    }

    boolean takeChangedRows() {
        return changedRows.getAndSet(false);
    }

    void await(long millis) throws InterruptedException {
        awaitNanos(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    void awaitNanos(long nanos) throws InterruptedException {
        if (permits.tryAcquire(nanos, TimeUnit.NANOSECONDS)) {
            permits.drainPermits();
        }
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
