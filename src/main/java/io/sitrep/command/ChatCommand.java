package io.sitrep.command;

import java.util.List;

/** A slash command the bot answers; the {@link CommandRouter} finds it by one of its names. */
public interface ChatCommand {

    /** Longest argument most commands accept. */
    int DEFAULT_MAX_ARGUMENT = 200;

    /** Its names without the slash, lowercase. */
    List<String> names();

    /** The longest argument it accepts; longer ones are refused before it runs. */
    default int maxArgument() {
        return DEFAULT_MAX_ARGUMENT;
    }

    void run(CommandRequest request);
}
