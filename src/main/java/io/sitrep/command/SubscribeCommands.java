package io.sitrep.command;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.sitrep.briefing.Bidi;
import io.sitrep.briefing.Html;
import io.sitrep.briefing.ReaderSettings;
import io.sitrep.chat.IncomingMessage;
import io.sitrep.subscription.Recipient;
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
        ReaderSettings reader = replies.readerOf(message);
        if (typed.isEmpty()) {
            replies.send(message, reader.text("subscribe.what"));
            return;
        }
        Optional<Topic> topic = topics.resolve(typed);
        if (topic.isEmpty()) {
            replies.send(message, unknown(typed, "subscribe", reader));
            return;
        }
        List<Topic> current = subscriptions.topics(here);
        if (current.size() >= limits.maxTopics() && !current.contains(topic.get())) {
            replies.send(message, reader.text("subscribe.too_many", "count", current.size()));
            return;
        }
        subscribers.subscribe(message.chatId(), message.chatType(), message.title(), clock.instant());
        String label = label(topic.get(), reader);
        String note = "";
        if (topic.get().equals(Topic.ALL)) {
            subscriptions.clear(here);
        } else if (current.contains(Topic.ALL)) {
            subscriptions.remove(here, Topic.ALL);
            note = " " + reader.text("subscribe.instead_of_all", "where", where(message));
        }
        boolean added = subscriptions.add(here, topic.get(), clock.instant());
        replies.send(message, reader.text(added ? "subscribe.done" : "subscribe.already", "topic", label)
                + note + " " + reader.text("subscribe.list_hint", "where", where(message)));
    }

    /** A topic's name: places and parties as the gazetteer and dictionary name them, "everything" and "casualties" translated. */
    private String label(Topic topic, ReaderSettings reader) {
        return switch (topic.kind()) {
            case ALL -> reader.text("topic.all");
            case CASUALTIES -> reader.text("topic.casualties");
            default -> Html.escape(Bidi.isolate(topics.label(topic), reader.language()));
        };
    }

    private void unsubscribe(IncomingMessage message, Recipient here, String typed) {
        ReaderSettings reader = replies.readerOf(message);
        if (typed.isEmpty()) {
            replies.send(message, reader.text("unsubscribe.what"));
            return;
        }
        Optional<Topic> topic = topics.resolve(typed);
        if (topic.isEmpty()) {
            replies.send(message, unknown(typed, "unsubscribe", reader));
            return;
        }
        boolean removed = topic.get().equals(Topic.ALL) ? subscriptions.clear(here) > 0 : subscriptions.remove(here, topic.get());
        String label = label(topic.get(), reader);
        if (!removed) {
            replies.send(message, reader.text("unsubscribe.not_followed", "where", where(message), "topic", label));
            return;
        }
        if (subscriptions.destinations(message.chatId()) == 0 && subscribers.isActive(message.chatId())) {
            subscribers.end(message.chatId(), ChatUnsubscribed.Reason.UNSUBSCRIBED);
            replies.send(message, reader.text("unsubscribe.last", "topic", label));
            return;
        }
        replies.send(message, reader.text("unsubscribe.done", "topic", label) + (subscriptions.topics(here).isEmpty()
                ? " " + reader.text("unsubscribe.nothing_left", "where", where(message)) : ""));
    }

    private void filter(IncomingMessage message, Recipient here, String argument) {
        ReaderSettings reader = replies.readerOf(message);
        String arg = argument.strip();
        if (arg.isEmpty()) {
            replies.send(message, describeFilter(subscriptions.filter(here), reader) + "\n\n" + reader.text("filter.how"));
            return;
        }
        if (arg.equalsIgnoreCase("clear") || arg.equalsIgnoreCase("off")) {
            subscriptions.clearFilter(here);
            replies.send(message, reader.text("filter.cleared", "where", where(message)));
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
        String reply = describeFilter(subscriptions.filter(here), reader);
        if (!rejected.isEmpty()) {
            reply += "\n\n" + reader.text("filter.not_used", "words", Html.escape(Html.trim(String.join(" ", rejected), 200)),
                    "chars", KeywordFilter.MAX_WORD, "max", limits.maxFilterWords());
        }
        replies.send(message, reply);
    }

    private String describe(IncomingMessage message, Recipient here) {
        ReaderSettings reader = replies.readerOf(message);
        List<Topic> list = subscriptions.topics(here);
        boolean active = subscribers.isActive(message.chatId());
        StringBuilder html = new StringBuilder();
        if (!active || list.isEmpty()) {
            html.append(reader.text("subscriptions.none", "where", where(message)));
        } else {
            html.append("<b>").append(reader.text("subscriptions.follows", "where", where(message))).append("</b>\n");
            html.append(list.stream().map(t -> "\u2022 " + label(t, reader)).collect(Collectors.joining("\n")));
        }
        html.append("\n\n").append(describeFilter(subscriptions.filter(here), reader));
        ChatSettings chat = settings.of(message.chatId());
        html.append('\n').append(reader.text("subscriptions.delivery", "mode", SettingsCommands.mode(chat, reader),
                "zone", TimeZones.describe(chat.zone())));
        if (chat.quiet() != null) {
            html.append(reader.text("subscriptions.quiet", "quiet", chat.quiet().describe()));
        }
        return html.toString();
    }

    private static String describeFilter(KeywordFilter filter, ReaderSettings reader) {
        if (filter.isEmpty()) {
            return reader.text("filter.none");
        }
        String words = Html.escape(String.join(", ", filter.included().stream().sorted().toList()));
        String never = Html.escape(String.join(", ", filter.excluded().stream().sorted().toList()));
        String key = filter.included().isEmpty() ? "filter.never" : filter.excluded().isEmpty() ? "filter.must" : "filter.must_never";
        return reader.text(key, "words", words, "never", never);
    }

    private String unknown(String typed, String command, ReaderSettings reader) {
        String shown = Html.escape(Bidi.isolate(Html.trim(typed, 40), reader.language()));
        List<String> near = topics.suggestions(typed);
        if (near.isEmpty()) {
            return reader.text("subscribe.unknown", "typed", shown, "command", "/" + command);
        }
        return reader.text("subscribe.did_you_mean", "typed", shown, "suggestions",
                near.stream().map(c -> "/" + command + " " + c.substring(1)).collect(Collectors.joining(", ")));
    }

    /** "topic" in a forum topic, else "chat": the select the texts about this chat take. */
    private static String where(IncomingMessage message) {
        return message.threadId() != null ? "topic" : "chat";
    }
}
