package io.sitrep.subscription;

/**
 * A chat stopped receiving pushes: it unsubscribed, removed the bot, or can no longer be reached. Published inside
 * the transaction that records it; delivery cancels what is queued for the chat and held pushes are dropped.
 */
public record ChatUnsubscribed(long chatId, Reason reason) {

    /** Why the chat stopped receiving. */
    public enum Reason {
        /** /stop, or /unsubscribe of its last topic: replies still reach it. */
        UNSUBSCRIBED("unsubscribed"),
        /** The bot was removed from the group, or blocked in a private chat. */
        BOT_REMOVED("bot removed"),
        /** Telegram says the chat is gone: nothing queued for it can be delivered, replies included. */
        UNREACHABLE("chat gone");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        /** As recorded on cancelled outbox rows. */
        public String text() {
            return text;
        }
    }
}
