package io.sitrep.delivery;

import java.time.Duration;

/** A ticker tests move by hand. */
final class ManualTicker implements SendPacer.Ticker {

    private long nanos = 1_000_000_000L;

    @Override
    public long nanos() {
        return nanos;
    }

    void advance(Duration by) {
        nanos += by.toNanos();
    }
}
