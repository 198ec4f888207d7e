package io.sitrep.channel;

import java.util.List;

import io.sitrep.briefing.Bidi;
import io.sitrep.briefing.Html;
import io.sitrep.briefing.ReaderSettings;
import io.sitrep.subscription.KeywordFilter;

/**
 * Every user-visible sentence about channels, from the message bundles ({@code channel.*}) in the editor's own chat
 * language. Arguments are escaped here (a channel's name and title stay as written, isolated for a right-to-left
 * reader); the results are Telegram HTML.
 */
final class ChannelReplies {

    private ChannelReplies() {
    }

    static String usage(ReaderSettings reader) {
        return reader.text("channel.usage");
    }

    static String privateOnly(ReaderSettings reader) {
        return reader.text("channel.private_only");
    }

    static String notAName(ReaderSettings reader) {
        return reader.text("channel.not_a_name");
    }

    static String notAllowed(ReaderSettings reader) {
        return reader.text("channel.not_allowed");
    }

    static String consoleHasNoChannels(ReaderSettings reader) {
        return reader.text("channel.console");
    }

    static String cannotAsk(String typed, String reason, ReaderSettings reader) {
        // The reason is Telegram's or the network's own words, kept as written.
        return reader.text("channel.cannot_ask", "channel", shown(typed, reader),
                "reason", Html.escape(Bidi.isolate(Html.trim(reason, 200), reader.language())));
    }

    static String unknownChat(String typed, ReaderSettings reader) {
        return reader.text("channel.unknown_chat", "channel", shown(typed, reader));
    }

    static String notAChannel(String typed, String type, ReaderSettings reader) {
        String kind = switch (type == null ? "" : type) {
            case "private" -> "private";
            case "group", "supergroup" -> "group";
            default -> "other";
        };
        return reader.text("channel.not_a_channel", "channel", shown(typed, reader), "type", kind);
    }

    static String botNotAdmin(String shown, ReaderSettings reader) {
        return reader.text("channel.bot_not_admin", "channel", name(shown, reader));
    }

    static String botCannotPost(String shown, ReaderSettings reader) {
        return reader.text("channel.bot_cannot_post", "channel", name(shown, reader));
    }

    static String editorNotAdmin(String shown, ReaderSettings reader) {
        return reader.text("channel.editor_not_admin", "channel", name(shown, reader));
    }

    static String rightsUnknown(String shown, ReaderSettings reader) {
        return reader.text("channel.rights_unknown", "channel", name(shown, reader));
    }

    static String linked(String shown, boolean again, ReaderSettings reader) {
        return reader.text(again ? "channel.already_linked" : "channel.linked", "channel", name(shown, reader),
                "handle", handle(shown));
    }

    static String notLinked(String typed, ReaderSettings reader) {
        return reader.text("channel.not_linked", "channel", shown(typed, reader));
    }

    static String removed(String shown, ReaderSettings reader) {
        return reader.text("channel.removed", "channel", name(shown, reader));
    }

    static String list(List<ChannelLinks.Linked> channels, ReaderSettings reader) {
        if (channels.isEmpty()) {
            return reader.text("channel.list.none");
        }
        StringBuilder html = new StringBuilder("<b>").append(reader.text("channel.list.title")).append("</b>");
        for (ChannelLinks.Linked c : channels) {
            html.append("\n\u2022 ").append(name(c.shown(), reader)).append(" \u00b7 ").append(reader.text("channel.list.linked_by",
                    "editors", String.join(", ", c.editors().stream().map(String::valueOf).toList())));
        }
        return html.append("\n\n").append(reader.text("channel.list.how")).toString();
    }

    /** The channel's settings; {@code topics} and {@code filter} arrive as HTML already. */
    static String settings(String shown, String summary, String topics, String filter, ReaderSettings reader) {
        return reader.text("channel.settings", "channel", name(shown, reader), "handle", handle(shown), "summary", summary,
                "topics", topics.isEmpty() ? reader.text("channel.topics_none") : topics, "filter", filter);
    }

    static String saved(String shown, String summary, ReaderSettings reader) {
        return reader.text("channel.saved", "channel", name(shown, reader), "summary", summary);
    }

    static String notUnderstood(String typed, ReaderSettings reader) {
        return reader.text("channel.not_understood", "typed", Html.escape(Html.trim(typed, 60)));
    }

    static String unknownTopic(String typed, ReaderSettings reader) {
        return reader.text("channel.unknown_topic", "typed", Html.escape(Html.trim(typed, 40)));
    }

    /** {@code label} arrives as HTML (a translated topic word, or a place's escaped name). */
    static String subscribed(String shown, String label, ReaderSettings reader) {
        return reader.text("channel.subscribed", "channel", name(shown, reader), "topic", label);
    }

    static String tooManyTopics(String shown, int count, ReaderSettings reader) {
        return reader.text("channel.too_many", "channel", name(shown, reader), "handle", handle(shown), "count", count);
    }

    static String unsubscribed(String shown, String label, boolean nothingLeft, ReaderSettings reader) {
        String done = reader.text("channel.unsubscribed", "channel", name(shown, reader), "topic", label);
        return nothingLeft ? done + " " + reader.text("channel.nothing_left", "handle", handle(shown)) : done;
    }

    static String filterSaved(String shown, String filter, ReaderSettings reader) {
        return reader.text("channel.saved", "channel", name(shown, reader), "summary", filter);
    }

    static String lost(String shown, boolean removed, ReaderSettings reader) {
        return "\u26a0\ufe0f " + reader.text("channel.lost", "channel", name(shown, reader), "handle", handle(shown),
                "why", reader.text(removed ? "channel.lost.removed" : "channel.lost.unreachable"));
    }

    static String toastSaved(ReaderSettings reader) {
        return reader.text("language.saved_toast");
    }

    static String toastOutOfDate(ReaderSettings reader) {
        return reader.text("button.out_of_date");
    }

    static String toastNotAllowed(ReaderSettings reader) {
        return reader.text("channel.toast.not_allowed");
    }

    /** The channel's keyword filter, in the same words /filter uses in a chat. */
    static String filter(KeywordFilter filter, ReaderSettings reader) {
        if (filter.isEmpty()) {
            return reader.text("filter.none");
        }
        String words = Html.escape(String.join(", ", filter.included().stream().sorted().toList()));
        String never = Html.escape(String.join(", ", filter.excluded().stream().sorted().toList()));
        String key = filter.included().isEmpty() ? "filter.never" : filter.excluded().isEmpty() ? "filter.must" : "filter.must_never";
        return reader.text(key, "words", words, "never", never);
    }

    /** A name as the editor typed it, bold. */
    private static String shown(String typed, ReaderSettings reader) {
        return "<b>" + Html.escape(Bidi.isolate(Html.trim(typed, 40), reader.language())) + "</b>";
    }

    /** A linked channel's name inside a command to copy: escaped, never isolated (see {@link #name}). */
    private static String handle(String shown) {
        return Html.escape(shown);
    }

    /** A linked channel's name (@username, or its title and id), isolated for a right-to-left reader. */
    private static String name(String shown, ReaderSettings reader) {
        return Html.escape(Bidi.isolate(shown, reader.language()));
    }
}
