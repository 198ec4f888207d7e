package io.sitrep.chat;

import java.time.Duration;

/** What happened to one message handed to a {@link ChatGateway}. */
public sealed interface SendResult {

    /** Delivered; Telegram gave it this id. */
    record Sent(long messageId) implements SendResult {
    }

    /** Flood control: wait before sending again, to this chat or (when {@code global}) at all. */
    record RetryAfter(Duration delay, boolean global) implements SendResult {
    }

    /** The chat will never accept messages again: the bot was blocked, kicked, or the chat is gone. */
    record ChatGone(String reason) implements SendResult {
    }

    /** The group became a supergroup with a new id; send there instead. */
    record Migrated(long newChatId) implements SendResult {
    }

    /** Telegram refused this message for good (bad request); retrying the same text will not help. */
    record Rejected(String reason) implements SendResult {
    }

    /** A transient failure (5xx, timeout, network); retry later. */
    record Failed(String reason) implements SendResult {
    }
}
