package io.sitrep.source;

import java.time.LocalDate;
import java.util.List;

/**
 * What one fetch of a live-blog page yielded.
 *
 * @param format   the format its entries were read in (never {@code AUTO})
 * @param windowed true when the page lists only its newest entries (feeds, JSON-LD): an old entry missing from it
 *                 has scrolled out of the window, it was not withdrawn
 */
public record ParsedPage(String url, String title, LocalDate date, List<Entry> entries, SourceFormat format, boolean windowed) {

    public ParsedPage {
        entries = List.copyOf(entries);
        format = format == null ? SourceFormat.INLINE : format;
    }

    /** An inline-marker page, which always holds every entry. */
    public ParsedPage(String url, String title, LocalDate date, List<Entry> entries) {
        this(url, title, date, entries, SourceFormat.INLINE, false);
    }

    /** The same page with other entries (same format and window). */
    public ParsedPage withEntries(List<Entry> replaced) {
        return new ParsedPage(url, title, date, replaced, format, windowed);
    }
}
