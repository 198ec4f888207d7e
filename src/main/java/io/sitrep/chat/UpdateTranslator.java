package io.sitrep.chat;

import java.util.Optional;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Turns a Telegram update into the {@link IncomingMessage} the command router understands: texts, button presses
 * (callback_query), the bot's own membership changes (my_chat_member) and group-to-supergroup migrations.
 */
final class UpdateTranslator {

    private UpdateTranslator() {
    }

    static Optional<IncomingMessage> toIncoming(Update update) {
        if (update.getCallbackQuery() != null) {
            return fromCallback(update.getCallbackQuery());
        }
        if (update.getMyChatMember() != null) {
            return fromMembership(update.getMyChatMember());
        }
        Message message = update.getMessage();
        if (message == null || message.getChat() == null) {
            return Optional.empty();
        }
        Chat chat = message.getChat();
        if (message.getMigrateToChatId() != null) {
            return Optional.of(IncomingMessage.migrated(chat.getId(), chat.getType(), titleOf(chat), message.getMigrateToChatId()));
        }
        long userId = message.getFrom() != null ? message.getFrom().getId() : 0L;
        Integer thread = Boolean.TRUE.equals(message.getIsTopicMessage()) ? message.getMessageThreadId() : null;
        String language = message.getFrom() != null ? message.getFrom().getLanguageCode() : null;
        if (message.getText() == null) {
            // A photo whose caption is a command (an editor's /publish with a picture); other photos are not for us.
            if (message.getPhoto() == null || message.getPhoto().isEmpty() || message.getCaption() == null
                    || !message.getCaption().startsWith("/")) {
                return Optional.empty();
            }
            String largest = message.getPhoto().stream()
                    .max(java.util.Comparator.comparingInt(p -> (p.getWidth() == null ? 0 : p.getWidth())
                            * (p.getHeight() == null ? 0 : p.getHeight())))
                    .map(org.telegram.telegrambots.meta.api.objects.photo.PhotoSize::getFileId).orElse(null);
            return Optional.of(IncomingMessage.photo(chat.getId(), chat.getType(), titleOf(chat), userId, thread,
                    message.getCaption(), largest).withLanguageCode(language));
        }
        return Optional.of(new IncomingMessage(chat.getId(), chat.getType(), titleOf(chat), userId, thread, message.getText())
                .withLanguageCode(language));
    }

    private static Optional<IncomingMessage> fromCallback(CallbackQuery query) {
        MaybeInaccessibleMessage origin = query.getMessage();
        if (origin == null || origin.getChat() == null || query.getData() == null) {
            return Optional.empty(); // a button on an inline-mode message: not one of ours
        }
        Chat chat = origin.getChat();
        Integer thread = origin instanceof Message m && Boolean.TRUE.equals(m.getIsTopicMessage()) ? m.getMessageThreadId() : null;
        long userId = query.getFrom() != null ? query.getFrom().getId() : 0L;
        String language = query.getFrom() != null ? query.getFrom().getLanguageCode() : null;
        return Optional.of(IncomingMessage.callback(chat.getId(), chat.getType(), titleOf(chat), userId, thread,
                query.getData(), query.getId()).withLanguageCode(language));
    }

    private static Optional<IncomingMessage> fromMembership(ChatMemberUpdated change) {
        Chat chat = change.getChat();
        if (chat == null || change.getNewChatMember() == null) {
            return Optional.empty();
        }
        boolean channel = "channel".equals(chat.getType());
        boolean inNow = present(change.getNewChatMember(), channel);
        boolean inBefore = change.getOldChatMember() != null && present(change.getOldChatMember(), channel);
        if (inNow == inBefore) {
            return Optional.empty(); // e.g. promoted to admin in a group: nothing to say
        }
        long userId = change.getFrom() != null ? change.getFrom().getId() : 0L;
        String language = change.getFrom() != null ? change.getFrom().getLanguageCode() : null;
        return Optional.of(IncomingMessage.membership(chat.getId(), chat.getType(), titleOf(chat), userId, inNow)
                .withLanguageCode(language));
    }

    /**
     * Whether the bot can do its job in the chat as this member: in a group any membership, in a channel only as an
     * administrator allowed to post (a demotion there is as good as a removal).
     */
    private static boolean present(org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember member, boolean channel) {
        MemberStatus status = MemberStatus.of(member.getStatus());
        if (channel) {
            return status == MemberStatus.CREATOR
                    || member instanceof org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberAdministrator admin
                    && Boolean.TRUE.equals(admin.getCanPostMessages());
        }
        return status != MemberStatus.LEFT && status != MemberStatus.KICKED && status != MemberStatus.UNKNOWN;
    }

    private static String titleOf(Chat chat) {
        return chat.getTitle() != null ? chat.getTitle()
                : chat.getFirstName() != null ? chat.getFirstName() : chat.getUserName();
    }
}
