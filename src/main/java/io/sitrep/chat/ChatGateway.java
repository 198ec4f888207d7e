package io.sitrep.chat;

/**
 * The one narrow way Sitrep talks to chats: the real Bot API, the console and the tests' fake server are
 * implementations of this.
 */
public interface ChatGateway {

    /** Sends an HTML-formatted message; never throws, every outcome is a {@link SendResult}. */
    SendResult send(long chatId, Integer threadId, String html);

    /** Replaces the text of a message sent earlier. */
    SendResult edit(long chatId, long messageId, String html);
}
