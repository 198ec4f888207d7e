package io.sitrep.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** The console/Telegram decision is made once, from the token, and everything reads that one answer. */
class SitrepModeTests {

    @Test
    void noTokenMeansConsoleAndATokenMeansTelegram() {
        assertThat(SitrepMode.of(new MockEnvironment())).isEqualTo(SitrepMode.CONSOLE);
        assertThat(SitrepMode.of(new MockEnvironment().withProperty("sitrep.telegram.token", "  "))).isEqualTo(SitrepMode.CONSOLE);
        assertThat(SitrepMode.of(new MockEnvironment().withProperty("sitrep.telegram.token", "123:abc"))).isEqualTo(SitrepMode.TELEGRAM);
    }

    @Test
    void theResolvedModeIsRecordedOnceAndWinsOverAnythingSetByHand() {
        MockEnvironment environment = new MockEnvironment().withProperty(SitrepMode.PROPERTY, "telegram");
        new SitrepModeResolver().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty(SitrepMode.PROPERTY)).isEqualTo("console");
        assertThat(SitrepMode.of(environment)).isEqualTo(SitrepMode.CONSOLE);
        assertThat(environment.getProperty("logging.threshold.console")).isEqualTo("WARN");
    }

    @Test
    void withTheTerminalChatOffConsoleModeKeepsLoggingOnTheScreen() {
        MockEnvironment environment = new MockEnvironment().withProperty("sitrep.console.enabled", "false");
        new SitrepModeResolver().postProcessEnvironment(environment, new SpringApplication());

        assertThat(SitrepMode.of(environment)).isEqualTo(SitrepMode.CONSOLE);
        assertThat(environment.getProperty("logging.threshold.console")).isEqualTo("TRACE");
    }
}
