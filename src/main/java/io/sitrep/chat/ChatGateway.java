package io.sitrep.chat;

/**
 * The one narrow way Sitrep talks to chats: the real Bot API, the console and the tests' fake server are
 * implementations of this.
 */
public interface ChatGateway {

    /** Sends an HTML-formatted message; never throws, every outcome is a {@link SendResult}. */
    default SendResult send(long chatId, Integer threadId, String html) {
        return send(chatId, threadId, html, false);
    }

    /**
     * Sends an HTML-formatted message, as a paid broadcast when asked ({@code allow_paid_broadcast}: Telegram then
     * allows up to 1000 messages/s and charges Stars beyond the free 30/s); never throws.
     */
    SendResult send(long chatId, Integer threadId, String html, boolean paidBroadcast);

    /** Replaces the text of a message sent earlier; "message is not modified" counts as done. */
    SendResult edit(long chatId, long messageId, String html);
}
