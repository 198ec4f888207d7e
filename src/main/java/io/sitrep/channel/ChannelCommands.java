package io.sitrep.channel;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.sitrep.shared.SitrepMode;
import io.sitrep.briefing.Bidi;
import io.sitrep.briefing.Html;
import io.sitrep.briefing.ReaderSettings;
import io.sitrep.chat.Buttons;
import io.sitrep.chat.IncomingMessage;
import io.sitrep.command.ButtonAction;
import io.sitrep.command.ChatCommand;
import io.sitrep.command.CommandInfo;
import io.sitrep.command.CommandRequest;
import io.sitrep.command.CommandScope;
import io.sitrep.command.Replies;
import io.sitrep.subscription.Recipient;
import io.sitrep.editor.AuditLog;
import io.sitrep.editor.Editors;
import io.sitrep.subscription.ChatSettings;
import io.sitrep.subscription.ChatUnsubscribed;
import io.sitrep.subscription.KeywordFilter;
import io.sitrep.subscription.SettingChange;
import io.sitrep.subscription.SettingsStore;
import io.sitrep.subscription.SubscriberStore;
import io.sitrep.subscription.SubscriptionProperties;
import io.sitrep.subscription.SubscriptionStore;
import io.sitrep.subscription.Topic;
import io.sitrep.subscription.TopicCatalog;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * /channel for editors, from their private chat: link a channel (after {@link ChannelCheck}), list, unlink, and
 * set what it receives (topics, keyword filter, digests, quiet hours, time zone, silent posts, link previews) with
 * buttons (callback data {@code ch:<chat>:<what>:<value>}) or typed. Every link, change and removal goes to the
 * {@link AuditLog} with the editor's id.
 */
@Component
@Order(210)
class ChannelCommands implements ChatCommand, ButtonAction {

    private final Editors editors;
    private final AuditLog audit;
    private final ChannelCheck check;
    private final ChannelLinks links;
    private final SubscriberStore subscribers;
    private final SubscriptionStore subscriptions;
    private final SettingsStore settings;
    private final TopicCatalog topics;
    private final Replies replies;
    private final SubscriptionProperties limits;
    private final SitrepMode mode;
    private final Clock clock;

    ChannelCommands(Editors editors, AuditLog audit, ChannelCheck check, ChannelLinks links, SubscriberStore subscribers,
                    SubscriptionStore subscriptions, SettingsStore settings, TopicCatalog topics,
                    SubscriptionProperties limits, Replies replies, SitrepMode mode, Clock clock) {
        this.editors = editors;
        this.audit = audit;
        this.check = check;
        this.links = links;
        this.subscribers = subscribers;
        this.subscriptions = subscriptions;
        this.settings = settings;
        this.topics = topics;
        this.replies = replies;
        this.limits = limits;
        this.mode = mode;
        this.clock = clock;
    }

    @Override
    public List<CommandInfo> commands() {
        return List.of(CommandInfo.of("channel", Set.of(CommandScope.EDITOR),
                "add, list, settings or remove @<i>name</i>", "post UPDATEs into a Telegram channel you administer"));
    }

    @Override
    public String prefix() {
        return "ch";
    }

    @Override
    public void run(CommandRequest request) {
        IncomingMessage message = request.message();
        ReaderSettings reader = replies.readerOf(message);
        if (!editors.isEditor(message.userId())) {
            if (mode.isConsole()) {
                replies.send(message, ChannelReplies.consoleHasNoChannels(reader)); // no channel to protect: say why instead
                return;
            }
            audit.refused(message.userId(), "channel");
            replies.send(message, ChannelReplies.notAllowed(reader));
            return;
        }
        if (!message.isPrivate()) {
            replies.send(message, ChannelReplies.privateOnly(reader));
            return;
        }
        String[] words = request.argument().strip().split("\\s+", 3);
        String verb = words[0].toLowerCase(Locale.ROOT);
        String name = words.length > 1 ? words[1] : "";
        String rest = words.length > 2 ? words[2] : "";
        switch (verb) {
            case "add", "link" -> add(message, name, reader);
            case "list" -> replies.send(message, ChannelReplies.list(links.all(), reader));
            case "remove", "unlink" -> linked(message, name, reader).ifPresent(c -> remove(message, c, reader));
            case "settings" -> linked(message, name, reader).ifPresent(c -> showSettings(message, c, reader));
            case "set" -> linked(message, name, reader).ifPresent(c -> set(message, c, rest, reader));
            case "subscribe" -> linked(message, name, reader).ifPresent(c -> subscribe(message, c, rest, reader));
            case "unsubscribe" -> linked(message, name, reader).ifPresent(c -> unsubscribe(message, c, rest, reader));
            case "filter" -> linked(message, name, reader).ifPresent(c -> filter(message, c, rest, reader));
            default -> replies.send(message, ChannelReplies.usage(reader));
        }
    }

    private void add(IncomingMessage message, String typed, ReaderSettings reader) {
        Optional<String> reference = ChannelCheck.reference(typed);
        if (reference.isEmpty()) {
            replies.send(message, ChannelReplies.notAName(reader));
            return;
        }
        ChannelCheck.Outcome outcome = check.check(reference.get(), message.userId(), reader);
        if (outcome instanceof ChannelCheck.Refused refused) {
            audit.allowed(message.userId(), "channel-add-refused", Html.trim(typed, 60), 0);
            replies.send(message, refused.reply());
            return;
        }
        ChannelCheck.Linkable ok = (ChannelCheck.Linkable) outcome;
        long chatId = ok.channel().id();
        subscribers.subscribe(chatId, "channel", ok.channel().title(), clock.instant());
        Recipient channel = new Recipient(chatId, null);
        if (subscriptions.topics(channel).isEmpty()) {
            subscriptions.add(channel, Topic.ALL, clock.instant());
        }
        boolean isNew = links.link(chatId, message.userId(), ok.channel().username(), clock.instant());
        audit.allowed(message.userId(), "channel-add", ok.shown() + " " + chatId, 1);
        replies.send(message, ChannelReplies.linked(ok.shown(), !isNew, reader));
    }

    private Optional<ChannelLinks.Linked> linked(IncomingMessage message, String typed, ReaderSettings reader) {
        if (typed.isBlank()) {
            replies.send(message, ChannelReplies.notAName(reader));
            return Optional.empty();
        }
        Optional<ChannelLinks.Linked> found = links.find(typed);
        if (found.isEmpty()) {
            replies.send(message, ChannelReplies.notLinked(typed, reader));
        }
        return found;
    }

    private void remove(IncomingMessage message, ChannelLinks.Linked channel, ReaderSettings reader) {
        links.unlink(channel.chatId());
        subscribers.end(channel.chatId(), ChatUnsubscribed.Reason.UNSUBSCRIBED);
        audit.allowed(message.userId(), "channel-remove", channel.shown() + " " + channel.chatId(), 1);
        replies.send(message, ChannelReplies.removed(channel.shown(), reader));
    }

    private void showSettings(IncomingMessage message, ChannelLinks.Linked channel, ReaderSettings reader) {
        ChatSettings current = settings.of(channel.chatId());
        Recipient at = new Recipient(channel.chatId(), null);
        String followed = subscriptions.topics(at).stream().map(t -> label(t, reader)).collect(Collectors.joining(", "));
        replies.send(message, ChannelReplies.settings(channel.shown(), SettingChange.summary(current, false, reader),
                followed, ChannelReplies.filter(subscriptions.filter(at), reader), reader), buttons(channel.chatId(), current, reader));
    }

    /** A topic's name as HTML: "everything" and "casualties" in the editor's language, places and parties as named. */
    private String label(Topic topic, ReaderSettings reader) {
        return switch (topic.kind()) {
            case ALL -> reader.text("topic.all");
            case CASUALTIES -> reader.text("topic.casualties");
            default -> Html.escape(Bidi.isolate(topics.label(topic), reader.language()));
        };
    }

    private void set(IncomingMessage message, ChannelLinks.Linked channel, String typed, ReaderSettings reader) {
        String[] parts = typed.strip().split("\\s+", 2);
        Optional<ChatSettings> changed = SettingChange.apply(settings.of(channel.chatId()),
                parts[0].toLowerCase(Locale.ROOT), parts.length > 1 ? parts[1] : "");
        if (changed.isEmpty()) {
            replies.send(message, ChannelReplies.notUnderstood(typed, reader));
            return;
        }
        settings.save(changed.get());
        audit.allowed(message.userId(), "channel-change", channel.shown() + " " + Html.trim(typed, 80), 1);
        replies.send(message, ChannelReplies.saved(channel.shown(), SettingChange.summary(changed.get(), false, reader), reader));
    }

    private void subscribe(IncomingMessage message, ChannelLinks.Linked channel, String typed, ReaderSettings reader) {
        Optional<Topic> topic = topics.resolve(typed.strip());
        if (typed.isBlank() || topic.isEmpty()) {
            replies.send(message, ChannelReplies.unknownTopic(typed, reader));
            return;
        }
        List<Topic> current = subscriptions.topics(new Recipient(channel.chatId(), null));
        if (current.size() >= limits.maxTopics() && !current.contains(topic.get()) && !topic.get().equals(Topic.ALL)) {
            replies.send(message, ChannelReplies.tooManyTopics(channel.shown(), current.size(), reader));
            return;
        }
        follow(channel.chatId(), topic.get());
        audit.allowed(message.userId(), "channel-change", channel.shown() + " subscribe " + topic.get().key(), 1);
        replies.send(message, ChannelReplies.subscribed(channel.shown(), label(topic.get(), reader), reader));
    }

    /** Everything replaces the topics; a topic replaces everything, as /subscribe does in a chat. */
    private void follow(long chatId, Topic topic) {
        Recipient at = new Recipient(chatId, null);
        if (topic.equals(Topic.ALL)) {
            subscriptions.clear(at);
        } else {
            subscriptions.remove(at, Topic.ALL);
        }
        subscriptions.add(at, topic, clock.instant());
    }

    private void unsubscribe(IncomingMessage message, ChannelLinks.Linked channel, String typed, ReaderSettings reader) {
        Optional<Topic> topic = topics.resolve(typed.strip());
        if (typed.isBlank() || topic.isEmpty()) {
            replies.send(message, ChannelReplies.unknownTopic(typed, reader));
            return;
        }
        Recipient at = new Recipient(channel.chatId(), null);
        if (topic.get().equals(Topic.ALL)) {
            subscriptions.clear(at);
        } else {
            subscriptions.remove(at, topic.get());
        }
        audit.allowed(message.userId(), "channel-change", channel.shown() + " unsubscribe " + topic.get().key(), 1);
        replies.send(message, ChannelReplies.unsubscribed(channel.shown(), label(topic.get(), reader),
                subscriptions.topics(at).isEmpty(), reader));
    }

    private void filter(IncomingMessage message, ChannelLinks.Linked channel, String typed, ReaderSettings reader) {
        Recipient at = new Recipient(channel.chatId(), null);
        String arg = typed.strip();
        if (arg.equalsIgnoreCase("clear") || arg.equalsIgnoreCase("off")) {
            subscriptions.clearFilter(at);
        } else {
            KeywordFilter current = subscriptions.filter(at);
            int words = current.included().size() + current.excluded().size();
            for (String token : arg.split("[\\s,]+")) {
                String word = KeywordFilter.normalise(token.replaceFirst("^[+-]", ""));
                boolean known = word != null && (current.included().contains(word) || current.excluded().contains(word));
                if (word != null && (known || ++words <= limits.maxFilterWords())) {
                    subscriptions.setWord(at, word, !token.startsWith("-"));
                }
            }
        }
        audit.allowed(message.userId(), "channel-change", channel.shown() + " filter " + Html.trim(arg, 80), 1);
        replies.send(message, ChannelReplies.filterSaved(channel.shown(), ChannelReplies.filter(subscriptions.filter(at), reader), reader));
    }

    @Override
    public String press(IncomingMessage press, String argument) {
        String[] parts = argument.split(":", 3);
        ReaderSettings reader = replies.readerOf(press);
        long chatId;
        try {
            chatId = Long.parseLong(parts[0]);
        } catch (NumberFormatException e) {
            return ChannelReplies.toastOutOfDate(reader);
        }
        if (parts.length < 3 || !links.isLinked(chatId)) {
            return ChannelReplies.toastOutOfDate(reader);
        }
        if (!editors.isEditor(press.userId()) || !check.isChannelAdmin(chatId, press.userId())) {
            audit.refused(press.userId(), "channel-change");
            return ChannelReplies.toastNotAllowed(reader);
        }
        ChannelLinks.Linked channel = links.find(String.valueOf(chatId)).orElseThrow();
        String what = parts[1];
        String value = parts[2];
        if (what.equals("topic")) {
            Optional<Topic> topic = topics.resolve(value);
            if (topic.isEmpty()) {
                return ChannelReplies.toastOutOfDate(reader);
            }
            Recipient at = new Recipient(chatId, null);
            subscriptions.clear(at);
            subscriptions.add(at, topic.get(), clock.instant());
        } else {
            Optional<ChatSettings> changed = SettingChange.apply(settings.of(chatId), what, value);
            if (changed.isEmpty()) {
                return ChannelReplies.toastOutOfDate(reader);
            }
            settings.save(changed.get());
        }
        audit.allowed(press.userId(), "channel-change", channel.shown() + " " + what + " " + value, 1);
        showSettings(press, channel, reader);
        return ChannelReplies.toastSaved(reader);
    }

    private static Buttons buttons(long chatId, ChatSettings current, ReaderSettings reader) {
        String p = "ch:" + chatId + ":";
        return Buttons.row(Buttons.button(reader.text("settings.button.instant"), p + "mode:instant"),
                        Buttons.button(reader.text("settings.button.hourly"), p + "mode:hourly"),
                        Buttons.button(reader.text("channel.button.daily", "hour", "08:00"), p + "daily:8"))
                .and(Buttons.button(reader.text("channel.button.quiet", "hours", "22\u20137"), p + "quiet:22-7"),
                        Buttons.button(reader.text("settings.button.no_quiet"), p + "quiet:off"))
                .and(Buttons.button(reader.text("channel.button.everything"), p + "topic:all"),
                        Buttons.button(reader.text("channel.button.casualties_only"), p + "topic:casualties"))
                .and(Buttons.button(reader.text(current.silent() ? "channel.button.sound" : "channel.button.silent"),
                                p + "silent:" + (current.silent() ? "off" : "on")),
                        Buttons.button(reader.text(current.previews() ? "settings.button.previews_off" : "settings.button.previews_on"),
                                p + "previews:" + (current.previews() ? "off" : "on")))
                .and(Buttons.button("GMT", p + "tz:GMT"), Buttons.button("GMT+2", p + "tz:+2"), Buttons.button("GMT+3", p + "tz:+3"));
    }
}
