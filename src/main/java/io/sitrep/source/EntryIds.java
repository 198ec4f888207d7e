package io.sitrep.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns drafts into entries with ids that survive edits: an UPDATE is keyed by its block's id when the page gives
 * blocks ids, else by its time; an ORIGINAL ENTRY by its kind; a story by its headline.
 */
final class EntryIds {

    /** The entries, and for each entry id where its time came from. */
    record Result(List<Entry> entries, Map<String, String> timeSources) {
    }

    private EntryIds() {
    }

    static Result entries(List<Draft> drafts, String sourceName, String pageUrl) {
        List<Entry> entries = new ArrayList<>();
        Map<String, String> timeSources = new LinkedHashMap<>();
        Map<String, Integer> seenKeys = new HashMap<>();
        Map<String, Integer> anchors = new HashMap<>();
        drafts.forEach(d -> {
            if (d.anchor != null) {
                anchors.merge(d.anchor, 1, Integer::sum);
            }
        });
        for (int position = 0; position < drafts.size(); position++) {
            Draft d = drafts.get(position);
            String key = switch (d.kind) {
                case UPDATE -> d.anchor != null && anchors.get(d.anchor) == 1 ? "block:" + d.anchor
                        : d.time != null ? d.time.toString() : "untimed";
                case ORIGINAL -> "original";
                case STORY -> LiveBlogParser.slug(d.headline);
            };
            int repeat = seenKeys.merge(d.kind + key, 1, Integer::sum);
            if (repeat > 1) {
                key = key + "#" + repeat;
            }
            String headline = d.headline != null && !d.headline.isEmpty() ? d.headline
                    : d.paragraphs.isEmpty() ? "" : Sentences.first(d.paragraphs.get(0));
            String id = Hashes.shortHash(sourceName + "|" + pageUrl + "|" + d.kind + "|" + key, 10);
            String version = Hashes.shortHash(headline + "\n" + String.join("\n", d.paragraphs), 8);
            entries.add(new Entry(id, sourceName, pageUrl, d.kind, d.time, headline, d.paragraphs,
                    List.copyOf(d.links), List.copyOf(d.media), version, position));
            if (d.time != null && d.timeSource != null) {
                timeSources.put(id, d.timeSource);
            }
        }
        return new Result(entries, timeSources);
    }
}
