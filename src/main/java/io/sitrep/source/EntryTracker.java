package io.sitrep.source;

import java.time.Clock;
import java.time.Duration;
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

import io.sitrep.shared.UrlRedactor;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
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
 *
 * <p>An entry missing from its page is only <em>absent</em> at first: it counts as withdrawn once it has been missing
 * for {@link IngestProperties#retractAfterPolls()} reads in a row and for {@link IngestProperties#retractAfter()}, so a
 * flapping entry changes nothing for readers. A read that brings more new entries than
 * {@link IngestProperties#maxNewPerPoll()} (a re-layout, an archive dump) pushes only the newest few; the rest are
 * recorded silently as a backlog and announced as {@link NewsBacklogged} for the editors.
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
    private final IngestProperties settings;
    private final MeterRegistry meters;

    @Autowired
    EntryTracker(EntryStore store, ApplicationEventPublisher events, Clock clock, IngestProperties settings,
                 MeterRegistry meters) {
        this.store = store;
        this.events = events;
        this.clock = clock;
        this.settings = settings;
        this.meters = meters;
    }

    /** A page whose read was set aside: it yielded {@code found} entries, and {@code gone} of the {@code known} vanished. */
    public record LayoutChange(String pageUrl, int found, int gone, int known) {

        /** One line for logs and the source status. */
        public String describe() {
            return "layout change? " + found + " entries found on " + pageUrl
                    + (known == 0 ? "" : ", " + gone + " of the " + known + " known there gone");
        }
    }

    /**
     * What changed in one read.
     *
     * @param backlog      new entries recorded silently because the read brought too many at once
     * @param pendingPages pages with entries missing but not yet withdrawn: read them in full next time
     */
    public record Changes(List<Entry> added, List<EntryEdited> edited, List<Entry> retracted, boolean baseline,
                          List<LayoutChange> layoutChanges, List<Entry> backlog, Set<String> pendingPages) {

        public Changes {
            added = List.copyOf(added);
            edited = List.copyOf(edited);
            retracted = List.copyOf(retracted);
            layoutChanges = List.copyOf(layoutChanges);
            backlog = List.copyOf(backlog);
            pendingPages = Set.copyOf(pendingPages);
        }

        public Changes(List<Entry> added, List<EntryEdited> edited, List<Entry> retracted, boolean baseline,
                       List<LayoutChange> layoutChanges) {
            this(added, edited, retracted, baseline, layoutChanges, List.of(), Set.of());
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
        Set<String> pending = new HashSet<>();
        for (ParsedPage page : pages) {
            PageDiff diff = diff(page, source, now);
            if (diff.suspect != null) {
                log.warn("Source '{}': {}. Keeping what we have.", source, UrlRedactor.text(diff.suspect.describe()));
                suspect.add(diff.suspect);
                continue;
            }
            record(diff, now);
            if (!baseline && !newPagesAreNews && diff.newPage) {
                log.warn("Source '{}' now reads its entries from {}: {} entries recorded as seen, none pushed",
                        source, UrlRedactor.url(diff.page.url()), diff.added.size());
                silent.addAll(diff.added);
            }
            added.addAll(diff.added);
            edited.addAll(diff.edited);
            retracted.addAll(diff.retracted);
            if (!diff.absent.isEmpty()) {
                pending.add(diff.page.url());
            }
            reads.add(new SourceRead(source, diff.page.url(), diff.page.title(), diff.visible));
        }
        if (reads.isEmpty()) {
            return new Changes(List.of(), List.of(), List.of(), false, suspect);
        }
        List<Entry> backlog = baseline ? List.of() : backlog(added, silent, source);
        silent.addAll(backlog);
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
        return new Changes(added, edited, retracted, baseline, suspect, backlog, pending);
    }

    /**
     * When a read brings more news than {@code max-new-per-poll}, the entries beyond the newest few: recorded as seen
     * but not pushed (a re-layout or an archive dump is not news), logged, counted and announced for the editors.
     */
    private List<Entry> backlog(List<Entry> added, List<Entry> silent, String source) {
        List<Entry> news = new ArrayList<>(added);
        news.removeAll(silent);
        if (news.size() <= settings.maxNewPerPoll()) {
            return List.of();
        }
        news.sort(NEWEST_FIRST);
        List<Entry> pushed = List.copyOf(news.subList(0, settings.pushOnFlood()));
        List<Entry> rest = List.copyOf(news.subList(settings.pushOnFlood(), news.size()));
        log.warn("Source '{}': {} new entries in one read (more than sitrep.ingest.max-new-per-poll={}); pushing the "
                + "newest {}, recording {} as seen without pushing them", source, news.size(), settings.maxNewPerPoll(),
                pushed.size(), rest.size());
        meters.counter("sitrep.entries.backlog", "source", source).increment(rest.size());
        events.publishEvent(new NewsBacklogged(source, news.size(), pushed, rest.size()));
        return rest;
    }

    /** Newest first: by time when the page gives one (undated last), then by place on the page, top first. */
    private static final java.util.Comparator<Entry> NEWEST_FIRST = java.util.Comparator
            .comparing(Entry::time, java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()))
            .thenComparingInt(Entry::position);

    /** The difference between one page's fresh entries and its stored ones, not yet recorded. */
    private static final class PageDiff {
        ParsedPage page;
        boolean newPage;
        final List<Entry> added = new ArrayList<>();
        final List<EntryEdited> edited = new ArrayList<>();
        final List<Entry> moved = new ArrayList<>();
        /** Entries as they were but for their place on the page. */
        final List<Entry> repositioned = new ArrayList<>();
        final List<Entry> retracted = new ArrayList<>();
        final Map<String, EntryStore.Absence> absent = new HashMap<>();
        final List<String> returned = new ArrayList<>();
        final List<Entry> visible = new ArrayList<>();
        LayoutChange suspect;
    }

    private PageDiff diff(ParsedPage read, String source, Instant now) {
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
        ParsedPage page = PlaceKeeper.keepKnownPlaces(EditMatcher.keepIdsOfRewordedEntries(read, expected), knownById);
        diff.page = page;
        Set<String> present = new HashSet<>();
        Map<String, String> locks = store.editorStates(source, read.url());
        Map<String, EntryStore.Absence> absences = store.absences(source, read.url());
        for (Entry fresh : page.entries()) {
            present.add(fresh.id());
            if (absences.containsKey(fresh.id())) {
                diff.returned.add(fresh.id()); // back within the window: as if it had never gone
            }
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
                if (withdrawn.isPresent() && withdrawn.get().version().equals(fresh.version())
                        && !store.isRetracted(fresh.id())) {
                    // The same entry stored under another address of this page (before its URL was redacted or
                    // shortened): it moves there, and readers see nothing.
                    diff.moved.add(fresh);
                } else if (withdrawn.isPresent()) {
                    // Withdrawn by the page earlier and now back: the messages sent for it are edited back, not resent.
                    diff.edited.add(new EntryEdited(withdrawn.get(), fresh));
                } else {
                    diff.added.add(fresh);
                }
            } else if (!before.version().equals(fresh.version())) {
                diff.edited.add(new EntryEdited(before, fresh));
            } else if (!Objects.equals(before.time(), fresh.time())) {
                diff.moved.add(fresh);
            } else if (before.position() != fresh.position()) {
                boolean same = before.pageUrl().equals(fresh.pageUrl()) && before.links().equals(fresh.links())
                        && before.media().equals(fresh.media());
                (same ? diff.repositioned : diff.moved).add(fresh);
            }
        }
        List<Entry> missing = new ArrayList<>();
        for (Entry old : expected.values()) {
            if (!present.contains(old.id())) {
                missing.add(old);
            }
        }
        int lost = missing.size();
        if (lost >= SUSPECT_LOSS && lost * 2 > expected.size()) {
            diff.suspect = new LayoutChange(page.url(), page.entries().size(), lost, expected.size());
            return diff;
        }
        for (Entry old : missing) {
            EntryStore.Absence before = absences.get(old.id());
            EntryStore.Absence stillAbsent = before == null ? new EntryStore.Absence(1, now)
                    : new EntryStore.Absence(before.polls() + 1, before.since());
            if (stillAbsent.polls() >= settings.retractAfterPolls()
                    && !Duration.between(stillAbsent.since(), now).minus(settings.retractAfter()).isNegative()) {
                diff.retracted.add(old);
            } else {
                diff.absent.put(old.id(), stillAbsent);
                diff.visible.add(old); // not withdrawn yet: readers keep seeing it
            }
        }
        return diff;
    }

    private void record(PageDiff diff, Instant now) {
        diff.added.forEach(e -> store.insert(e, now));
        diff.edited.forEach(e -> store.update(e.after(), now));
        diff.moved.forEach(e -> store.update(e, now));
        store.reposition(diff.repositioned, now);
        diff.retracted.forEach(e -> store.markRetracted(e.id(), now));
        diff.absent.forEach(store::markAbsent);
        diff.returned.forEach(store::clearAbsence);
    }
}
