package io.sitrep.chat;

/** Whatever answers incoming messages (the command router); called inside a transaction. */
public interface IncomingMessageHandler {

    void handle(IncomingMessage message);
}
