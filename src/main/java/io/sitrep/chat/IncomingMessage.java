package io.sitrep.chat;

/**
 * Something a chat did that the bot answers: a text, a button press, the bot being added to or removed from a
 * chat, or a group becoming a supergroup.
 *
 * @param chatId      where to answer
 * @param chatType    private, group, supergroup or channel
 * @param title       the group's title, or the user's name in a private chat
 * @param userId      who sent it (0 when unknown)
 * @param threadId    the forum topic it was sent in, if any
 * @param text        the text as typed; for a button press its callback data
 * @param kind        what happened
 * @param callbackId  the id to answer a button press with, else null
 * @param newChatId   for {@link Kind#MIGRATED}: the supergroup's id, else 0
 * @param photoFileId for a photo sent with a command as its caption: the Telegram file_id of its largest size
 * @param languageCode the sender's Telegram app language ({@code language_code}, such as "ar" or "uk-UA"), or null
 */
public record IncomingMessage(long chatId, String chatType, String title, long userId, Integer threadId, String text,
                              Kind kind, String callbackId, long newChatId, String photoFileId, String languageCode) {

    /** What an incoming message is. */
    public enum Kind {
        /** A text typed in the chat. */
        TEXT,
        /** A press on one of the bot's inline buttons; {@code text} is its data. */
        CALLBACK,
        /** The bot became a member of the chat. */
        BOT_ADDED,
        /** The bot left, was removed from or blocked in the chat. */
        BOT_REMOVED,
        /** The group became a supergroup with the id {@code newChatId}. */
        MIGRATED
    }

    public IncomingMessage {
        kind = kind == null ? Kind.TEXT : kind;
    }

    /** A message without the sender's language. */
    public IncomingMessage(long chatId, String chatType, String title, long userId, Integer threadId, String text,
                           Kind kind, String callbackId, long newChatId) {
        this(chatId, chatType, title, userId, threadId, text, kind, callbackId, newChatId, null, null);
    }

    /** A message with a photo's file id and without the sender's language. */
    public IncomingMessage(long chatId, String chatType, String title, long userId, Integer threadId, String text,
                           Kind kind, String callbackId, long newChatId, String photoFileId) {
        this(chatId, chatType, title, userId, threadId, text, kind, callbackId, newChatId, photoFileId, null);
    }

    /** A photo with a caption (such as {@code /publish text}); the caption is the text. */
    public static IncomingMessage photo(long chatId, String chatType, String title, long userId, Integer threadId,
                                        String caption, String fileId) {
        return new IncomingMessage(chatId, chatType, title, userId, threadId, caption, Kind.TEXT, null, 0, fileId);
    }

    public boolean isChannel() {
        return "channel".equals(chatType);
    }

    /** The same message, sent from a Telegram app in this language. */
    public IncomingMessage withLanguageCode(String code) {
        return new IncomingMessage(chatId, chatType, title, userId, threadId, text, kind, callbackId, newChatId, photoFileId, code);
    }

    public boolean isPrivate() {
        return "private".equals(chatType);
    }

    /** A typed text. */
    public IncomingMessage(long chatId, String chatType, String title, long userId, Integer threadId, String text) {
        this(chatId, chatType, title, userId, threadId, text, Kind.TEXT, null, 0);
    }

    public static IncomingMessage callback(long chatId, String chatType, String title, long userId, Integer threadId,
                                           String data, String callbackId) {
        return new IncomingMessage(chatId, chatType, title, userId, threadId, data, Kind.CALLBACK, callbackId, 0);
    }

    public static IncomingMessage membership(long chatId, String chatType, String title, long userId, boolean added) {
        return new IncomingMessage(chatId, chatType, title, userId, null, "", added ? Kind.BOT_ADDED : Kind.BOT_REMOVED, null, 0);
    }

    public static IncomingMessage migrated(long chatId, String chatType, String title, long newChatId) {
        return new IncomingMessage(chatId, chatType, title, 0, null, "", Kind.MIGRATED, null, newChatId);
    }

    public boolean isGroup() {
        return "group".equals(chatType) || "supergroup".equals(chatType);
    }

    public boolean isCallback() {
        return kind == Kind.CALLBACK;
    }
}
