package io.sitrep.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffTests {

    @Test
    void waitsDoubleFromTheBaseUpToTheMaximumWithHalfOfItJittered() {
        Backoff none = new Backoff(Settings.defaults().build(), bound -> 0);
        Backoff all = new Backoff(Settings.defaults().build(), bound -> bound);
        assertThat(none.after(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(all.after(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(all.after(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(all.after(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(all.after(40)).isEqualTo(Duration.ofMinutes(10));
        assertThat(none.after(40)).isEqualTo(Duration.ofMinutes(5));
    }
}
