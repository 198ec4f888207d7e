package io.sitrep.shared;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Resolves the {@link SitrepMode} once, after the configuration files are read and before any bean exists, and
 * records it as {@value SitrepMode#PROPERTY}. In console mode with the terminal chat on, routine log lines go to
 * {@code data/sitrep.log} and only warnings reach the screen; any explicit logging setting still wins.
 */
class SitrepModeResolver implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        SitrepMode mode = SitrepMode.resolve(environment);
        environment.getPropertySources().addFirst(new MapPropertySource("sitrep-mode",
                Map.of(SitrepMode.PROPERTY, mode.propertyValue())));
        boolean consoleChat = environment.getProperty("sitrep.console.enabled", Boolean.class, true);
        if (mode.isConsole() && consoleChat) {
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

    /** After the configuration files are read (where a token may be set), before the HTTP defaults that ask for it. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
