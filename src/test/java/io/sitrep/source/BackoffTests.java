package io.sitrep.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffTests {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void aHealthySourceIsPolledOnItsOwnInterval() {
        assertThat(new Backoff(Duration.ofHours(1), () -> 0.99).next(MINUTE, 0)).isEqualTo(MINUTE);
    }

    @Test
    void eachFailureInARowDoublesTheGapUpToTheCeiling() {
        Backoff noJitter = new Backoff(Duration.ofMinutes(10), () -> 0.5);

        assertThat(noJitter.next(MINUTE, 1)).isEqualTo(Duration.ofMinutes(2));
        assertThat(noJitter.next(MINUTE, 2)).isEqualTo(Duration.ofMinutes(4));
        assertThat(noJitter.next(MINUTE, 3)).isEqualTo(Duration.ofMinutes(8));
        assertThat(noJitter.next(MINUTE, 4)).isEqualTo(Duration.ofMinutes(10));
        assertThat(noJitter.next(MINUTE, 400)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void jitterSpreadsRetriesByAFifthEitherWayButNeverBelowTheInterval() {
        assertThat(new Backoff(Duration.ofHours(1), () -> 0.0).next(MINUTE, 2)).isEqualTo(Duration.ofSeconds(192));
        assertThat(new Backoff(Duration.ofHours(1), () -> 1.0).next(MINUTE, 2)).isEqualTo(Duration.ofSeconds(288));
        assertThat(new Backoff(Duration.ofSeconds(1), () -> 0.0).next(MINUTE, 1)).isEqualTo(MINUTE);
    }

    @Test
    void aServersRetryAfterIsHonouredUpToTheCeiling() {
        Backoff noJitter = new Backoff(Duration.ofMinutes(30), () -> 0.5);

        assertThat(noJitter.next(MINUTE, 1, Duration.ofMinutes(10))).isEqualTo(Duration.ofMinutes(10));
        assertThat(noJitter.next(MINUTE, 1, Duration.ofSeconds(5))).isEqualTo(Duration.ofMinutes(2));
        assertThat(noJitter.next(MINUTE, 1, Duration.ofDays(2))).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void retryAfterIsReadAsSecondsOrAnHttpDate() {
        assertThat(PoliteFetcher.retryAfter("120")).isEqualTo(Duration.ofSeconds(120));
        assertThat(PoliteFetcher.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ZERO);
        assertThat(PoliteFetcher.retryAfter("soon")).isNull();
    }
}
