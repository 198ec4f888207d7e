package io.sitrep.command;

import io.sitrep.briefing.Bidi;
import io.sitrep.briefing.Html;
import io.sitrep.briefing.ReaderSettings;
import io.sitrep.chat.IncomingMessage;
import io.sitrep.subscription.ChatUnsubscribed;
import io.sitrep.subscription.SubscriberStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The bot's own comings and goings: says hello (and how to subscribe) when added to a group, unsubscribes a chat
 * that removed or blocked it, and moves a group's subscription when it becomes a supergroup.
 */
@Component
class GroupLifecycle {

    private static final Logger log = LoggerFactory.getLogger(GroupLifecycle.class);

    private final SubscriberStore subscribers;
    private final Replies replies;

    GroupLifecycle(SubscriberStore subscribers, Replies replies) {
        this.subscribers = subscribers;
        this.replies = replies;
    }

    void on(IncomingMessage event) {
        switch (event.kind()) {
            case BOT_ADDED -> added(event);
            case BOT_REMOVED -> removed(event);
            case MIGRATED -> migrated(event);
            default -> {
            }
        }
    }

    private void added(IncomingMessage event) {
        if (!event.isGroup()) {
            return; // a private chat starts with /start, which answers itself
        }
        log.info("Added to group {}", event.chatId());
        ReaderSettings reader = replies.readerOf(event);
        String hello = event.title() == null ? reader.text("group.hello")
                : reader.text("group.hello_named", "title", Html.escape(Bidi.isolate(event.title(), reader.language())));
        replies.send(event, hello + " " + reader.text("group.intro") + "\n\n" + reader.text("group.how"));
    }

    private void removed(IncomingMessage event) {
        if (subscribers.end(event.chatId(), ChatUnsubscribed.Reason.BOT_REMOVED)) {
            log.info("Removed from chat {}; unsubscribed it", event.chatId());
        }
    }

    private void migrated(IncomingMessage event) {
        log.info("Group {} became supergroup {}; moving its subscription", event.chatId(), event.newChatId());
        subscribers.migrate(event.chatId(), event.newChatId());
    }
}
