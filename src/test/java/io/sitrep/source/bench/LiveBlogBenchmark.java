package io.sitrep.source.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import io.sitrep.source.CacheValidators;
import io.sitrep.source.FeedParser;
import io.sitrep.source.FetchException;
import io.sitrep.source.FetchedPage;
import io.sitrep.source.JsonLdLiveBlogParser;
import io.sitrep.source.LiveBlogParser;
import io.sitrep.source.PageAnalyzer;
import io.sitrep.source.PageParser;
import io.sitrep.source.ParsedPage;
import io.sitrep.source.SourceFormat;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * {@code analyze} of a generated 1.3 MB live blog with 400 updates (JSON-LD with collapsed times and truncated
 * bodies, reconciled with 400 visible timed blocks) in a warm JVM: the whole command (read the file, every way of
 * finding entries, JSON report) and the parse alone. Target: under 100 ms. Run with
 * {@code bench/run.sh io.sitrep.source.bench.LiveBlogBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
public class LiveBlogBenchmark {

    static final int UPDATES = 400;
    static final int BYTES = 1_300_000;

    private final PageParser parser = new PageParser(new LiveBlogParser(), new JsonLdLiveBlogParser(), new FeedParser());
    private final PageAnalyzer analyzer = PageAnalyzer.withDefaults();
    private Path file;
    private FetchedPage page;

    @Setup(Level.Trial)
    public void write() throws IOException, FetchException {
        byte[] html = LiveBlogPageGenerator.page(UPDATES, BYTES).getBytes(StandardCharsets.UTF_8);
        file = Files.createTempFile("sitrep-live-", ".html");
        Files.write(file, html);
        page = new FetchedPage("https://rail.example/live", "https://rail.example/live", "text/html; charset=utf-8", html,
                CacheValidators.NONE);
        ParsedPage check = parser.parse(page, SourceFormat.AUTO, "Rail");
        if (check.entries().size() != UPDATES || check.entries().stream().anyMatch(e -> e.time() == null)) {
            throw new IllegalStateException("the generated page did not parse into " + UPDATES + " timed entries: "
                    + check.entries().size());
        }
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public String analyzeCommand() throws FetchException {
        return analyzer.analyze(file.toString(), SourceFormat.AUTO, false, true);
    }

    @Benchmark
    public ParsedPage parseIntoEntries() throws FetchException {
        return parser.parse(page, SourceFormat.AUTO, "Rail");
    }

    public static void main(String[] args) throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(LiveBlogBenchmark.class.getName() + "\\.").build()).run();
        PrintStream out = System.out;
        out.println();
        out.printf(Locale.ROOT, "Generated page: %,d bytes, %d updates%n",
                LiveBlogPageGenerator.page(UPDATES, BYTES).getBytes(StandardCharsets.UTF_8).length, UPDATES);
        out.printf(Locale.ROOT, "analyze (file, parse, JSON): %,.1f ms/op (target < 100)%n", score(results, "analyzeCommand"));
        out.printf(Locale.ROOT, "parse into entries:          %,.1f ms/op%n", score(results, "parseIntoEntries"));
    }

    private static double score(Collection<RunResult> results, String method) {
        return results.stream().filter(r -> r.getParams().getBenchmark().endsWith("." + method))
                .mapToDouble(r -> r.getPrimaryResult().getScore()).findFirst().orElse(Double.NaN);
    }
}
