package io.sitrep.subscription;

/**
 * A group became a supergroup with a new chat id. Published inside the transaction that moves its subscription;
 * delivery moves what is still queued for the old id.
 */
public record ChatMigrated(long oldChatId, long newChatId) {
}
