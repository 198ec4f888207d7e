package io.sitrep.command;

import java.time.Clock;
import java.util.List;

import io.sitrep.briefing.Briefings;
import io.sitrep.briefing.ReaderSettings;
import io.sitrep.chat.IncomingMessage;
import io.sitrep.subscription.Recipient;
import io.sitrep.subscription.GroupAdmins;
import io.sitrep.subscription.ChatUnsubscribed;
import io.sitrep.subscription.SubscriberStore;
import io.sitrep.subscription.SubscriptionStore;
import io.sitrep.subscription.Topic;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** /start subscribes this chat (or this forum topic) to everything; /stop unsubscribes the whole chat. */
@Component
@Order(70)
class StartStopCommands implements ChatCommand {

    private final Briefings briefings;
    private final CommandCatalog catalog;
    private final SubscriberStore subscribers;
    private final SubscriptionStore subscriptions;
    private final GroupAdmins admins;
    private final Replies replies;
    private final Clock clock;

    StartStopCommands(Briefings briefings, CommandCatalog catalog, SubscriberStore subscribers, SubscriptionStore subscriptions,
                      GroupAdmins admins, Replies replies, Clock clock) {
        this.briefings = briefings;
        this.catalog = catalog;
        this.subscribers = subscribers;
        this.subscriptions = subscriptions;
        this.admins = admins;
        this.replies = replies;
        this.clock = clock;
    }

    @Override
    public List<CommandInfo> commands() {
        return List.of(
                CommandInfo.of("start", EVERYWHERE, "", "subscribe this chat to every new UPDATE"),
                CommandInfo.of("stop", EVERYWHERE, "", "unsubscribe this chat"));
    }

    @Override
    public void run(CommandRequest request) {
        IncomingMessage message = request.message();
        if (!admins.mayManage(message)) {
            replies.send(message, replies.readerOf(message).text(GroupAdmins.REFUSAL));
            return;
        }
        if (request.name().equals("start")) {
            start(message);
        } else {
            stop(message);
        }
    }

    private void start(IncomingMessage message) {
        Recipient here = new Recipient(message.chatId(), message.threadId());
        boolean isNew = subscribers.subscribe(message.chatId(), message.chatType(), message.title(), clock.instant());
        boolean addedAll = subscriptions.topics(here).isEmpty() && subscriptions.add(here, Topic.ALL, clock.instant());
        isNew = isNew || addedAll;
        ReaderSettings reader = replies.readerOf(message);
        String where = message.threadId() != null ? "topic" : "chat";
        StringBuilder welcome = new StringBuilder();
        welcome.append(reader.text(isNew ? "start.welcome" : "start.already", "where", where));
        welcome.append(' ').append(reader.text("start.narrow"));
        if (message.isGroup()) {
            welcome.append("\n\n").append(reader.text("start.group_digest"));
        }
        welcome.append("\n\n").append(catalog.helpLines(message.isGroup() ? CommandScope.GROUP : CommandScope.PRIVATE,
                reader.language()));
        String newest = briefings.newestUpdate(reader);
        if (!newest.isEmpty()) {
            welcome.append("\n\n<b>").append(reader.text("start.newest")).append("</b>\n").append(newest);
        }
        replies.send(message, welcome.toString());
    }

    private void stop(IncomingMessage message) {
        boolean was = subscribers.end(message.chatId(), ChatUnsubscribed.Reason.UNSUBSCRIBED);
        replies.send(message, replies.readerOf(message).text(was ? "stop.done" : "stop.not_subscribed"));
    }
}
