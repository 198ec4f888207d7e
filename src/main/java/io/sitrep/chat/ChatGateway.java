package io.sitrep.chat;

import java.util.List;

/**
 * The one narrow way Sitrep talks to chats: the real Bot API, the console and the tests' fake server are
 * implementations of this. The methods after {@link #edit} have defaults so older implementations still compile.
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

    /** Sends an HTML-formatted message with inline buttons under it (without buttons when there are none). */
    default SendResult send(long chatId, Integer threadId, String html, Buttons buttons) {
        return send(chatId, threadId, html);
    }

    /** Sends a picture with an HTML caption (at most 1024 characters); without pictures, the caption alone. */
    default SendResult sendPhoto(long chatId, Integer threadId, byte[] png, String captionHtml) {
        return send(chatId, threadId, captionHtml);
    }

    /** Answers a button press so the user's client stops its spinner; {@code text} is a short toast, or null. */
    default SendResult answerCallback(String callbackId, String text) {
        return new SendResult.Sent(0);
    }

    /** A user's standing in a chat; UNKNOWN when it cannot be learnt. */
    default MemberStatus memberStatus(long chatId, long userId) {
        return MemberStatus.UNKNOWN;
    }

    /** Sets the command menu shown to a scope. */
    default SendResult setCommands(MenuScope scope, List<MenuCommand> commands) {
        return new SendResult.Sent(0);
    }

    /**
     * Sends a push with its delivery options: silent ({@code disable_notification}) and link previews, or the
     * picture at {@code options.previewUrl()} previewed above the text.
     */
    default SendResult sendPush(long chatId, Integer threadId, String html, PushOptions options, boolean paidBroadcast) {
        return send(chatId, threadId, html, paidBroadcast);
    }

    /**
     * Sends a picture by HTTP URL or Telegram file_id with an HTML caption of at most 1024
     * characters; without pictures, the caption alone.
     */
    default SendResult sendPhoto(long chatId, Integer threadId, String photo, String captionHtml, PushOptions options) {
        return sendPush(chatId, threadId, captionHtml, options, false);
    }

    /** Replaces the text of a message sent earlier, keeping its delivery options (the preview above it). */
    default SendResult edit(long chatId, long messageId, String html, PushOptions options) {
        return edit(chatId, messageId, html);
    }

    /** Replaces the caption of a photo sent earlier (editMessageCaption); "not modified" counts as done. */
    default SendResult editCaption(long chatId, long messageId, String captionHtml) {
        return edit(chatId, messageId, captionHtml);
    }

    /** Looks a chat up by @username or numeric id (getChat). */
    default ChatLookup lookUp(String usernameOrId) {
        return new ChatLookup.NoBotApi();
    }

    /** A user's standing in a chat with the right to post (getChatMember); UNKNOWN when it cannot be learnt. */
    default MemberRights memberRights(long chatId, long userId) {
        return new MemberRights(memberStatus(chatId, userId), false);
    }

    /** The bot's own user id (getMe), or 0 when it cannot be learnt. */
    default long botUserId() {
        return 0;
    }

    /**
     * Sets the command menu a scope sees when its Telegram app is in this language ({@code language_code}, such as
     * "ar"); null sets the menu for every language without its own, like {@link #setCommands(MenuScope, List)}.
     */
    default SendResult setCommands(MenuScope scope, String languageCode, List<MenuCommand> commands) {
        return languageCode == null ? setCommands(scope, commands) : new SendResult.Sent(0);
    }
}
