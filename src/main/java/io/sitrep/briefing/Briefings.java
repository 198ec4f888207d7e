package io.sitrep.briefing;

import java.util.List;

import io.sitrep.source.Entry;
import io.sitrep.source.EntryCache;
import org.springframework.stereotype.Component;

/** The answers to readers' questions, built only from the in-memory cache. */
@Component
public class Briefings {

    static final int LATEST_COUNT = 3;

    private final EntryCache cache;
    private final BriefingFormatter formatter;

    Briefings(EntryCache cache, BriefingFormatter formatter) {
        this.cache = cache;
        this.formatter = formatter;
    }

    /** The newest UPDATEs for one reader: time, headline, trimmed text and a link to the page. */
    public List<String> latest(ReaderSettings reader) {
        List<Entry> updates = cache.latestUpdates(LATEST_COUNT);
        if (updates.isEmpty()) {
            return List.of(reader.text("latest.none"));
        }
        return formatter.list("<b>" + reader.text("latest.title", "count", updates.size()) + "</b>", updates, reader);
    }

    /** The newest UPDATE as one item for one reader, for the welcome message; empty text when there is none yet. */
    public String newestUpdate(ReaderSettings reader) {
        return cache.latestUpdates(1).stream().findFirst().map(e -> formatter.item(e, reader)).orElse("");
    }
}
