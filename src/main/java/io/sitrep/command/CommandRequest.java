package io.sitrep.command;

import io.sitrep.chat.IncomingMessage;

/** One use of a command: the message it came in, the name used and the text after it. */
public record CommandRequest(IncomingMessage message, String name, String argument) {
}
