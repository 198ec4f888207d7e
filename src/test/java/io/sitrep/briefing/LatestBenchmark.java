package io.sitrep.briefing;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * How long Sitrep takes to build the answer to {@code /latest} (and to a place command) from the cache, with
 * 10 sources' entries cached. Run: {@code bench/run.sh io.sitrep.briefing.LatestBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LatestBenchmark {

    private SampleBriefings sample;

    @Setup
    public void setUp() {
        sample = new SampleBriefings(10);
        sample.places.counts(); // analyse every entry once, as the app does right after each read
    }

    @Benchmark
    public List<String> latest() {
        return sample.briefings.latest(ReaderSettings.GMT);
    }

    @Benchmark
    public List<String> placeAleppo() {
        return sample.places.briefing("aleppo");
    }

    public static void main(String[] args) throws Exception {
        new Runner(new OptionsBuilder().include(LatestBenchmark.class.getSimpleName()).build()).run();
    }
}
