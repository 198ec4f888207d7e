package io.sitrep.chat;

import java.util.Optional;

import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** Turns a Telegram update into the {@link IncomingMessage} the command router understands. */
final class UpdateTranslator {

    private UpdateTranslator() {
    }

    static Optional<IncomingMessage> toIncoming(Update update) {
        Message message = update.getMessage();
        if (message == null || message.getText() == null || message.getChat() == null) {
            return Optional.empty();
        }
        Chat chat = message.getChat();
        String title = chat.getTitle() != null ? chat.getTitle()
                : chat.getFirstName() != null ? chat.getFirstName() : chat.getUserName();
        long userId = message.getFrom() != null ? message.getFrom().getId() : 0L;
        Integer thread = Boolean.TRUE.equals(message.getIsTopicMessage()) ? message.getMessageThreadId() : null;
        return Optional.of(new IncomingMessage(chat.getId(), chat.getType(), title, userId, thread, message.getText()));
    }
}
