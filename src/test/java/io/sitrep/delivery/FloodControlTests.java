package io.sitrep.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class FloodControlTests {

    private final ManualTicker ticker = new ManualTicker();
    private final FloodControl flood = new FloodControl(Settings.defaults().build(), ticker);

    @Test
    void oneChatsShortRetryAfterPausesOnlyThatChat() {
        assertThat(flood.isGlobal(1, Duration.ofSeconds(3))).isFalse();
        assertThat(flood.isGlobal(1, Duration.ofSeconds(3))).isFalse();
    }

    @Test
    void threeChatsHitWithinASecondMeansTheBotWentTooFast() {
        assertThat(flood.isGlobal(1, Duration.ofSeconds(1))).isFalse();
        ticker.advance(Duration.ofMillis(300));
        assertThat(flood.isGlobal(2, Duration.ofSeconds(1))).isFalse();
        ticker.advance(Duration.ofMillis(300));
        assertThat(flood.isGlobal(3, Duration.ofSeconds(1))).isTrue();
    }

    @Test
    void hitsOlderThanASecondAreForgotten() {
        flood.isGlobal(1, Duration.ofSeconds(1));
        flood.isGlobal(2, Duration.ofSeconds(1));
        ticker.advance(Duration.ofMillis(1100));
        assertThat(flood.isGlobal(3, Duration.ofSeconds(1))).isFalse();
    }

    @Test
    void aLongRetryAfterIsTakenAsBotWide() {
        assertThat(flood.isGlobal(1, Duration.ofSeconds(30))).isTrue();
    }
}
