package io.sitrep;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * In console mode (no bot token) the terminal is the chat, so routine log lines go to {@code data/sitrep.log}
 * and only warnings reach the screen. Any explicit logging setting still wins.
 */
class ConsoleModeDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String token = environment.getProperty("sitrep.telegram.token", "");
        boolean consoleChat = environment.getProperty("sitrep.console.enabled", Boolean.class, true);
        if (token.isBlank() && consoleChat) {
            environment.getPropertySources().addLast(new MapPropertySource("sitrep-console-mode", Map.of(
                    "logging.threshold.console", "WARN",
                    "logging.file.name", "data/sitrep.log")));
        } else {
            // Said explicitly: the logging system keeps its last threshold in a system property, so an earlier
            // console-mode run in the same JVM (tests) would otherwise silence this one.
            environment.getPropertySources().addLast(new MapPropertySource("sitrep-chat-mode", Map.of(
                    "logging.threshold.console", "TRACE")));
        }
    }
}
