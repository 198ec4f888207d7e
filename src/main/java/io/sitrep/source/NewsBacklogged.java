package io.sitrep.source;

import java.util.List;

/**
 * One read of a source brought more new entries than {@code sitrep.ingest.max-new-per-poll}: only {@code pushed} (the
 * newest) go to subscribers, and {@code silent} more were recorded as seen without being pushed.
 */
public record NewsBacklogged(String source, int newEntries, List<Entry> pushed, int silent) {

    public NewsBacklogged {
        pushed = List.copyOf(pushed);
    }
}
