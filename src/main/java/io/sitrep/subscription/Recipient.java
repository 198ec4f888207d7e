package io.sitrep.subscription;

/** One place a push goes to: a chat, and the forum topic inside it when there is one. */
public record Recipient(long chatId, Integer threadId) {
}
