package io.sitrep.chat;

import java.util.ArrayList;
import java.util.List;

/**
 * An inline keyboard under a message: rows of buttons, each sending its {@code data} back as a callback query.
 * Callback data is at most 64 bytes (Telegram's limit), checked here so a bad button fails where it is made.
 */
public record Buttons(List<List<Button>> rows) {

    /** One inline button. */
    public record Button(String text, String data) {

        public Button {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("a button needs a text");
            }
            if (data == null || data.isEmpty() || data.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 64) {
                throw new IllegalArgumentException("callback data must be 1-64 bytes: " + data);
            }
        }
    }

    public Buttons {
        rows = rows.stream().map(List::copyOf).filter(r -> !r.isEmpty()).toList();
    }

    /** A keyboard of one row. */
    public static Buttons row(Button... buttons) {
        return new Buttons(List.of(List.of(buttons)));
    }

    /** A builder-like way to add rows. */
    public Buttons and(Button... buttons) {
        List<List<Button>> more = new ArrayList<>(rows);
        more.add(List.of(buttons));
        return new Buttons(more);
    }

    public static Button button(String text, String data) {
        return new Button(text, data);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** A compact text form for storing with a queued message: rows split by newline, buttons by tab, text and data by US. */
    public String encode() {
        StringBuilder out = new StringBuilder();
        for (List<Button> row : rows) {
            if (out.length() > 0) {
                out.append('\n');
            }
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append('\t');
                }
                out.append(clean(row.get(i).text())).append('\u001f').append(clean(row.get(i).data()));
            }
        }
        return out.toString();
    }

    /** Reads {@link #encode()}'s form back; null or blank gives null. */
    public static Buttons decode(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return null;
        }
        List<List<Button>> rows = new ArrayList<>();
        for (String line : encoded.split("\n")) {
            List<Button> row = new ArrayList<>();
            for (String cell : line.split("\t")) {
                int sep = cell.indexOf('\u001f');
                if (sep > 0) {
                    row.add(new Button(cell.substring(0, sep), cell.substring(sep + 1)));
                }
            }
            rows.add(row);
        }
        return new Buttons(rows);
    }

    private static String clean(String s) {
        return s.replace('\n', ' ').replace('\t', ' ').replace('\u001f', ' ');
    }
}
