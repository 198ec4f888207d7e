package io.sitrep.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The latest entries of every source, in memory: commands are answered from here and never touch the network
 * or the database. Warmed from the database at start-up once every bean is created (the schema may still be migrating
 * while they are), refreshed after every committed read.
 */
@Component
public class EntryCache implements SmartInitializingSingleton {

    private static final Comparator<Entry> NEWEST_FIRST = Comparator
            .comparing((Entry e) -> e.time() == null ? java.time.Instant.MIN : e.time()).reversed()
            .thenComparingInt(Entry::position);

    private final Cache<String, List<Entry>> bySource = Caffeine.newBuilder().build();
    private final EntryStore store;
    private final int perSource;
    private volatile long generation;

    EntryCache(EntryStore store, CacheProperties properties) {
        this.store = store;
        this.perSource = properties.perSource();
    }

    /** A cache with no database behind it, filled with {@link #put}: for benchmarks, tools and tests. */
    public static EntryCache inMemory() {
        return inMemory(CacheProperties.DEFAULTS.perSource());
    }

    /** An in-memory cache that keeps the newest {@code perSource} entries of each source. */
    public static EntryCache inMemory(int perSource) {
        return new EntryCache(null, new CacheProperties(perSource));
    }

    /** How many entries of one source the cache keeps: the newest by time. */
    public int perSource() {
        return perSource;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (store != null) {
            warm();
        }
    }

    void warm() {
        Map<String, List<Entry>> grouped = new java.util.LinkedHashMap<>();
        for (Entry e : store.findRecent(perSource)) {
            grouped.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(e);
        }
        grouped.forEach((source, entries) -> bySource.put(source, List.copyOf(entries)));
        generation++;
    }

    // Before commit, not after: the sender starts on the new rows the moment they commit, and a reader who asks
    // /latest on seeing the push must find the entry already here.
    @TransactionalEventListener(phase = org.springframework.transaction.event.TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(SourceRead read) {
        bySource.asMap().compute(read.source(), (source, old) -> {
            List<Entry> merged = new ArrayList<>(read.entries());
            if (old != null) {
                old.stream().filter(e -> !e.pageUrl().equals(read.pageUrl())).forEach(merged::add);
            }
            return newest(merged, perSource);
        });
        generation++;
    }

    /** The newest {@code limit} entries by time (untimed ones count as oldest), still in their page order. */
    static List<Entry> newest(List<Entry> entries, int limit) {
        if (entries.size() <= limit) {
            return List.copyOf(entries);
        }
        java.util.Set<Entry> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        entries.stream().sorted(NEWEST_FIRST).limit(limit).forEach(kept::add);
        return entries.stream().filter(kept::contains).toList();
    }

    @EventListener
    void on(EntryRetracted retracted) {
        bySource.asMap().computeIfPresent(retracted.entry().source(),
                (source, old) -> old.stream().filter(e -> !e.id().equals(retracted.entry().id())).toList());
        generation++;
    }

    /** Every cached entry, all sources, in page order per source. */
    public List<Entry> all() {
        List<Entry> all = new ArrayList<>();
        bySource.asMap().values().forEach(all::addAll);
        return all;
    }

    /** The newest UPDATEs across all sources, newest first. */
    public List<Entry> latestUpdates(int count) {
        return all().stream().filter(Entry::isUpdate).sorted(NEWEST_FIRST).limit(count).toList();
    }

    public Optional<Entry> byId(String id) {
        return all().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** Changes whenever the cached entries change; lets callers cache what they derive from them. */
    public long generation() {
        return generation;
    }

    /** Replaces a source's entries directly (benchmarks and tests that need no database). */
    public void put(String source, List<Entry> entries) {
        bySource.put(source, List.copyOf(entries));
        generation++;
    }
}
