package io.sitrep.command;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.sitrep.briefing.Html;
import io.sitrep.chat.IncomingMessage;
import io.sitrep.delivery.Recipient;
import io.sitrep.subscription.ChatSettings;
import io.sitrep.subscription.GroupAdmins;
import io.sitrep.subscription.KeywordFilter;
import io.sitrep.subscription.SettingsStore;
import io.sitrep.subscription.ChatUnsubscribed;
import io.sitrep.subscription.SubscriberStore;
import io.sitrep.subscription.SubscriptionProperties;
import io.sitrep.subscription.SubscriptionStore;
import io.sitrep.subscription.TimeZones;
import io.sitrep.subscription.Topic;
import io.sitrep.subscription.TopicCatalog;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * /subscribe, /unsubscribe, /subscriptions and /filter: what this chat, or this forum topic, receives. Changing
 * it takes a group admin.
 */
@Component
@Order(80)
class SubscribeCommands implements ChatCommand {

    private final SubscriberStore subscribers;
    private final SubscriptionStore subscriptions;
    private final SettingsStore settings;
    private final TopicCatalog topics;
    private final GroupAdmins admins;
    private final SubscriptionProperties limits;
    private final Replies replies;
    private final Clock clock;

    SubscribeCommands(SubscriberStore subscribers, SubscriptionStore subscriptions, SettingsStore settings,
                      TopicCatalog topics, GroupAdmins admins, SubscriptionProperties limits,
                      Replies replies, Clock clock) {
        this.subscribers = subscribers;
        this.subscriptions = subscriptions;
        this.settings = settings;
        this.topics = topics;
        this.admins = admins;
        this.limits = limits;
        this.replies = replies;
        this.clock = clock;
    }

    @Override
    public List<CommandInfo> commands() {
        return List.of(
                CommandInfo.of("subscribe", EVERYWHERE, "<i>place, party, casualties or all</i>", "only UPDATEs about that"),
                CommandInfo.of("unsubscribe", EVERYWHERE, "<i>topic</i>", "drop a topic"),
                CommandInfo.of("subscriptions", EVERYWHERE, "", "what this chat follows"),
                CommandInfo.of("filter", EVERYWHERE, "+<i>word</i> -<i>word</i>", "keep or drop UPDATEs by plain words; /filter clear"));
    }

    @Override
    public void run(CommandRequest request) {
        IncomingMessage message = request.message();
        boolean changes = switch (request.name()) {
            case "subscriptions" -> false;
            case "filter" -> !request.argument().isEmpty();
            default -> true;
        };
        if (changes && !admins.mayManage(message)) {
            replies.send(message, replies.readerOf(message).text(GroupAdmins.REFUSAL));
            return;
        }
        Recipient here = new Recipient(message.chatId(), message.threadId());
        switch (request.name()) {
            case "subscribe" -> subscribe(message, here, request.argument());
            case "unsubscribe" -> unsubscribe(message, here, request.argument());
            case "subscriptions" -> replies.send(message, describe(message, here));
            default -> filter(message, here, request.argument());
        }
    }

    private void subscribe(IncomingMessage message, Recipient here, String typed) {
        if (typed.isEmpty()) {
            replies.send(message, "Subscribe to what? For example /subscribe aleppo, /subscribe Hezbollah, "
                    + "/subscribe casualties or /subscribe all.");
            return;
        }
        Optional<Topic> topic = topics.resolve(typed);
        if (topic.isEmpty()) {
            replies.send(message, unknown(typed));
            return;
        }
        List<Topic> current = subscriptions.topics(here);
        if (current.size() >= limits.maxTopics() && !current.contains(topic.get())) {
            replies.send(message, "This chat follows " + current.size() + " topics already, the most I keep. "
                    + "/unsubscribe one first.");
            return;
        }
        subscribers.subscribe(message.chatId(), message.chatType(), message.title(), clock.instant());
        String label = Html.escape(topics.label(topic.get()));
        String note = "";
        if (topic.get().equals(Topic.ALL)) {
            subscriptions.clear(here);
        } else if (current.contains(Topic.ALL)) {
            subscriptions.remove(here, Topic.ALL);
            note = " Instead of everything, only UPDATEs about your topics reach " + where(message) + " now;"
                    + " /subscribe all brings everything back.";
        }
        boolean added = subscriptions.add(here, topic.get(), clock.instant());
        replies.send(message, (added ? "Subscribed to <b>" + label + "</b>." : "Already subscribed to <b>" + label + "</b>.")
                + note + " /subscriptions lists what " + where(message) + " follows.");
    }

    private void unsubscribe(IncomingMessage message, Recipient here, String typed) {
        if (typed.isEmpty()) {
            replies.send(message, "Unsubscribe from what? /subscriptions lists the topics; /stop ends every push.");
            return;
        }
        Optional<Topic> topic = topics.resolve(typed);
        if (topic.isEmpty()) {
            replies.send(message, unknown(typed).replace("/subscribe ", "/unsubscribe "));
            return;
        }
        boolean removed = topic.get().equals(Topic.ALL) ? subscriptions.clear(here) > 0 : subscriptions.remove(here, topic.get());
        String label = Html.escape(topics.label(topic.get()));
        if (!removed) {
            replies.send(message, where(message, true) + " does not follow <b>" + label + "</b>. /subscriptions lists what it follows.");
            return;
        }
        if (subscriptions.destinations(message.chatId()) == 0 && subscribers.isActive(message.chatId())) {
            subscribers.end(message.chatId(), ChatUnsubscribed.Reason.UNSUBSCRIBED);
            replies.send(message, "Unsubscribed from <b>" + label + "</b>. That was the last topic, so no more pushes; "
                    + "/start subscribes again.");
            return;
        }
        replies.send(message, "Unsubscribed from <b>" + label + "</b>." + (subscriptions.topics(here).isEmpty()
                ? " Nothing reaches " + where(message) + " any more." : ""));
    }

    private void filter(IncomingMessage message, Recipient here, String argument) {
        String arg = argument.strip();
        if (arg.isEmpty()) {
            replies.send(message, describeFilter(subscriptions.filter(here))
                    + "\n\n/filter +<i>word</i> keeps only UPDATEs with the word, /filter -<i>word</i> drops UPDATEs with it, "
                    + "/filter clear removes the filter. Plain words only; case and accents do not matter.");
            return;
        }
        if (arg.equalsIgnoreCase("clear") || arg.equalsIgnoreCase("off")) {
            subscriptions.clearFilter(here);
            replies.send(message, "Filter cleared: every UPDATE on your topics reaches " + where(message) + ".");
            return;
        }
        List<String> rejected = new ArrayList<>();
        KeywordFilter current = subscriptions.filter(here);
        int count = current.included().size() + current.excluded().size();
        for (String token : arg.split("[\\s,]+")) {
            boolean exclude = token.startsWith("-");
            String word = KeywordFilter.normalise(token.replaceFirst("^[+-]", ""));
            if (word == null) {
                rejected.add(token);
                continue;
            }
            boolean known = current.included().contains(word) || current.excluded().contains(word);
            if (!known && ++count > limits.maxFilterWords()) {
                rejected.add(token);
                continue;
            }
            subscriptions.setWord(here, word, !exclude);
        }
        String reply = describeFilter(subscriptions.filter(here));
        if (!rejected.isEmpty()) {
            reply += "\n\nNot used: " + Html.escape(Html.trim(String.join(" ", rejected), 200))
                    + " (plain words of letters and digits, at most " + KeywordFilter.MAX_WORD + " characters, "
                    + limits.maxFilterWords() + " words).";
        }
        replies.send(message, reply);
    }

    private String describe(IncomingMessage message, Recipient here) {
        List<Topic> list = subscriptions.topics(here);
        boolean active = subscribers.isActive(message.chatId());
        StringBuilder html = new StringBuilder();
        if (!active || list.isEmpty()) {
            html.append(where(message, true)).append(" receives no pushes. /start subscribes to everything, "
                    + "/subscribe <i>topic</i> to one topic.");
        } else {
            html.append("<b>").append(where(message, true)).append(" follows</b>\n");
            html.append(list.stream().map(t -> "\u2022 " + Html.escape(topics.label(t))).collect(Collectors.joining("\n")));
        }
        html.append("\n\n").append(describeFilter(subscriptions.filter(here)));
        ChatSettings chat = settings.of(message.chatId());
        html.append("\nDelivery: ").append(chat.mode().describe()).append(", times in ").append(TimeZones.describe(chat.zone()));
        if (chat.quiet() != null) {
            html.append(", quiet ").append(chat.quiet().describe());
        }
        return html.toString();
    }

    private static String describeFilter(KeywordFilter filter) {
        if (filter.isEmpty()) {
            return "No keyword filter.";
        }
        StringBuilder html = new StringBuilder("Keyword filter:");
        if (!filter.included().isEmpty()) {
            html.append(" must mention ").append(Html.escape(String.join(" or ", filter.included().stream().sorted().toList())));
        }
        if (!filter.excluded().isEmpty()) {
            html.append(filter.included().isEmpty() ? "" : ";").append(" never ")
                    .append(Html.escape(String.join(", ", filter.excluded().stream().sorted().toList())));
        }
        return html.append('.').toString();
    }

    private String unknown(String typed) {
        String shown = Html.escape(Html.trim(typed, 40));
        List<String> near = topics.suggestions(typed);
        if (near.isEmpty()) {
            return "I know no place or party called <b>" + shown + "</b>. /places lists the places in the news; "
                    + "you can also /subscribe casualties or /subscribe all.";
        }
        return "I know no place or party called <b>" + shown + "</b>. Did you mean "
                + near.stream().map(c -> "/subscribe " + c.substring(1)).collect(Collectors.joining(", ")) + "?";
    }

    private static String where(IncomingMessage message) {
        return message.threadId() != null ? "this topic" : "this chat";
    }

    private static String where(IncomingMessage message, boolean capital) {
        return message.threadId() != null ? "This topic" : "This chat";
    }
}
