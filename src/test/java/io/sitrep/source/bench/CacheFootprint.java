package io.sitrep.source.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.sitrep.source.Entry;
import io.sitrep.source.EntryCache;
import io.sitrep.source.FeedParser;
import io.sitrep.source.JsonLdLiveBlogParser;
import io.sitrep.source.LiveBlogParser;
import io.sitrep.source.PageParser;
import io.sitrep.source.ParsedPage;
import io.sitrep.source.SourceFormat;

/**
 * The heap an idle {@link EntryCache} holds for N sources x M entries, measured without an agent: full GCs and the
 * heap in use (MemoryMXBean) before and after building it. Entries are copies of the sample's, each with its own
 * strings, so nothing is shared that would not be shared in production.
 */
public final class CacheFootprint {

    /** What was measured. */
    public record Result(int sources, int perSource, long bytes, double textChars) {

        public String describe() {
            long entries = (long) sources * perSource;
            return String.format(Locale.ROOT, "Idle cache, %d sources x %d entries: %.1f MB heap (%,d bytes/entry, %.0f chars of text/entry)",
                    sources, perSource, bytes / (1024.0 * 1024.0), bytes / entries, textChars);
        }
    }

    private CacheFootprint() {
    }

    public static Result measure(int sources, int perSource) {
        List<Entry> sample = sampleEntries();
        long before = settledHeap();
        EntryCache cache = EntryCache.inMemory();
        long chars = 0;
        for (int s = 0; s < sources; s++) {
            List<Entry> entries = new ArrayList<>(perSource);
            for (int i = 0; i < perSource; i++) {
                Entry e = copy(sample.get(i % sample.size()), "Source " + s, s * perSource + i, i);
                chars += e.headline().length() + e.text().length();
                entries.add(e);
            }
            cache.put("Source " + s, entries);
        }
        long after = settledHeap();
        if (cache.all().size() != sources * perSource) {
            throw new IllegalStateException("cache lost entries");
        }
        return new Result(sources, perSource, after - before, (double) chars / (sources * perSource));
    }

    private static List<Entry> sampleEntries() {
        PageParser parser = new PageParser(new LiveBlogParser(), new JsonLdLiveBlogParser(), new FeedParser());
        try {
            ParsedPage page = parser.parse(new io.sitrep.source.FetchedPage(ParseBenchmark.URL, ParseBenchmark.URL,
                    "text/html", ParseBenchmark.sampleBytes(), io.sitrep.source.CacheValidators.NONE), SourceFormat.AUTO, "x");
            return page.entries();
        } catch (io.sitrep.source.FetchException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Entry copy(Entry e, String source, int serial, int position) {
        String tag = " #" + serial;
        List<String> paragraphs = e.paragraphs().stream().map(p -> p + tag).toList();
        List<String> links = e.links().stream().map(l -> l + "?n=" + serial).toList();
        List<String> media = e.media().stream().map(m -> m + "?n=" + serial).toList();
        return new Entry(String.format("%010x", serial), source, e.pageUrl() + "?n=" + serial, e.kind(), e.time(),
                e.headline() + tag, paragraphs, links, media, String.format("%08x", serial), position);
    }

    private static long settledHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    public static void main(String[] args) {
        System.out.println(measure(10, 500).describe());
    }
}
