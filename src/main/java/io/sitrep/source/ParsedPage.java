package io.sitrep.source;

import java.time.LocalDate;
import java.util.List;

/** What one fetch of a live-blog page yielded. */
public record ParsedPage(String url, String title, LocalDate date, List<Entry> entries) {

    public ParsedPage {
        entries = List.copyOf(entries);
    }
}
