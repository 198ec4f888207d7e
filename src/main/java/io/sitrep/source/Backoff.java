package io.sitrep.source;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When to poll a source next: its own interval while it reads fine, doubling with each failure in a row (with
 * +/-20% jitter so failing sources do not retry in step) up to a ceiling, and back to normal after one success.
 */
final class Backoff {

    private static final double JITTER = 0.2;

    private final Duration ceiling;
    private final DoubleSupplier random;

    Backoff(Duration ceiling, DoubleSupplier random) {
        this.ceiling = ceiling;
        this.random = random;
    }

    static Backoff withJitter(Duration ceiling) {
        return new Backoff(ceiling, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** The gap before the next poll, and at least what the server asked for (never beyond the ceiling). */
    Duration next(Duration interval, int failuresInARow, Duration serverAsked) {
        Duration ours = next(interval, failuresInARow);
        if (serverAsked == null) {
            return ours;
        }
        Duration honoured = serverAsked.compareTo(ceiling) > 0 ? ceiling : serverAsked;
        return honoured.compareTo(ours) > 0 ? honoured : ours;
    }

    /** The gap before the next poll after {@code failuresInARow} failed polls (0: the last poll worked). */
    Duration next(Duration interval, int failuresInARow) {
        if (failuresInARow <= 0) {
            return interval;
        }
        long cap = Math.max(interval.toMillis(), ceiling.toMillis());
        long grown = interval.toMillis() << Math.min(failuresInARow, 30);
        if (grown <= 0 || grown > cap) {
            grown = cap;
        }
        double factor = 1 + JITTER * (2 * random.getAsDouble() - 1);
        long jittered = Math.round(grown * factor);
        return Duration.ofMillis(Math.max(interval.toMillis(), Math.min(jittered, Math.round(cap * (1 + JITTER)))));
    }
}
