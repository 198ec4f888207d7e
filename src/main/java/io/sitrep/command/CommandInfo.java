package io.sitrep.command;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a command says about itself: its name and aliases, where it is offered, how it is typed and what it does in
 * one line, and the longest argument it takes. {@code /help}, the welcome text and every Telegram command menu are
 * generated from these, so a command cannot be left out of one of them.
 *
 * @param name        the name without the slash, lowercase
 * @param aliases     other names it answers to (shown in /help, not in menus)
 * @param scopes      where it is offered
 * @param arguments   how its argument is typed, as Telegram HTML (for example {@code <i>words</i>}); empty for none
 * @param help        what it does, in one line of plain text starting in lowercase ("entries containing the words")
 * @param maxArgument the longest argument it accepts; longer ones are refused before it runs
 */
public record CommandInfo(String name, List<String> aliases, Set<CommandScope> scopes, String arguments, String help,
                          int maxArgument) {

    /** Longest argument most commands accept. */
    public static final int DEFAULT_MAX_ARGUMENT = 200;

    private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,32}");

    public CommandInfo {
        aliases = List.copyOf(aliases);
        scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
        arguments = arguments == null ? "" : arguments;
        for (String n : concat(name, aliases)) {
            if (!NAME.matcher(n).matches()) {
                throw new IllegalArgumentException("A command name is 1-32 lowercase letters, digits or '_': " + n);
            }
        }
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("/" + name + " is offered nowhere: give it a scope");
        }
        // Telegram's menu takes 1-256 characters of plain text per command.
        if (help == null || help.isBlank() || help.length() > 200 || help.contains("<")) {
            throw new IllegalArgumentException("/" + name + " needs one line of plain help text (at most 200 characters)");
        }
        if (maxArgument < 0) {
            throw new IllegalArgumentException("/" + name + ": maxArgument must not be negative");
        }
    }

    /** A command without aliases taking the default argument length. */
    public static CommandInfo of(String name, Set<CommandScope> scopes, String arguments, String help) {
        return new CommandInfo(name, List.of(), scopes, arguments, help, DEFAULT_MAX_ARGUMENT);
    }

    public CommandInfo withAliases(String... more) {
        return new CommandInfo(name, List.of(more), scopes, arguments, help, maxArgument);
    }

    public CommandInfo withMaxArgument(int max) {
        return new CommandInfo(name, aliases, scopes, arguments, help, max);
    }

    /** Its name and its aliases. */
    public List<String> names() {
        return concat(name, aliases);
    }

    public boolean offeredIn(CommandScope scope) {
        return scopes.contains(scope);
    }

    /** The /help line: "/search <i>words</i> — entries containing the words". */
    public String helpLine() {
        StringBuilder line = new StringBuilder("/").append(name);
        if (!arguments.isEmpty()) {
            line.append(' ').append(arguments);
        }
        line.append(" \u2014 ").append(help);
        if (!aliases.isEmpty()) {
            line.append(" (also /").append(String.join(", /", aliases)).append(')');
        }
        return line.toString();
    }

    /** The menu's description: the help line's text, capitalised. */
    public String menuDescription() {
        return Character.toUpperCase(help.charAt(0)) + help.substring(1);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new java.util.ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
