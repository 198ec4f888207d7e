package io.sitrep.chat;

/** What getChat said about a chat named by @username or id. */
public sealed interface ChatLookup {

    /** The chat exists and the bot can see it. */
    record Found(long id, String type, String title, String username) implements ChatLookup {

        public boolean isChannel() {
            return "channel".equals(type);
        }
    }

    /** Telegram does not know the chat, or the bot cannot see it ({@code reason} is Telegram's own words). */
    record NotFound(String reason) implements ChatLookup {
    }

    /** The question could not be asked just now (a transient failure). */
    record Unavailable(String reason) implements ChatLookup {
    }

    /** There is no Bot API to ask: the console chat. */
    record NoBotApi() implements ChatLookup {
    }
}
