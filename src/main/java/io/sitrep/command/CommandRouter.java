package io.sitrep.command;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.sitrep.briefing.Html;
import io.sitrep.briefing.PlaceBriefing;
import io.sitrep.briefing.ReaderSettings;
import io.sitrep.chat.BotIdentity;
import io.sitrep.chat.ChatGateway;
import io.sitrep.chat.IncomingMessage;
import io.sitrep.chat.IncomingMessageHandler;
import io.sitrep.chat.SendResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Answers everything chats send the bot: commands go to the {@link ChatCommand} the {@link CommandCatalog} has for
 * that name or alias (or to a place
 * briefing), button presses to the {@link ButtonAction} of their prefix, and the bot's joins, removals and group
 * migrations to {@link GroupLifecycle}.
 */
@Component
class CommandRouter implements IncomingMessageHandler {

    private static final Logger log = LoggerFactory.getLogger(CommandRouter.class);

    private final CommandCatalog commands;
    private final Map<String, ButtonAction> actions = new HashMap<>();
    private final PlaceBriefing places;
    private final Replies replies;
    private final BotIdentity identity;
    private final GroupLifecycle lifecycle;
    private final ChatGateway gateway;

    CommandRouter(CommandCatalog commands, List<ButtonAction> actionList, PlaceBriefing places, Replies replies,
                  BotIdentity identity, GroupLifecycle lifecycle, ChatGateway gateway) {
        this.commands = commands;
        for (ButtonAction a : actionList) {
            if (actions.putIfAbsent(a.prefix(), a) != null) {
                throw new IllegalStateException("Two button actions use the prefix " + a.prefix());
            }
        }
        this.places = places;
        this.replies = replies;
        this.identity = identity;
        this.lifecycle = lifecycle;
        this.gateway = gateway;
    }

    @Override
    public void handle(IncomingMessage message) {
        replies.noteLanguage(message);
        switch (message.kind()) {
            case TEXT -> text(message);
            case CALLBACK -> press(message);
            case BOT_ADDED, BOT_REMOVED, MIGRATED -> lifecycle.on(message);
        }
    }

    private void text(IncomingMessage message) {
        var parsed = CommandLine.parse(message.text());
        if (parsed.isEmpty()) {
            if (!message.isGroup()) {
                ReaderSettings reader = replies.readerOf(message);
                replies.send(message, reader.text("router.commands_only") + " " + reader.text("help.short"));
            }
            return;
        }
        CommandLine command = parsed.get();
        if (!identity.isAddressedToMe(command.botSuffix())) {
            return; // a command for another bot in the same group
        }
        CommandCatalog.Listed handler = command.hasValidName() ? commands.find(command.name()).orElse(null) : null;
        int max = handler != null ? handler.info().maxArgument() : CommandInfo.DEFAULT_MAX_ARGUMENT;
        if (command.argument().length() > max) {
            ReaderSettings reader = replies.readerOf(message);
            replies.send(message, reader.text("router.too_long", "command", "/" + Html.escape(command.name()), "max", max)
                    + " " + reader.text("help.short"));
            return;
        }
        log.debug("Command /{} from chat {}", command.name(), message.chatId());
        if (handler != null) {
            // Aliases run as the command's own name, so a command's code only knows its names.
            handler.command().run(new CommandRequest(message, handler.info().name(), command.argument()));
        } else if (command.hasValidName() && places.isPlaceCommand(command.name())) {
            replies.send(message, places.briefing(command.name(), replies.readerOf(message)));
        } else {
            unknown(message, command);
        }
    }

    private void press(IncomingMessage press) {
        String data = press.text() == null ? "" : press.text();
        int colon = data.indexOf(':');
        ButtonAction action = actions.get(colon < 0 ? data : data.substring(0, colon));
        String toast;
        if (action == null) {
            toast = replies.readerOf(press).text("button.no_longer_used");
        } else {
            toast = action.press(press, colon < 0 ? "" : data.substring(colon + 1));
        }
        if (press.callbackId() != null) {
            SendResult answered = gateway.answerCallback(press.callbackId(), toast);
            if (!(answered instanceof SendResult.Sent)) {
                log.debug("answerCallbackQuery failed: {}", answered);
            }
        }
    }

    private void unknown(IncomingMessage message, CommandLine command) {
        ReaderSettings reader = replies.readerOf(message);
        var near = command.hasValidName() ? places.suggestions(command.name()) : List.<String>of();
        String hint = near.isEmpty() ? reader.text("help.short")
                : reader.text("router.did_you_mean", "commands", String.join(", ", near));
        replies.send(message, command.hasValidName()
                ? reader.text("router.unknown", "command", Html.escape(Html.trim("/" + command.name(), 40))) + " " + hint
                : reader.text("router.unknown_that") + " " + hint);
    }
}
