package io.sitrep.chat;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The inline buttons most recently shown in the terminal: typing a button's label (as printed between brackets)
 * presses it, the console's stand-in for a tap.
 */
class ConsoleButtons {

    private final Map<String, String> dataByLabel = new LinkedHashMap<>();

    synchronized void show(Buttons buttons) {
        dataByLabel.clear();
        buttons.rows().forEach(row -> row.forEach(b -> dataByLabel.put(key(b.text()), b.data())));
    }

    /** The button data for a typed line, when the line is the label of a button on screen. */
    synchronized Optional<String> pressed(String typed) {
        return Optional.ofNullable(dataByLabel.get(key(typed.replaceAll("^\\[\\s*|\\s*]$", ""))));
    }

    private static String key(String label) {
        return label.strip().toLowerCase(Locale.ROOT);
    }
}
