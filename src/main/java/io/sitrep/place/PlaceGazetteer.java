package io.sitrep.place;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * World places (GeoNames cities, first-level regions, countries and curated conflict-area names) with lookup by
 * name, by bot command and by near miss. {@link #loadDefaultLater()} defers reading the bundled data until
 * {@link #loadInBackground()} (after start-up) or the first lookup, so start-up and commands that name no place never
 * wait for it; a lookup made while it is being read waits for that read.
 */
public final class PlaceGazetteer {

    private static final Logger log = LoggerFactory.getLogger(PlaceGazetteer.class);

    /** Countries whose every GeoNames place is kept and whose places win ties. */
    public static final Set<String> CONFLICT_COUNTRIES = Set.of("SY", "IQ", "YE", "UA", "PS", "IL", "LB", "SD", "LY",
            "AF", "SO", "ML", "MM", "ET", "CD", "RU", "TR", "IR");

    private final CompletableFuture<PlaceIndex> index;
    private final Supplier<PlaceIndex> source;
    /** Set by the one thread that reads the places. */
    private final AtomicBoolean claimed;

    private PlaceGazetteer(CompletableFuture<PlaceIndex> index) {
        this(index, null, new AtomicBoolean(true));
    }

    private PlaceGazetteer(CompletableFuture<PlaceIndex> index, Supplier<PlaceIndex> source, AtomicBoolean claimed) {
        this.index = index;
        this.source = source;
        this.claimed = claimed;
    }

    /** Loads the gazetteer shipped on the classpath, now. */
    public static PlaceGazetteer loadDefault() {
        return new PlaceGazetteer(CompletableFuture.completedFuture(PlaceIndex.loadDefault()));
    }

    /**
     * The gazetteer shipped on the classpath, not read yet: it is read by {@link #loadInBackground()} or by the first
     * lookup, whichever comes first, so start-up never pays for it and a lookup waits no longer than the read itself.
     */
    public static PlaceGazetteer loadDefaultLater() {
        return later(PlaceIndex::loadDefault);
    }

    /** Loads the gazetteer shipped on the classpath on a low-priority daemon thread and returns at once. */
    public static PlaceGazetteer loadDefaultInBackground() {
        PlaceGazetteer gazetteer = loadDefaultLater();
        gazetteer.loadInBackground();
        return gazetteer;
    }

    /** A gazetteer read from {@code source} by {@link #loadInBackground()} or the first lookup. */
    static PlaceGazetteer later(Supplier<PlaceIndex> source) {
        return new PlaceGazetteer(new CompletableFuture<>(), source, new AtomicBoolean());
    }

    /**
     * Starts reading the places on a daemon thread of low priority, unless a lookup or an earlier call already
     * began; returns at once.
     */
    public void loadInBackground() {
        if (claimed.get()) {
            return;
        }
        Thread loader = new Thread(this::loadUnlessClaimed, "gazetteer-loader");
        loader.setDaemon(true);
        loader.setPriority(Thread.MIN_PRIORITY); // niced (the image runs ThreadPriorityPolicy=1): the bot's work comes first
        loader.start();
    }

    /** Reads the places on this thread, unless another thread has begun to. */
    private void loadUnlessClaimed() {
        if (!claimed.compareAndSet(false, true)) {
            return;
        }
        long started = System.nanoTime();
        try {
            PlaceIndex loaded = source.get();
            index.complete(loaded);
            log.info("Gazetteer loaded on {}: {} places in {} ms", Thread.currentThread().getName(), loaded.size(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException | Error e) {
            index.completeExceptionally(e);
            log.error("The bundled gazetteer could not be read; place lookups fail", e);
        }
    }

    /** Loads the bundled GeoNames data with a curated file from another path (same TSV layout as place/curated.tsv). */
    public static PlaceGazetteer loadWithCurated(Path curatedFile) {
        return new PlaceGazetteer(CompletableFuture.completedFuture(PlaceIndex.loadWithCurated(curatedFile)));
    }

    /**
     * Loads places from streams: the generated TSV (plain text), the curated TSV and the common-word list; the
     * curated stream and word list may be null.
     */
    public static PlaceGazetteer load(InputStream placesTsv, InputStream curatedTsv, InputStream commonWordList)
            throws IOException {
        return new PlaceGazetteer(CompletableFuture.completedFuture(PlaceIndex.load(placesTsv, curatedTsv, commonWordList)));
    }

    /** True once the places are loaded (lookups then never wait). */
    public boolean isLoaded() {
        return index.isDone() && !index.isCompletedExceptionally();
    }

    private PlaceIndex index() {
        if (!index.isDone()) {
            loadUnlessClaimed(); // the first lookup before the background load began reads the places itself
        }
        try {
            return index.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("the gazetteer could not be loaded", e.getCause());
        }
    }

    /** Every entry. */
    public List<Place> places() {
        return index().places();
    }

    /** Number of entries. */
    public int size() {
        return index().size();
    }

    /** The best place for a bot command such as {@code khantuman} or {@code aleppo}. */
    public Optional<Place> byCommand(String command) {
        return index().byCommand(command);
    }

    /** Every place answering to a command, best first. */
    public List<Place> allByCommand(String command) {
        return index().allByCommand(command);
    }

    /** The best place with this name or alias, e.g. "Khan Touman", "Deir Ezzor". */
    public Optional<Place> byName(String name) {
        return index().byName(name);
    }

    /** Every place with this name or alias, best (countries, then the most populous) first. */
    public List<Place> allByName(String name) {
        return index().allByName(name);
    }

    /** The country entry for an ISO2 code. */
    public Optional<Place> country(String iso2) {
        return index().country(iso2);
    }

    /** The region entry that contains a city, if known. */
    public Optional<Place> regionOf(Place place) {
        return index().regionOf(place);
    }

    /**
     * Near misses for a mistyped command or name, best first, for "did you mean /aleppo?". Exact hits come first;
     * each place appears once.
     */
    public List<Place> suggest(String typed, int limit) {
        return index().suggest(typed, limit);
    }

    /** Near misses with at most five suggestions. */
    public List<Place> suggest(String typed) {
        return index().suggest(typed);
    }

    /**
     * Whether a place lies in an area: a country contains its regions and places, a region contains its cities,
     * and every place contains itself.
     */
    public boolean isWithin(Place place, Place area) {
        return index().isWithin(place, area);
    }

    /** Whether a place came from (or was corrected by) the curated file. */
    public boolean isCurated(Place place) {
        return index().isCurated(place);
    }

    /** Whether a one-word key is also a common English word ("nice", "mobile", "of"). */
    public boolean isCommonWord(String key) {
        return index().isCommonWord(key);
    }

    /** Places indexed under a folded key (see {@link PlaceNames#key}). */
    List<Place> byKey(String key) {
        return index().byKey(key);
    }

    int maxKeyWords() {
        return index().maxKeyWords();
    }

    /** Ranking score: countries first, then population, with a boost for conflict countries and curated entries. */
    double importance(Place p) {
        return index().importance(p);
    }
}
