package io.sitrep.delivery;

import java.time.Clock;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import io.sitrep.shared.SitrepProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes out the outbox rows of large pushes beyond their first chunk, oldest push first, one committed chunk at a
 * time with its cursor, so sending starts at once and a crash resumes where it stopped. A chunk is written only when
 * the sender is near the end of what is waiting ({@link FanoutLead}): a push to 100,000 chats is recorded in full the
 * moment its entry is (the first chunk and the cursor), and its rows appear a minute or so before they are sent.
 */
@Component
class PushFanout implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PushFanout.class);

    private final Outbox outbox;
    private final OutboxSignal signal;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;
    private final Clock clock;
    private final FanoutLead lead;
    private volatile boolean running;
    private Thread thread;

    @org.springframework.beans.factory.annotation.Autowired
    PushFanout(Outbox outbox, OutboxSignal signal, TransactionTemplate transactions, MeterRegistry meters, Clock clock,
               SitrepProperties properties) {
        this(outbox, signal, transactions, meters, clock, FanoutLead.of(properties.delivery()));
    }

    PushFanout(Outbox outbox, OutboxSignal signal, TransactionTemplate transactions, MeterRegistry meters, Clock clock,
               FanoutLead lead) {
        this.lead = lead;
        this.outbox = outbox;
        this.signal = signal;
        this.transactions = transactions;
        this.meters = meters;
        this.clock = clock;
    }

    /** What one turn of the fan-out did. */
    enum Step { WROTE, AHEAD, IDLE }

    /** Writes one chunk of the oldest fan-out when the sender is near the end of what is waiting. */
    Step step() {
        Optional<Outbox.Fanout> next = outbox.nextFanout();
        if (next.isEmpty()) {
            return Step.IDLE;
        }
        if (!lead.wantsMore(outbox.duePushes(clock.instant()))) {
            return Step.AHEAD;
        }
        long started = System.nanoTime();
        Integer rows = transactions.execute(status -> outbox.fanOutChunk(next.get().id(), lead.chunk(), clock.instant()));
        if (rows != null && rows >= 0) {
            meters.counter("sitrep.outbox.fanout.rows").increment(rows);
            meters.timer("sitrep.outbox.fanout").record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
        } else {
            log.info("Entry {} part {} written out to every subscriber", next.get().entryId(), next.get().part());
        }
        return Step.WROTE;
    }

    private void run() {
        while (running) {
            try {
                switch (step()) {
                    case IDLE -> signal.awaitFanout(1000);
                    case AHEAD -> signal.awaitFanout(250);
                    case WROTE -> { }
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
