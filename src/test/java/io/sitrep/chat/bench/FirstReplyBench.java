package io.sitrep.chat.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.sitrep.SitrepApplication;
import io.sitrep.chat.FakeBotApi;

/**
 * Launch to the answer to {@code /start}: starts Sitrep as a separate process (the production classpath, not the
 * test one) against {@link FakeBotApi} with a {@code /start} already waiting in getUpdates, and times the process
 * from its launch to the welcome reaching the fake. Prints each run and the median. Arguments: {@code runs=3}.
 * Run by bench/scale.sh.
 */
public final class FirstReplyBench {

    private static final long READER = 4242;

    private FirstReplyBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(Arrays.stream(args).filter(a -> a.startsWith("runs=")).map(a -> a.substring(5))
                .findFirst().orElse("3"));
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes")).collect(Collectors.joining(File.pathSeparator));
        List<Long> millis = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Path data = Files.createTempDirectory("sitrep-first-reply");
            try (FakeBotApi telegram = new FakeBotApi()) {
                telegram.userSends(READER, "private", READER, "/start");
                long launched = System.nanoTime();
                Process sitrep = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", classpath, SitrepApplication.class.getName(),
                        "--sitrep.telegram.token=" + FakeBotApi.TOKEN,
                        "--sitrep.telegram.api-url=" + telegram.url(),
                        "--sitrep.telegram.poll-timeout=1s",
                        "--server.port=0", "--management.server.port=0",
                        "--spring.datasource.url=jdbc:h2:file:" + data.resolve("sitrep").toAbsolutePath())
                        .redirectErrorStream(true).redirectOutput(data.resolve("sitrep.log").toFile()).start();
                try {
                    long deadline = launched + 120_000_000_000L;
                    while (telegram.sentTo(READER).isEmpty()) {
                        if (System.nanoTime() > deadline || !sitrep.isAlive()) {
                            throw new IllegalStateException("no answer to /start; see " + data.resolve("sitrep.log"));
                        }
                        Thread.sleep(5);
                    }
                    long took = (System.nanoTime() - launched) / 1_000_000;
                    millis.add(took);
                    System.out.printf(Locale.ROOT, "First reply run %d: launch -> answer to /start %d ms%n", run, took);
                } finally {
                    sitrep.destroy();
                    sitrep.waitFor();
                }
            }
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "first_reply_ms median %d of %s%n", sorted.get(sorted.size() / 2), millis);
        System.exit(0);
    }
}
