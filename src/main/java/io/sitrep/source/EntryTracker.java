package io.sitrep.source;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compares a fresh read of a page with what is stored and records the difference in one transaction, announcing
 * each new, edited or withdrawn entry as an event that listeners handle inside the same transaction.
 */
@Component
public class EntryTracker {

    private static final Logger log = LoggerFactory.getLogger(EntryTracker.class);

    private final EntryStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EntryTracker(EntryStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** What changed in one read. */
    public record Changes(List<Entry> added, List<EntryEdited> edited, List<Entry> retracted, boolean baseline,
                          boolean layoutChange) {
    }

    @Transactional
    public Changes apply(ParsedPage read, String source) {
        var now = clock.instant();
        ParsedPage page = read;
        List<Entry> known = store.findByPage(source, page.url());
        boolean baseline = !store.hasBaseline(source);
        if (page.entries().isEmpty()) {
            // Never "everything retracted": a page with no entries at all is a broken page or a new layout.
            log.warn("Source '{}' yielded no entries from {} (it had {} there): layout change? Keeping what we have.",
                    source, page.url(), known.size());
            return new Changes(List.of(), List.of(), List.of(), false, true);
        }
        Map<String, Entry> byId = new HashMap<>();
        known.forEach(e -> byId.put(e.id(), e));
        page = EditMatcher.keepIdsOfRewordedEntries(page, byId);
        List<Entry> added = new ArrayList<>();
        List<EntryEdited> edited = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (Entry fresh : page.entries()) {
            present.add(fresh.id());
            Entry before = byId.get(fresh.id());
            if (before == null) {
                if (store.findById(fresh.id()).isPresent()) {
                    store.update(fresh, now); // seen before, withdrawn, and now back
                } else {
                    store.insert(fresh, now);
                }
                added.add(fresh);
            } else if (!before.version().equals(fresh.version())) {
                store.update(fresh, now);
                edited.add(new EntryEdited(before, fresh));
            } else if (before.position() != fresh.position()) {
                store.update(fresh, now);
            }
        }
        List<Entry> retracted = new ArrayList<>();
        boolean mostlyGone = page.entries().size() * 2 < known.size();
        for (Entry old : known) {
            if (!present.contains(old.id())) {
                if (mostlyGone) {
                    continue; // a page that lost most of its entries is a layout problem, not a wave of retractions
                }
                store.markRetracted(old.id(), now);
                retracted.add(old);
            }
        }
        if (baseline) {
            store.recordBaseline(source, now);
            log.info("Baseline for source '{}': {} entries recorded as seen, none pushed", source, page.entries().size());
        } else {
            added.forEach(e -> events.publishEvent(new EntryPublished(e)));
            edited.forEach(events::publishEvent);
            retracted.forEach(e -> events.publishEvent(new EntryRetracted(e)));
        }
        events.publishEvent(new SourceRead(source, page.url(), page.title(), page.entries()));
        return new Changes(added, edited, retracted, baseline, mostlyGone);
    }
}
