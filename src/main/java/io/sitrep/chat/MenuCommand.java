package io.sitrep.chat;

/** One line of the bot's command menu: a command name without the slash, and what it does. */
public record MenuCommand(String command, String description) {
}
