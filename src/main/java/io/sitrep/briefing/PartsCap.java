package io.sitrep.briefing;

import java.util.ArrayList;
import java.util.List;

import io.sitrep.shared.SitrepProperties;
import io.sitrep.source.Entry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Bounds how many messages one entry becomes ({@code sitrep.delivery.max-parts-per-entry}): a longer entry is pushed
 * as its first parts, the last of them ending with a link to the rest on the live blog, so a 200 KB entry is a few
 * messages per reader (and its withdrawal a few edits), not fifty.
 */
@Component
class PartsCap {

    private final int maxParts;

    @Autowired
    PartsCap(SitrepProperties properties) {
        this(properties.delivery().maxPartsPerEntry());
    }

    PartsCap(int maxParts) {
        this.maxParts = maxParts;
    }

    /** The parts to send for this entry: all of them when few enough, else the first ones and a link to the rest. */
    List<String> apply(Entry entry, List<String> parts) {
        return apply(entry, parts, ReaderSettings.GMT);
    }

    /** {@link #apply(Entry, List)} with the note in the reader's language. */
    List<String> apply(Entry entry, List<String> parts, ReaderSettings reader) {
        if (parts.size() <= maxParts) {
            return parts;
        }
        int left = parts.size() - maxParts + 1;
        String note = "\u2026 " + (entry.pageUrl() != null && entry.pageUrl().startsWith("http")
                ? Html.link(entry.pageUrl(), reader.text("parts.read_the_rest"))
                : "<i>" + reader.text("parts.rest_on_live_blog") + "</i>")
                + " <i>(" + reader.text("parts.not_sent", "count", left) + ")</i>";
        List<String> capped = new ArrayList<>(parts.subList(0, maxParts - 1));
        String last = parts.get(maxParts - 1);
        int room = MessageSplitter.LIMIT - note.length() - 2;
        capped.add(MessageSplitter.split(last, room).get(0) + "\n\n" + note);
        return capped;
    }
}
