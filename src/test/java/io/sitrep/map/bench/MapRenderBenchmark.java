package io.sitrep.map.bench;

import io.sitrep.map.BaseMap;
import io.sitrep.map.MapPoint;
import io.sitrep.map.MapRenderer;
import io.sitrep.map.MapRequest;
import io.sitrep.map.MapResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Time to render a 1280×960 PNG of 50 places, PNG encoding included, on a regional view (the
 * Levant) and on a world view. Run it (from the project root) with:
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Djava.awt.headless=true -cp target/test-classes:target/classes:$(cat target/cp.txt) io.sitrep.map.bench.MapRenderBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class MapRenderBenchmark {

    @Param({"region", "world"})
    public String view;

    private MapRenderer renderer;
    private MapRequest request;

    @Setup
    public void setUp() {
        renderer = new MapRenderer(BaseMap.shared(), MapRenderer.DEFAULT_WIDTH, MapRenderer.DEFAULT_HEIGHT);
        request = new MapRequest("Benchmark live blog", "last 24 hours", places(view, 50));
    }

    @Benchmark
    public MapResult render50Places() {
        return renderer.render(request);
    }

    /** Fifty deterministic places: around Syria and Iraq for "region", anywhere for "world". */
    static List<MapPoint> places(String view, int count) {
        Random random = new Random(7);
        boolean world = view.equals("world");
        List<MapPoint> points = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double lat = world ? -45 + random.nextDouble() * 110 : 32 + random.nextDouble() * 5;
            double lon = world ? -160 + random.nextDouble() * 320 : 35 + random.nextDouble() * 8;
            points.add(new MapPoint("Place " + i, lat, lon, 1 + random.nextInt(20), random.nextInt(4) == 0, random.nextInt(5)));
        }
        return points;
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(MapRenderBenchmark.class.getSimpleName()).build()).run();
    }
}
