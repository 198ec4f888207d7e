package io.sitrep.command;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command as typed: {@code /name@bot argument}. Telegram command names are 1–32 of {@code a-z0-9_}; anything
 * else starting with a slash is kept as an unknown command so it still gets an answer. The invisible direction marks
 * and isolates Sitrep writes around commands and names in right-to-left replies are dropped first, so a command
 * copied from an Arabic reply works as typed.
 */
record CommandLine(String name, String botSuffix, String argument) {

    private static final Pattern SHAPE = Pattern.compile("^/([^\\s@]+)(?:@(\\S*))?(?:\\s+(.*))?$", Pattern.DOTALL);
    private static final Pattern VALID_NAME = Pattern.compile("[a-z0-9_]{1,32}");
    private static final Pattern DIRECTION_MARKS = Pattern.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]");

    static Optional<CommandLine> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = SHAPE.matcher(DIRECTION_MARKS.matcher(text).replaceAll("").strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        String argument = m.group(3) == null ? "" : m.group(3).strip();
        return Optional.of(new CommandLine(name, m.group(2), argument));
    }

    boolean hasValidName() {
        return VALID_NAME.matcher(name).matches();
    }
}
