package io.sitrep.source;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What one fetch of a live-blog page yielded.
 *
 * @param format      the format its entries were read in (never {@code AUTO})
 * @param windowed    true when the page lists only its newest entries (feeds, JSON-LD): an old entry missing from it
 *                    has scrolled out of the window, it was not withdrawn
 * @param strategy    how the entries were found ({@code jsonld}, {@code microdata}, {@code timed-blocks},
 *                    {@code inline-markers}, {@code configured}, {@code feed})
 * @param timeSources per entry id, where its time came from ({@code time-element}, {@code clock-at-start}...)
 * @param explanation one line per way of reading the page that was tried: what it found, and why it won or lost
 */
public record ParsedPage(String url, String title, LocalDate date, List<Entry> entries, SourceFormat format, boolean windowed,
                         String strategy, Map<String, String> timeSources, List<String> explanation) {

    public ParsedPage {
        entries = List.copyOf(entries);
        format = format == null ? SourceFormat.INLINE : format;
        strategy = strategy == null ? format.settingName() : strategy;
        timeSources = timeSources == null ? Map.of() : Map.copyOf(timeSources);
        explanation = explanation == null ? List.of() : List.copyOf(explanation);
    }

    /** A page read in one format, with no record of how its entries were found. */
    public ParsedPage(String url, String title, LocalDate date, List<Entry> entries, SourceFormat format, boolean windowed) {
        this(url, title, date, entries, format, windowed, null, null, null);
    }

    /** An inline-marker page, which always holds every entry. */
    public ParsedPage(String url, String title, LocalDate date, List<Entry> entries) {
        this(url, title, date, entries, SourceFormat.INLINE, false);
    }

    /** The same page with other entries (same format and window). */
    public ParsedPage withEntries(List<Entry> replaced) {
        return new ParsedPage(url, title, date, replaced, format, windowed, strategy, timeSources, explanation);
    }

    /** The same page with how its entries were found. */
    ParsedPage withDiscovery(String how, Map<String, String> sources, List<String> why) {
        return new ParsedPage(url, title, date, entries, format, windowed, how, sources, why);
    }

    /** Where an entry's time came from, or null when it has none or it is not known. */
    public String timeSource(Entry entry) {
        return timeSources.get(entry.id());
    }
}
