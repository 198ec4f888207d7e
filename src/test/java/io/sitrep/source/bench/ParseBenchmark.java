package io.sitrep.source.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import io.sitrep.source.CacheValidators;
import io.sitrep.source.FeedParser;
import io.sitrep.source.FetchException;
import io.sitrep.source.FetchedPage;
import io.sitrep.source.JsonLdLiveBlogParser;
import io.sitrep.source.LiveBlogParser;
import io.sitrep.source.PageParser;
import io.sitrep.source.ParsedPage;
import io.sitrep.source.SourceFormat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * How long the sample page takes to become entries (the bot's whole parse: format detection, JSON-LD probe, inline
 * parse), against a bare {@code Jsoup.parse} of the same bytes; {@link #main} prints both, their ratio, and the heap
 * an idle cache of 10 sources x 500 entries takes (see {@link CacheFootprint}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class ParseBenchmark {

    static final String SAMPLE = "/io/sitrep/source/syria-daily-2016-05-08.html";
    static final String URL = "https://example.org/2016/05/syria-daily/";

    private final byte[] sample = sampleBytes();
    private final PageParser parser = new PageParser(new LiveBlogParser(), new JsonLdLiveBlogParser(), new FeedParser());
    private final FetchedPage page = new FetchedPage(URL, URL, "text/html; charset=utf-8", sample, CacheValidators.NONE);

    static byte[] sampleBytes() {
        try (InputStream in = ParseBenchmark.class.getResourceAsStream(SAMPLE)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("sample page not on the test classpath: " + SAMPLE, e);
        }
    }

    @Benchmark
    public Document bareJsoupParse() throws IOException {
        return Jsoup.parse(new ByteArrayInputStream(sample), "UTF-8", URL);
    }

    @Benchmark
    public ParsedPage parseIntoEntries() throws FetchException {
        return parser.parse(page, SourceFormat.AUTO, "Syria Daily");
    }

    public static void main(String[] args) throws RunnerException {
        CacheFootprint.Result footprint = CacheFootprint.measure(10, 500);
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(ParseBenchmark.class.getName() + "\\.").build()).run();
        double bare = score(results, "bareJsoupParse");
        double full = score(results, "parseIntoEntries");
        System.out.println();
        System.out.printf(Locale.ROOT, "Sample page: %,d bytes%n", sampleBytes().length);
        System.out.printf(Locale.ROOT, "Parse into entries:   %,.1f us/op%n", full);
        System.out.printf(Locale.ROOT, "Bare Jsoup.parse:     %,.1f us/op%n", bare);
        System.out.printf(Locale.ROOT, "Ratio (entries/bare): %.2f%n", full / bare);
        System.out.println(footprint.describe());
    }

    private static double score(Collection<RunResult> results, String method) {
        return results.stream().filter(r -> r.getParams().getBenchmark().endsWith("." + method))
                .mapToDouble(r -> r.getPrimaryResult().getScore()).findFirst().orElse(Double.NaN);
    }
}
