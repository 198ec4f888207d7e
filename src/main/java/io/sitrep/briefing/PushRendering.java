package io.sitrep.briefing;

import java.util.List;

import io.sitrep.source.Entry;
import org.springframework.stereotype.Component;

/**
 * The one rendering of an entry as a chat message: the push, the edit after a correction, the struck-out text of a
 * retraction and a push released after quiet hours all come from here, for the reader they go to, so they never
 * drift apart (footer with places, parties and claims; the time in the reader's zone).
 */
@Component
public class PushRendering {

    private final BriefingFormatter formatter;
    private final EntryAnalyzer analyzer;

    PushRendering(BriefingFormatter formatter, EntryAnalyzer analyzer) {
        this.formatter = formatter;
        this.analyzer = analyzer;
    }

    /** The entry's message for this reader, in parts under Telegram's limit. */
    public List<String> render(Entry entry, ReaderSettings reader) {
        return formatter.push(entry, analyzer.of(entry), reader);
    }
}
