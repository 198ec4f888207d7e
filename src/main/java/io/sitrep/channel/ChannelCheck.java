package io.sitrep.channel;

import java.util.Optional;
import java.util.regex.Pattern;

import io.sitrep.briefing.ReaderSettings;
import io.sitrep.chat.ChatGateway;
import io.sitrep.chat.ChatLookup;
import io.sitrep.chat.MemberRights;
import io.sitrep.chat.MemberStatus;
import org.springframework.stereotype.Component;

/**
 * Asks the Bot API whether a channel can be linked by an editor: getChat says it is a channel (not a group or a
 * private chat), getChatMember says the bot is an administrator allowed to post there and the editor is one of its
 * administrators. Each refusal says exactly what is missing.
 */
@Component
class ChannelCheck {

    /** Telegram usernames: 5-32 characters of letters, digits and underscores, starting with a letter. */
    private static final Pattern USERNAME = Pattern.compile("@[A-Za-z][A-Za-z0-9_]{4,31}");
    private static final Pattern ID = Pattern.compile("-?\\d{1,19}");

    /** What the check found. */
    sealed interface Outcome {
    }

    /** The channel may be linked. */
    record Linkable(ChatLookup.Found channel) implements Outcome {

        String shown() {
            return channel.username() != null ? "@" + channel.username()
                    : (channel.title() == null ? "" : channel.title() + " ") + "(" + channel.id() + ")";
        }
    }

    /** It may not; {@code reply} says why, as Telegram HTML in the editor's language. */
    record Refused(String reply) implements Outcome {
    }

    private final ChatGateway gateway;

    ChannelCheck(ChatGateway gateway) {
        this.gateway = gateway;
    }

    /** "@name" or a numeric id as typed, or empty when it is neither. */
    static Optional<String> reference(String typed) {
        String t = typed == null ? "" : typed.strip();
        if (USERNAME.matcher(t).matches()) {
            return Optional.of(t);
        }
        if (ID.matcher(t).matches()) {
            try {
                Long.parseLong(t);
                return Optional.of(t);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    Outcome check(String reference, long editorId, ReaderSettings reader) {
        ChatLookup lookup = gateway.lookUp(reference);
        if (lookup instanceof ChatLookup.NoBotApi) {
            return new Refused(ChannelReplies.consoleHasNoChannels(reader));
        }
        if (lookup instanceof ChatLookup.Unavailable unavailable) {
            return new Refused(ChannelReplies.cannotAsk(reference, unavailable.reason(), reader));
        }
        if (lookup instanceof ChatLookup.NotFound) {
            return new Refused(ChannelReplies.unknownChat(reference, reader));
        }
        ChatLookup.Found chat = (ChatLookup.Found) lookup;
        if (!chat.isChannel()) {
            return new Refused(ChannelReplies.notAChannel(reference, chat.type(), reader));
        }
        Linkable linkable = new Linkable(chat);
        long bot = gateway.botUserId();
        MemberRights botRights = bot == 0 ? MemberRights.UNKNOWN : gateway.memberRights(chat.id(), bot);
        if (botRights.status() == MemberStatus.UNKNOWN) {
            return new Refused(ChannelReplies.rightsUnknown(linkable.shown(), reader));
        }
        if (!botRights.status().isAdmin()) {
            return new Refused(ChannelReplies.botNotAdmin(linkable.shown(), reader));
        }
        if (!botRights.canPostMessages()) {
            return new Refused(ChannelReplies.botCannotPost(linkable.shown(), reader));
        }
        MemberStatus editor = gateway.memberRights(chat.id(), editorId).status();
        if (editor == MemberStatus.UNKNOWN) {
            return new Refused(ChannelReplies.rightsUnknown(linkable.shown(), reader));
        }
        if (!editor.isAdmin()) {
            return new Refused(ChannelReplies.editorNotAdmin(linkable.shown(), reader));
        }
        return linkable;
    }

    /** Whether this user is (still) an administrator of the channel, for changes after linking. */
    boolean isChannelAdmin(long chatId, long userId) {
        return gateway.memberRights(chatId, userId).status().isAdmin();
    }
}
