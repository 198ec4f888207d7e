package io.sitrep.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.sitrep.language.Language;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Every command the bot answers, as the commands describe themselves: finds the one for a typed name, and lists them
 * per scope for /help, the welcome text and the Telegram menus. Built once all beans exist (commands may need the
 * catalog themselves); two commands claiming one name stop start-up.
 */
@Component
class CommandCatalog implements SmartInitializingSingleton {

    /** A command's description and the class that runs it. */
    record Listed(CommandInfo info, ChatCommand command) {
    }

    private final ObjectProvider<ChatCommand> commands;
    private volatile List<Listed> all;
    private volatile Map<String, Listed> byName;

    CommandCatalog(ObjectProvider<ChatCommand> commands) {
        this.commands = commands;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<Listed> listed = new ArrayList<>();
        Map<String, Listed> names = new LinkedHashMap<>();
        commands.orderedStream().forEach(c -> c.commands().forEach(info -> {
            Listed one = new Listed(info, c);
            listed.add(one);
            for (String name : info.names()) {
                if (names.putIfAbsent(name, one) != null) {
                    throw new IllegalStateException("Two commands are named /" + name);
                }
            }
        }));
        all = List.copyOf(listed);
        byName = Map.copyOf(names);
    }

    /** The command answering to this name or alias. */
    Optional<Listed> find(String name) {
        return Optional.ofNullable(byName().get(name));
    }

    /** Every command, in listing order. */
    List<CommandInfo> all() {
        ensureBuilt();
        return all.stream().map(Listed::info).toList();
    }

    /** The commands offered in one scope, in listing order. */
    List<CommandInfo> in(CommandScope scope) {
        return all().stream().filter(c -> c.offeredIn(scope)).toList();
    }

    /** The /help lines of the commands offered in one scope, one per line, in English. */
    String helpLines(CommandScope scope) {
        return helpLines(scope, Language.ENGLISH);
    }

    /** The /help lines of the commands offered in one scope, one per line, in a language. */
    String helpLines(CommandScope scope, Language language) {
        return String.join("\n", in(scope).stream().map(c -> c.helpLine(language)).toList());
    }

    private Map<String, Listed> byName() {
        ensureBuilt();
        return byName;
    }

    private void ensureBuilt() {
        if (all == null) {
            synchronized (this) {
                if (all == null) {
                    afterSingletonsInstantiated();
                }
            }
        }
    }
}
