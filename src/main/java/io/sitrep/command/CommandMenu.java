package io.sitrep.command;

import java.util.ArrayList;
import java.util.List;

import io.sitrep.chat.ChatGateway;
import io.sitrep.chat.MenuCommand;
import io.sitrep.chat.MenuScope;
import io.sitrep.chat.SendResult;
import io.sitrep.editor.Editors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The command menus Telegram shows: one for private chats, one for groups, and one per editor's private chat with
 * the newsroom commands added. Set at start-up; a failure is logged and start-up goes on.
 */
@Component
public class CommandMenu {

    private static final Logger log = LoggerFactory.getLogger(CommandMenu.class);

    static final List<MenuCommand> READER = List.of(
            new MenuCommand("latest", "The newest UPDATEs"),
            new MenuCommand("places", "Places in the news"),
            new MenuCommand("search", "Search entries by words"),
            new MenuCommand("casualties", "Casualty figures and who claims them"),
            new MenuCommand("subscribe", "Follow a place, a party, casualties or all"),
            new MenuCommand("unsubscribe", "Stop following a topic"),
            new MenuCommand("subscriptions", "What this chat follows"),
            new MenuCommand("filter", "Keep or drop UPDATEs by plain words"),
            new MenuCommand("settings", "Time zone, digest, quiet hours"),
            new MenuCommand("sources", "The live blogs read"),
            new MenuCommand("start", "Subscribe to every UPDATE"),
            new MenuCommand("stop", "Unsubscribe"),
            new MenuCommand("help", "All commands"));

    static final List<MenuCommand> GROUP = List.of(
            new MenuCommand("latest", "The newest UPDATEs"),
            new MenuCommand("places", "Places in the news"),
            new MenuCommand("search", "Search entries by words"),
            new MenuCommand("casualties", "Casualty figures and who claims them"),
            new MenuCommand("subscribe", "Admins: follow a place, party or all"),
            new MenuCommand("subscriptions", "What this group follows"),
            new MenuCommand("settings", "Admins: digest, time zone, quiet hours"),
            new MenuCommand("help", "All commands"));

    static final List<MenuCommand> EDITOR = List.of(
            new MenuCommand("publish", "Publish a newsroom UPDATE"),
            new MenuCommand("broadcast", "Message every subscriber (with preview)"),
            new MenuCommand("entries", "Newest entries with their ids"),
            new MenuCommand("correct", "Correct an entry by id"),
            new MenuCommand("retract", "Withdraw an entry by id"),
            new MenuCommand("stats", "Subscribers, queue, sends, sources"),
            new MenuCommand("audit", "Recent editor actions"),
            new MenuCommand("editor", "List, add or remove editors"));

    private final ChatGateway gateway;
    private final Editors editors;

    CommandMenu(ChatGateway gateway, Editors editors) {
        this.gateway = gateway;
        this.editors = editors;
    }

    @EventListener(ApplicationReadyEvent.class)
    void publishMenus() {
        set(new MenuScope.Everyone(), READER);
        set(new MenuScope.AllGroups(), GROUP);
        editors.all().forEach(this::showEditorMenu);
    }

    /** Gives an editor's private chat the reader menu plus the newsroom commands. */
    public void showEditorMenu(long userId) {
        List<MenuCommand> all = new ArrayList<>(READER);
        all.addAll(EDITOR);
        set(new MenuScope.OneChat(userId), all);
    }

    /** Gives a former editor's private chat the reader menu again. */
    public void showReaderMenu(long userId) {
        set(new MenuScope.OneChat(userId), READER);
    }

    private void set(MenuScope scope, List<MenuCommand> commands) {
        try {
            SendResult result = gateway.setCommands(scope, commands);
            if (!(result instanceof SendResult.Sent)) {
                log.warn("Setting the command menu for {} failed: {}", scope, result);
            }
        } catch (RuntimeException e) {
            log.warn("Setting the command menu for {} failed", scope, e);
        }
    }
}
