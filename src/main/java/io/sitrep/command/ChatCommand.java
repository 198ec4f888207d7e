package io.sitrep.command;

import java.util.List;
import java.util.Set;

/**
 * A slash command the bot answers (or several that share one class); each describes itself with a
 * {@link CommandInfo}, and the {@link CommandCatalog} routes to it and lists it in /help and the menus. Commands
 * are listed in their beans' {@link org.springframework.core.annotation.Order}.
 */
public interface ChatCommand {

    /** Offered in private chats and groups alike. */
    Set<CommandScope> EVERYWHERE = Set.of(CommandScope.PRIVATE, CommandScope.GROUP);

    /** The commands this class answers, in the order /help lists them. */
    List<CommandInfo> commands();

    void run(CommandRequest request);
}
