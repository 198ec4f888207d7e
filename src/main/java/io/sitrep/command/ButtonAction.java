package io.sitrep.command;

import io.sitrep.chat.IncomingMessage;

/** Answers presses on inline buttons whose data starts with {@code prefix():}. */
public interface ButtonAction {

    /** The data prefix before the first colon, e.g. {@code set} for {@code set:tz:+3}. */
    String prefix();

    /** Handles a press; {@code argument} is the data after the prefix and colon. Returns a short toast, or null. */
    String press(IncomingMessage press, String argument);
}
