package io.sitrep.command;

import java.time.Clock;
import java.util.List;

import io.sitrep.briefing.Briefings;
import io.sitrep.briefing.Html;
import io.sitrep.chat.BotIdentity;
import io.sitrep.chat.IncomingMessage;
import io.sitrep.chat.IncomingMessageHandler;
import io.sitrep.delivery.Outbox;
import io.sitrep.subscription.SubscriberStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Answers every message sent to the bot: subscription commands, briefings, and a short help for anything else. */
@Component
class CommandRouter implements IncomingMessageHandler {

    private static final Logger log = LoggerFactory.getLogger(CommandRouter.class);
    static final int MAX_ARGUMENT = 200;

    private final Briefings briefings;
    private final io.sitrep.briefing.PlaceBriefing places;
    private final io.sitrep.briefing.CasualtyBriefing casualties;
    private final SubscriberStore subscribers;
    private final Outbox outbox;
    private final Replies replies;
    private final BotIdentity identity;
    private final Clock clock;

    CommandRouter(Briefings briefings, io.sitrep.briefing.PlaceBriefing places,
                  io.sitrep.briefing.CasualtyBriefing casualties, SubscriberStore subscribers, Outbox outbox, Replies replies,
                  BotIdentity identity, Clock clock) {
        this.briefings = briefings;
        this.places = places;
        this.casualties = casualties;
        this.subscribers = subscribers;
        this.outbox = outbox;
        this.replies = replies;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public void handle(IncomingMessage message) {
        var parsed = CommandLine.parse(message.text());
        if (parsed.isEmpty()) {
            if (!message.isGroup()) {
                replies.send(message, "I answer commands. " + HelpText.SHORT);
            }
            return;
        }
        CommandLine command = parsed.get();
        if (!identity.isAddressedToMe(command.botSuffix())) {
            return; // a command for another bot in the same group
        }
        if (command.argument().length() > MAX_ARGUMENT) {
            replies.send(message, "That is too long for me: a command takes at most " + MAX_ARGUMENT
                    + " characters after its name. " + HelpText.SHORT);
            return;
        }
        log.debug("Command /{} from chat {}", command.name(), message.chatId());
        switch (command.name()) {
            case "start" -> start(message);
            case "stop" -> stop(message);
            case "help" -> replies.send(message, HelpText.FULL);
            case "latest" -> replies.send(message, briefings.latest());
            case "places" -> replies.send(message, places.placesInTheNews());
            case "casualties" -> replies.send(message, casualties.briefing(command.argument()));
            case "place" -> replies.send(message, command.argument().isEmpty()
                    ? List.of("Which place? For example: /place Khan Tuman") : places.briefing(command.argument()));
            default -> {
                if (command.hasValidName() && places.isPlaceCommand(command.name())) {
                    replies.send(message, places.briefing(command.name()));
                } else {
                    unknown(message, command);
                }
            }
        }
    }

    private void start(IncomingMessage message) {
        boolean isNew = subscribers.subscribe(message.chatId(), message.chatType(), message.title(), clock.instant());
        StringBuilder welcome = new StringBuilder();
        welcome.append(isNew ? "<b>Welcome to Sitrep.</b> You are subscribed: each new UPDATE reaches this chat as it is published."
                : "<b>You are already subscribed.</b> Each new UPDATE reaches this chat as it is published.");
        welcome.append("\n\n").append(HelpText.COMMANDS);
        String newest = briefings.newestUpdate();
        if (!newest.isEmpty()) {
            welcome.append("\n\n<b>Newest UPDATE</b>\n").append(newest);
        }
        replies.send(message, welcome.toString());
    }

    private void stop(IncomingMessage message) {
        boolean was = subscribers.deactivate(message.chatId());
        if (was) {
            outbox.cancelPending(message.chatId(), "unsubscribed");
        }
        replies.send(message, was ? "Unsubscribed. No more pushes; /start subscribes again."
                : "This chat is not subscribed. /start subscribes it.");
    }

    private void unknown(IncomingMessage message, CommandLine command) {
        String shown = command.hasValidName() ? "/" + command.name() : "That";
        var near = command.hasValidName() ? places.suggestions(command.name()) : List.<String>of();
        String hint = near.isEmpty() ? HelpText.SHORT : "Did you mean " + String.join(", ", near) + "? Or /help for the list.";
        replies.send(message, Html.escape(Html.trim(shown, 40)) + " is not a command I know. " + hint);
    }
}
