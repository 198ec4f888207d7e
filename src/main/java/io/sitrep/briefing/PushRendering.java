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
    private final PartsCap cap;

    PushRendering(BriefingFormatter formatter, EntryAnalyzer analyzer, PartsCap cap) {
        this.formatter = formatter;
        this.analyzer = analyzer;
        this.cap = cap;
    }

    /** The entry's message for this reader, in parts under Telegram's limit and no more of them than the cap allows. */
    public List<String> render(Entry entry, ReaderSettings reader) {
        return cap.apply(entry, formatter.push(entry, analyzer.of(entry), reader), reader);
    }
}
