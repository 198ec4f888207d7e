package io.sitrep.delivery;

import io.sitrep.subscription.ChatMigrated;
import io.sitrep.subscription.ChatUnsubscribed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the outbox in step with chats, inside the transaction that records the change: a chat that stopped
 * receiving loses its queued pushes (everything, replies included, when it cannot be reached), and a group that
 * became a supergroup has its queued messages moved to the new id. Doing either twice is harmless.
 */
@Component
class ChatChanges {

    private static final Logger log = LoggerFactory.getLogger(ChatChanges.class);

    private final Outbox outbox;

    ChatChanges(Outbox outbox) {
        this.outbox = outbox;
    }

    @EventListener
    void on(ChatUnsubscribed unsubscribed) {
        int rows = unsubscribed.reason() == ChatUnsubscribed.Reason.UNREACHABLE
                ? outbox.cancelChat(unsubscribed.chatId(), unsubscribed.reason().text())
                : outbox.cancelPending(unsubscribed.chatId(), unsubscribed.reason().text());
        log.info("Chat {} stopped receiving ({}): {} queued message(s) cancelled", unsubscribed.chatId(),
                unsubscribed.reason().text(), rows);
    }

    @EventListener
    void on(ChatMigrated migrated) {
        outbox.moveChat(migrated.oldChatId(), migrated.newChatId());
    }
}
