package io.sitrep.command;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Pattern;

import io.sitrep.language.Language;
import io.sitrep.language.Texts;

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

    /** The /help line in English: "/search <i>words</i> — entries containing the words". */
    public String helpLine() {
        return helpLine(Language.ENGLISH);
    }

    /**
     * The /help line in a language. The English words are the command's own ({@link #help}, {@link #arguments});
     * other languages take {@code command.<name>.help} and {@code command.<name>.arguments} from their bundle.
     */
    public String helpLine(Language language) {
        StringBuilder line = new StringBuilder("/").append(name);
        String args = arguments(language);
        if (!args.isEmpty()) {
            line.append(' ').append(args);
        }
        line.append(" \u2014 ").append(help(language));
        if (!aliases.isEmpty()) {
            line.append(' ').append(Texts.bundles().text(language, "help.aliases", "aliases", "/" + String.join(", /", aliases)));
        }
        return line.toString();
    }

    /** The help line's text in a language: the command's own words in English, its bundle's elsewhere. */
    public String help(Language language) {
        return language == null || language == Language.ENGLISH ? help
                : Texts.bundles().textOr(language, helpKey(), help);
    }

    /** How the argument is typed in a language (HTML), empty for none. */
    public String arguments(Language language) {
        return arguments.isEmpty() || language == null || language == Language.ENGLISH ? arguments
                : Texts.bundles().textOr(language, argumentsKey(), arguments);
    }

    /** The bundle key of the help line in other languages: {@code command.<name>.help}. */
    public String helpKey() {
        return "command." + name + ".help";
    }

    /** The bundle key of the argument syntax in other languages: {@code command.<name>.arguments}. */
    public String argumentsKey() {
        return "command." + name + ".arguments";
    }

    /** The menu's description in English: the help line's text, capitalised. */
    public String menuDescription() {
        return menuDescription(Language.ENGLISH);
    }

    /** The menu's description in a language: its help line's text, capitalised. */
    public String menuDescription(Language language) {
        String text = help(language);
        return text.substring(0, text.offsetByCodePoints(0, 1)).toUpperCase(language == null ? Locale.ROOT : language.locale())
                + text.substring(text.offsetByCodePoints(0, 1));
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new java.util.ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
