package io.sitrep.delivery;

import java.time.Clock;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes out the outbox rows of large pushes beyond their first chunk, oldest push first, one committed chunk at a
 * time with its cursor, so sending starts at once and a crash resumes where it stopped.
 */
@Component
class PushFanout implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PushFanout.class);

    private final Outbox outbox;
    private final OutboxSignal signal;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;
    private final Clock clock;
    private volatile boolean running;
    private Thread thread;

    PushFanout(Outbox outbox, OutboxSignal signal, TransactionTemplate transactions, MeterRegistry meters, Clock clock) {
        this.outbox = outbox;
        this.signal = signal;
        this.transactions = transactions;
        this.meters = meters;
        this.clock = clock;
    }

    /** Writes one chunk of the oldest fan-out; false when there is nothing to do. */
    boolean step() {
        Optional<Outbox.Fanout> next = outbox.nextFanout();
        if (next.isEmpty()) {
            return false;
        }
        long started = System.nanoTime();
        Integer rows = transactions.execute(status -> outbox.fanOutChunk(next.get().id(), clock.instant()));
        if (rows != null && rows >= 0) {
            meters.counter("sitrep.outbox.fanout.rows").increment(rows);
            meters.timer("sitrep.outbox.fanout").record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
        } else {
            log.info("Entry {} part {} written out to every subscriber", next.get().entryId(), next.get().part());
        }
        return true;
    }

    private void run() {
        while (running) {
            try {
                if (!step()) {
                    signal.awaitFanout(1000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("Push fan-out error; retrying shortly", e);
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::run, "push-fanout");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        signal.wakeFanout(); // no interrupt: H2 closes its file when a thread is interrupted inside it
        if (thread != null) {
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
