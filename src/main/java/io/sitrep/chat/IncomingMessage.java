package io.sitrep.chat;

/**
 * A text someone sent the bot.
 *
 * @param chatId   where to answer
 * @param chatType private, group, supergroup or channel
 * @param title    the group's title, or the user's name in a private chat
 * @param userId   who sent it (0 when unknown)
 * @param threadId the forum topic it was sent in, if any
 * @param text     the text as typed
 */
public record IncomingMessage(long chatId, String chatType, String title, long userId, Integer threadId, String text) {

    public boolean isGroup() {
        return "group".equals(chatType) || "supergroup".equals(chatType);
    }
}
