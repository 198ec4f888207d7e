package io.sitrep.delivery;

import java.time.Duration;
import java.util.function.LongUnaryOperator;

import io.sitrep.shared.SitrepProperties;

/**
 * How long to wait before retrying after a transient failure: {@code retry-base} doubled per attempt up to
 * {@code retry-max}, then "equal jitter" (half of it fixed, half random) so chats that failed together do not all
 * retry in the same instant.
 */
class Backoff {

    private final long baseMillis;
    private final long maxMillis;
    private final LongUnaryOperator random;

    /** {@code random} returns a number in [0, bound]. */
    Backoff(SitrepProperties.Delivery settings, LongUnaryOperator random) {
        this.baseMillis = settings.retryBase().toMillis();
        this.maxMillis = settings.retryMax().toMillis();
        this.random = random;
    }

    /** The wait after the given number of failed attempts (1 for the first failure). */
    Duration after(int attempts) {
        long full = Math.min(baseMillis, maxMillis);
        for (int i = 1; i < attempts && full < maxMillis; i++) {
            full = Math.min(maxMillis, full * 2);
        }
        long half = full / 2;
        return Duration.ofMillis(full - half + random.applyAsLong(half));
    }
}
