package io.sitrep.channel;

import io.sitrep.briefing.Html;

/**
 * Every user-visible sentence about channels, in one place so it can move into a message bundle as it is. Arguments
 * are escaped here; the results are Telegram HTML.
 */
final class ChannelReplies {

    private ChannelReplies() {
    }

    static final String USAGE = "<b>Channels</b>\n"
            + "/channel add @<i>name</i> (or the channel's numeric id) links a channel: I post UPDATEs there.\n"
            + "/channel list shows the linked channels.\n"
            + "/channel settings @<i>name</i> shows its settings with buttons.\n"
            + "/channel set @<i>name</i> digest hourly | quiet 22-7 | timezone GMT+3 | silent on | previews off\n"
            + "/channel subscribe @<i>name</i> <i>topic</i>, /channel unsubscribe @<i>name</i> <i>topic</i>, "
            + "/channel filter @<i>name</i> +<i>word</i> -<i>word</i>\n"
            + "/channel remove @<i>name</i> stops posting there.\n"
            + "First add me to the channel as an administrator allowed to post messages.";

    static final String PRIVATE_ONLY = "Channels are linked from your private chat with me, not from a group.";

    static final String NOT_A_NAME = "Name the channel as @<i>username</i> or by its numeric id (such as -1001234567890).";

    static String notAllowed() {
        return "Not allowed: /channel is for Sitrep's editors only. The attempt was logged.";
    }

    static String consoleHasNoChannels() {
        return "Channels live on Telegram: the console chat has no Bot API to check or post to one. Start Sitrep with "
                + "a bot token (SITREP_TELEGRAM_TOKEN) and link the channel from your private chat with the bot.";
    }

    static String cannotAsk(String typed, String reason) {
        return "I could not ask Telegram about " + shown(typed) + " just now (" + Html.escape(Html.trim(reason, 200))
                + "). Try again in a minute.";
    }

    static String unknownChat(String typed) {
        return "Telegram does not show me " + shown(typed) + ": check the name, and add me to the channel as an "
                + "administrator first (for a private channel, use its numeric id).";
    }

    static String notAChannel(String typed, String type) {
        String what = switch (type == null ? "" : type) {
            case "private" -> "a private chat";
            case "group", "supergroup" -> "a group";
            default -> "not a channel";
        };
        return shown(typed) + " is " + what + ", not a channel: /channel links channels only. For a group, add me "
                + "there and an admin types /start in it.";
    }

    static String botNotAdmin(String shown) {
        return "I am not an administrator of " + Html.escape(shown) + ". In the channel's settings, add me ("
                + "Administrators \u2192 Add admin) with the right to post messages, then try again.";
    }

    static String botCannotPost(String shown) {
        return "I am an administrator of " + Html.escape(shown) + " but without the right to post messages. Turn on "
                + "\u201cPost messages\u201d for me in its administrator settings, then try again.";
    }

    static String editorNotAdmin(String shown) {
        return "You are not an administrator of " + Html.escape(shown) + ": only its administrators can link it. Ask "
                + "one of them, or ask its owner to make you an administrator.";
    }

    static String rightsUnknown(String shown) {
        return "I could not check the administrators of " + Html.escape(shown) + " just now. Try again in a minute.";
    }

    static String linked(String shown, boolean again) {
        return (again ? "Already linked: " : "Linked ") + Html.escape(shown) + (again ? "." : ". Every new UPDATE is "
                + "posted there from now on.") + " /channel settings " + Html.escape(shown)
                + " chooses topics, digests, quiet hours, silent posts and link previews.";
    }

    static String notLinked(String typed) {
        return shown(typed) + " is not a linked channel. /channel list shows the linked ones.";
    }

    static String removed(String shown) {
        return "Unlinked " + Html.escape(shown) + ": nothing more is posted there. Posts already there stay.";
    }

    static String list(java.util.List<ChannelLinks.Linked> channels) {
        if (channels.isEmpty()) {
            return "No channels are linked. /channel add @<i>name</i> links one.";
        }
        StringBuilder html = new StringBuilder("<b>Linked channels</b>");
        for (ChannelLinks.Linked c : channels) {
            html.append("\n\u2022 ").append(Html.escape(c.shown())).append(" \u00b7 linked by ")
                    .append(String.join(", ", c.editors().stream().map(String::valueOf).toList()));
        }
        return html.append("\n\n/channel settings @<i>name</i> changes what one receives.").toString();
    }

    static String settings(String shown, String summary, String topics, String filter) {
        return "<b>Settings of " + Html.escape(shown) + "</b>\n" + summary + "\nTopics: " + topics + "\n" + filter
                + "\n\nType /channel set " + Html.escape(shown) + " digest daily 8, /channel subscribe "
                + Html.escape(shown) + " <i>place</i> or /channel filter " + Html.escape(shown)
                + " +<i>word</i> for more.";
    }

    static String saved(String shown, String summary) {
        return "Saved for " + Html.escape(shown) + ". " + summary;
    }

    static String notUnderstood(String typed) {
        return "I did not understand " + Html.escape(Html.trim(typed, 60)) + ". For example /channel set @<i>name</i> "
                + "digest hourly, quiet 22-7, timezone GMT+3, silent on or previews off.";
    }

    static String unknownTopic(String typed) {
        return "I know no place or party called <b>" + Html.escape(Html.trim(typed, 40)) + "</b>. /places lists the "
                + "places in the news; casualties and all work too.";
    }

    static String subscribed(String shown, String label) {
        return Html.escape(shown) + " now follows <b>" + Html.escape(label) + "</b>.";
    }

    static String tooManyTopics(String shown, int count) {
        return Html.escape(shown) + " follows " + count + " topics already, the most I keep. /channel unsubscribe "
                + Html.escape(shown) + " <i>topic</i> first.";
    }

    static String unsubscribed(String shown, String label, boolean nothingLeft) {
        return Html.escape(shown) + " no longer follows <b>" + Html.escape(label) + "</b>."
                + (nothingLeft ? " It follows nothing now; /channel subscribe " + Html.escape(shown)
                + " all brings everything back." : "");
    }

    static String filterSaved(String shown, String filter) {
        return "Saved for " + Html.escape(shown) + ". " + filter;
    }

    static String lost(String shown, String why) {
        return "\u26a0\ufe0f Sitrep stopped posting to " + Html.escape(shown) + ": " + why + ". To post there again, "
                + "make me an administrator allowed to post messages and type /channel add " + Html.escape(shown) + ".";
    }

    static final String LOST_REMOVED = "I was removed from the channel or lost the right to post messages";
    static final String LOST_UNREACHABLE = "Telegram no longer lets me post there";

    static final String TOAST_SAVED = "Saved";
    static final String TOAST_OUT_OF_DATE = "That button is out of date.";
    static final String TOAST_NOT_ALLOWED = "Not allowed: only editors who administer the channel can change it.";

    static String filter(io.sitrep.subscription.KeywordFilter filter) {
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

    private static String shown(String typed) {
        return "<b>" + Html.escape(Html.trim(typed, 40)) + "</b>";
    }
}
