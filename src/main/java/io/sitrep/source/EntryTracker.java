package io.sitrep.source;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compares a fresh read of a source's pages with what is stored and records the difference in one transaction,
 * announcing each new, edited or withdrawn entry as an event that listeners handle inside the same transaction.
 *
 * <p>A page is only compared with its own stored entries, so a followed page that drops out of an index is never
 * read again and none of its entries is retracted. A read that loses most of a page's entries (or all of them) is a
 * layout change: nothing of that page is recorded or announced, and the cache keeps what it had.
 */
@Component
public class EntryTracker {

    /** Editor states stored with an entry (see {@link EntryStore#lockByEditor}). */
    public static final String CORRECTED_BY_EDITOR = "CORRECTED";
    public static final String RETRACTED_BY_EDITOR = "RETRACTED";

    private static final Logger log = LoggerFactory.getLogger(EntryTracker.class);

    /** A page that lost this many entries at once, and more than half of them, is suspect rather than edited. */
    static final int SUSPECT_LOSS = 3;

    private final EntryStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EntryTracker(EntryStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** A page whose read was set aside: it yielded {@code found} entries, and {@code gone} of the {@code known} vanished. */
    public record LayoutChange(String pageUrl, int found, int gone, int known) {

        /** One line for logs and the source status. */
        public String describe() {
            return "layout change? " + found + " entries found on " + pageUrl
                    + (known == 0 ? "" : ", " + gone + " of the " + known + " known there gone");
        }
    }

    /** What changed in one read. */
    public record Changes(List<Entry> added, List<EntryEdited> edited, List<Entry> retracted, boolean baseline,
                          List<LayoutChange> layoutChanges) {

        public Changes {
            added = List.copyOf(added);
            edited = List.copyOf(edited);
            retracted = List.copyOf(retracted);
            layoutChanges = List.copyOf(layoutChanges);
        }

        /** True when some page of the read was set aside as a probable layout change. */
        public boolean layoutChange() {
            return !layoutChanges.isEmpty();
        }

        public boolean isEmpty() {
            return added.isEmpty() && edited.isEmpty() && retracted.isEmpty();
        }
    }

    @Transactional
    public Changes apply(ParsedPage read, String source) {
        return apply(List.of(read), source, false);
    }

    /**
     * Applies every page of one read of a source; the source's first read is a silent baseline, all pages together.
     *
     * @param newPagesAreNews true when the source follows an index, so a page never seen before (today's live blog)
     *                        is news; false for a single-page source, where a new page address means the page's
     *                        canonical URL (or the configured URL) changed, and its entries are recorded silently
     *                        rather than pushed again
     */
    @Transactional
    public Changes apply(List<ParsedPage> pages, String source, boolean newPagesAreNews) {
        Instant now = clock.instant();
        boolean baseline = !store.hasBaseline(source);
        List<Entry> silent = new ArrayList<>();
        List<Entry> added = new ArrayList<>();
        List<EntryEdited> edited = new ArrayList<>();
        List<Entry> retracted = new ArrayList<>();
        List<LayoutChange> suspect = new ArrayList<>();
        List<SourceRead> reads = new ArrayList<>();
        for (ParsedPage page : pages) {
            PageDiff diff = diff(page, source);
            if (diff.suspect != null) {
                log.warn("Source '{}': {}. Keeping what we have.", source, diff.suspect.describe());
                suspect.add(diff.suspect);
                continue;
            }
            record(diff, now);
            if (!baseline && !newPagesAreNews && diff.newPage) {
                log.warn("Source '{}' now reads its entries from {}: {} entries recorded as seen, none pushed",
                        source, diff.page.url(), diff.added.size());
                silent.addAll(diff.added);
            }
            added.addAll(diff.added);
            edited.addAll(diff.edited);
            retracted.addAll(diff.retracted);
            reads.add(new SourceRead(source, diff.page.url(), diff.page.title(), diff.visible));
        }
        if (reads.isEmpty()) {
            return new Changes(List.of(), List.of(), List.of(), false, suspect);
        }
        if (baseline) {
            store.recordBaseline(source, now);
            log.info("Baseline for source '{}': {} entries recorded as seen, none pushed", source, added.size());
        } else {
            added.stream().filter(e -> !silent.contains(e)).forEach(e -> events.publishEvent(new EntryPublished(e)));
            edited.forEach(events::publishEvent);
            retracted.forEach(e -> events.publishEvent(new EntryRetracted(e)));
        }
        reads.forEach(events::publishEvent);
        added.removeAll(silent);
        return new Changes(added, edited, retracted, baseline, suspect);
    }

    /** The difference between one page's fresh entries and its stored ones, not yet recorded. */
    private static final class PageDiff {
        ParsedPage page;
        boolean newPage;
        final List<Entry> added = new ArrayList<>();
        final List<EntryEdited> edited = new ArrayList<>();
        final List<Entry> moved = new ArrayList<>();
        final List<Entry> retracted = new ArrayList<>();
        final List<Entry> visible = new ArrayList<>();
        LayoutChange suspect;
    }

    private PageDiff diff(ParsedPage read, String source) {
        PageDiff diff = new PageDiff();
        List<Entry> known = store.findByPage(source, read.url());
        diff.newPage = known.isEmpty() && !store.hasPage(source, read.url());
        Set<String> freshIds = new HashSet<>();
        read.entries().forEach(e -> freshIds.add(e.id()));
        // What this read should still show: everything, or for a window (feed, JSON-LD) what is not older than it.
        Instant oldestShown = read.windowed() ? read.entries().stream().map(Entry::time).filter(Objects::nonNull)
                .min(Instant::compareTo).orElse(null) : null;
        Map<String, Entry> expected = new LinkedHashMap<>();
        Map<String, Entry> knownById = new HashMap<>();
        for (Entry e : known) {
            knownById.put(e.id(), e);
            boolean inWindow = !read.windowed()
                    || (oldestShown != null && e.time() != null && !e.time().isBefore(oldestShown));
            if (freshIds.contains(e.id()) || inWindow) {
                expected.put(e.id(), e);
            }
        }
        if (read.entries().isEmpty()) {
            // Never "everything retracted": a page with no entries at all is a broken page or a new layout.
            diff.suspect = new LayoutChange(read.url(), 0, known.size(), known.size());
            return diff;
        }
        ParsedPage page = EditMatcher.keepIdsOfRewordedEntries(read, expected);
        diff.page = page;
        Set<String> present = new HashSet<>();
        Map<String, String> locks = store.editorStates(source, read.url());
        for (Entry fresh : page.entries()) {
            present.add(fresh.id());
            Entry before = knownById.get(fresh.id());
            String lock = locks.get(fresh.id());
            if (RETRACTED_BY_EDITOR.equals(lock)) {
                continue; // an editor withdrew it: it stays withdrawn whatever the page says
            }
            if (CORRECTED_BY_EDITOR.equals(lock) && before != null) {
                diff.visible.add(before.withPosition(fresh.position())); // the editor's text wins over the page's
                continue;
            }
            diff.visible.add(fresh);
            if (before == null) {
                Optional<Entry> withdrawn = store.findById(fresh.id());
                if (withdrawn.isPresent()) {
                    // Withdrawn by the page earlier and now back: the messages sent for it are edited back, not resent.
                    diff.edited.add(new EntryEdited(withdrawn.get(), fresh));
                } else {
                    diff.added.add(fresh);
                }
            } else if (!before.version().equals(fresh.version())) {
                diff.edited.add(new EntryEdited(before, fresh));
            } else if (before.position() != fresh.position() || !Objects.equals(before.time(), fresh.time())) {
                diff.moved.add(fresh);
            }
        }
        for (Entry old : expected.values()) {
            if (!present.contains(old.id())) {
                diff.retracted.add(old);
            }
        }
        int lost = diff.retracted.size();
        if (lost >= SUSPECT_LOSS && lost * 2 > expected.size()) {
            diff.suspect = new LayoutChange(page.url(), page.entries().size(), lost, expected.size());
        }
        return diff;
    }

    private void record(PageDiff diff, Instant now) {
        diff.added.forEach(e -> store.insert(e, now));
        diff.edited.forEach(e -> store.update(e.after(), now));
        diff.moved.forEach(e -> store.update(e, now));
        diff.retracted.forEach(e -> store.markRetracted(e.id(), now));
    }
}
