package io.sitrep.delivery;

import java.time.Duration;

import io.sitrep.shared.SitrepProperties;

/** Delivery settings for tests: the defaults, with the few values a test cares about changed. */
record Settings(int perSecond, int maxAttempts, Duration retryBase, boolean paid, int paidPerSecond, int threads) {

    static Settings defaults() {
        return new Settings(30, 10, Duration.ofSeconds(1), false, 1000, 8);
    }

    Settings perSecond(int value) {
        return new Settings(value, maxAttempts, retryBase, paid, paidPerSecond, threads);
    }

    Settings maxAttempts(int value) {
        return new Settings(perSecond, value, retryBase, paid, paidPerSecond, threads);
    }

    Settings retryBase(Duration value) {
        return new Settings(perSecond, maxAttempts, value, paid, paidPerSecond, threads);
    }

    Settings paid(int value) {
        return new Settings(perSecond, maxAttempts, retryBase, true, value, threads);
    }

    SitrepProperties.Delivery build() {
        return new SitrepProperties.Delivery(perSecond, Duration.ofSeconds(1), Duration.ofSeconds(3), maxAttempts, threads,
                paid, paidPerSecond, retryBase, Duration.ofMinutes(10), 3, Duration.ofSeconds(30), 3);
    }
}
