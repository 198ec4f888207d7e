package io.sitrep.editor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends and Telegram 429s in the last hour, from the sender's Micrometer counters ({@code sitrep.sends},
 * {@code sitrep.telegram.429}), which only ever count up: a sample every minute lets /stats subtract.
 */
@Component
class SendCounters {

    /** Totals at one moment. */
    record Sample(Instant at, double sends, double tooMany) {
    }

    /** Counts over a window and since start-up. */
    public record Counts(long sendsLastHour, long sendsTotal, long tooManyLastHour, long tooManyTotal) {
    }

    private final MeterRegistry meters;
    private final Clock clock;
    private final Deque<Sample> samples = new ArrayDeque<>();

    SendCounters(MeterRegistry meters, Clock clock) {
        this.meters = meters;
        this.clock = clock;
    }

    @Scheduled(fixedRate = 60_000)
    public synchronized void sample() {
        Instant now = clock.instant();
        samples.addLast(new Sample(now, total("sitrep.sends"), total("sitrep.telegram.429")));
        while (samples.size() > 1 && samples.peekFirst().at().isBefore(now.minus(Duration.ofMinutes(70)))) {
            samples.removeFirst();
        }
    }

    public synchronized Counts counts() {
        Instant hourAgo = clock.instant().minus(Duration.ofHours(1));
        double sends = total("sitrep.sends");
        double tooMany = total("sitrep.telegram.429");
        Sample base = new Sample(Instant.MIN, 0, 0);
        for (Sample s : samples) {
            if (!s.at().isBefore(hourAgo)) {
                break;
            }
            base = s;
        }
        return new Counts(Math.round(sends - base.sends()), Math.round(sends), Math.round(tooMany - base.tooMany()),
                Math.round(tooMany));
    }

    private double total(String name) {
        return meters.find(name).counters().stream().mapToDouble(Counter::count).sum();
    }
}
