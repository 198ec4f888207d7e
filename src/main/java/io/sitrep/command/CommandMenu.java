package io.sitrep.command;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.sitrep.chat.ChatGateway;
import io.sitrep.chat.MenuCommand;
import io.sitrep.chat.MenuScope;
import io.sitrep.chat.SendResult;
import io.sitrep.language.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The command menus Telegram shows, generated from what the commands say about themselves ({@link CommandCatalog}):
 * one for private chats, one for groups, and one per editor's private chat with the newsroom commands added. Set
 * on a thread of their own a moment after start-up ({@link #MENU_DELAY}), so the 14 or more calls neither hold up
 * the start nor compete with the answer to the first command; a failure is logged and Sitrep goes on.
 */
@Component
public class CommandMenu {

    private static final Logger log = LoggerFactory.getLogger(CommandMenu.class);

    private final ChatGateway gateway;
    private final EditorRoster editors;
    private final CommandCatalog catalog;

    CommandMenu(ChatGateway gateway, EditorRoster editors, CommandCatalog catalog) {
        this.gateway = gateway;
        this.editors = editors;
        this.catalog = catalog;
    }

    /** How long after start-up the menus are set: the first commands, usually waiting already, are answered first. */
    static final java.time.Duration MENU_DELAY = java.time.Duration.ofSeconds(2);

    @EventListener(ApplicationReadyEvent.class)
    void publishMenusSoon() {
        Thread publisher = new Thread(() -> {
            try {
                Thread.sleep(MENU_DELAY.toMillis());
                publishMenus();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.warn("Command menus could not be set: {}", e.toString());
            }
        }, "command-menus");
        publisher.setDaemon(true);
        publisher.start();
    }

    void publishMenus() {
        setInEveryLanguage(new MenuScope.Everyone(), CommandScope.PRIVATE);
        setInEveryLanguage(new MenuScope.AllGroups(), CommandScope.GROUP);
        editors.all().forEach(this::showEditorMenu);
    }

    /** Gives an editor's private chat the reader menu plus the newsroom commands. */
    public void showEditorMenu(long userId) {
        setInEveryLanguage(new MenuScope.OneChat(userId), CommandScope.PRIVATE, CommandScope.EDITOR);
    }

    /** Gives a former editor's private chat the reader menu again. */
    public void showReaderMenu(long userId) {
        setInEveryLanguage(new MenuScope.OneChat(userId), CommandScope.PRIVATE);
    }

    /** The English menu lines of the commands offered in any of these scopes, in listing order. */
    List<MenuCommand> menu(CommandScope... scopes) {
        return menu(Language.ENGLISH, scopes);
    }

    /** The menu lines in a language of the commands offered in any of these scopes, in listing order. */
    List<MenuCommand> menu(Language language, CommandScope... scopes) {
        List<MenuCommand> lines = new ArrayList<>();
        for (CommandInfo info : catalog.all()) {
            if (Arrays.stream(scopes).anyMatch(info::offeredIn)) {
                lines.add(new MenuCommand(info.name(), info.menuDescription(language)));
            }
        }
        return lines;
    }

    /** The English menu for every app language without its own, then one menu per other language Sitrep speaks. */
    private void setInEveryLanguage(MenuScope scope, CommandScope... scopes) {
        for (Language language : Language.values()) {
            set(scope, language == Language.ENGLISH ? null : language.code(), menu(language, scopes));
        }
    }

    private void set(MenuScope scope, String languageCode, List<MenuCommand> commands) {
        try {
            SendResult result = gateway.setCommands(scope, languageCode, commands);
            if (!(result instanceof SendResult.Sent)) {
                log.warn("Setting the command menu for {} ({}) failed: {}", scope, languageCode, result);
            }
        } catch (RuntimeException e) {
            log.warn("Setting the command menu for {} ({}) failed", scope, languageCode, e);
        }
    }
}
