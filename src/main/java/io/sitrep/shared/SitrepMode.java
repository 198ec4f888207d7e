package io.sitrep.shared;

import org.springframework.core.env.Environment;

/**
 * Whether Sitrep chats in the terminal (no bot token set) or through Telegram. Decided once, before any bean exists,
 * by {@link SitrepModeResolver}, which records the answer as {@value #PROPERTY}; configuration classes switch on that
 * property and beans ask the {@code SitrepMode} bean, so no other code re-reads the token to guess.
 */
public enum SitrepMode {

    /** No bot token: the terminal is the chat (the README's first command, and the {@code --replay} demo). */
    CONSOLE,
    /** A bot token is set: Telegram, by long polling or webhook. */
    TELEGRAM;

    /** Where the resolved mode is recorded, as {@code console} or {@code telegram}. */
    public static final String PROPERTY = "sitrep.mode.resolved";

    /** The mode as resolved for this environment (resolving it if the resolver has not run, as in plain unit tests). */
    public static SitrepMode of(Environment environment) {
        String resolved = environment.getProperty(PROPERTY);
        return resolved != null ? valueOf(resolved.trim().toUpperCase(java.util.Locale.ROOT)) : resolve(environment);
    }

    /** The rule itself: console mode exactly when no bot token is set. */
    static SitrepMode resolve(Environment environment) {
        return environment.getProperty("sitrep.telegram.token", "").isBlank() ? CONSOLE : TELEGRAM;
    }

    public boolean isConsole() {
        return this == CONSOLE;
    }

    /** The value recorded in {@value #PROPERTY}. */
    public String propertyValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
