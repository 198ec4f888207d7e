package io.sitrep.briefing;

import java.nio.file.Files;
import java.nio.file.Path;

import io.sitrep.map.MapRenderer;

/** Writes the bundled sample's {@code /map} to a file (the README shows it): {@code bench/run.sh io.sitrep.briefing.SampleMapWriter docs/map-sample.png}. */
public final class SampleMapWriter {

    private SampleMapWriter() {
    }

    public static void main(String[] args) throws Exception {
        SampleBriefings sample = new SampleBriefings();
        MapBriefing maps = new MapBriefing(sample.cache, sample.analyzer, SampleBriefings.GAZETTEER, sample.places, new MapRenderer());
        long started = System.nanoTime();
        MapBriefing.MapReply reply = maps.map(args.length > 1 ? args[1] : null);
        long millis = (System.nanoTime() - started) / 1_000_000;
        Path out = Path.of(args.length > 0 ? args[0] : "target/map-sample.png");
        Files.write(out, reply.png());
        System.out.println(out + ": " + reply.png().length / 1024 + " KB, first render (cold JVM) " + millis + " ms");
        System.out.println(reply.captionHtml());
    }
}
