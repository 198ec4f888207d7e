package io.sitrep.language;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Telegram's HTML parser would refuse in a message, or what would garble it in a right-to-left chat: tags it
 * does not know, tags that do not close in order, a bare {@code <}, {@code >} or {@code &}, and bidi isolates (FSI …
 * PDI) that land inside a tag or an entity or do not pair up.
 */
public final class TelegramHtml {

    private static final Pattern TAG = Pattern.compile("<(/?)([a-z-]+)((?:\\s+[a-z]+=\"[^\"<>]*\")*)\\s*>");
    private static final Pattern ENTITY = Pattern.compile("&(?:amp|lt|gt|quot|#\\d+|#x[0-9a-fA-F]+);");
    private static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code",
            "pre", "tg-spoiler", "blockquote");
    private static final char FSI = '\u2068';
    private static final char PDI = '\u2069';

    private TelegramHtml() {
    }

    /** The problems of a message, empty when Telegram would take it as it is. */
    public static List<String> problems(String html) {
        List<String> out = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>();
        StringBuilder text = new StringBuilder();
        Matcher m = TAG.matcher(html);
        int at = 0;
        while (m.find()) {
            text.append(html, at, m.start());
            String tag = html.substring(m.start(), m.end());
            if (tag.indexOf(FSI) >= 0 || tag.indexOf(PDI) >= 0) {
                out.add("bidi isolate inside the tag " + tag);
            }
            String name = m.group(2);
            if (!TAGS.contains(name)) {
                out.add("tag Telegram does not know: " + tag);
            } else if (m.group(1).isEmpty()) {
                open.push(name);
            } else if (open.isEmpty() || !open.pop().equals(name)) {
                out.add("closing tag out of order: " + tag);
            }
            at = m.end();
        }
        text.append(html.substring(at));
        if (!open.isEmpty()) {
            out.add("tags left open: " + open);
        }
        String rest = ENTITY.matcher(text).replaceAll("");
        if (rest.indexOf('<') >= 0 || rest.indexOf('>') >= 0) {
            out.add("a bare < or > outside a tag");
        }
        if (rest.indexOf('&') >= 0) {
            out.add("a bare & or an entity Telegram does not know (or one a bidi isolate split)");
        }
        int depth = 0;
        for (char c : text.toString().toCharArray()) {
            depth += c == FSI ? 1 : c == PDI ? -1 : 0;
            if (depth < 0) {
                out.add("a PDI with no FSI before it");
                break;
            }
        }
        if (depth > 0) {
            out.add("an FSI never closed");
        }
        return out;
    }
}
