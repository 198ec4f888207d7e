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
 * from its launch to the welcome reaching the fake, and the CPU time the process used up to then. Prints each run
 * and the medians of both. Arguments: {@code runs=3}, and
 * {@code jar=<extracted sitrep.jar>} to launch the jar as the Docker image does: with Spring Boot's CDS archive
 * (written first by a training run), the ENTRYPOINT's JVM flags and the image's {@code JAVA_TOOL_OPTIONS}, both read
 * from the Dockerfile ({@link ImageLaunch}; {@code dockerfile=Dockerfile} by default).
 * {@code jvm="<flag> <flag>"} adds JVM flags to the measured launches (to profile one) and {@code keep=true} keeps each
 * run's log. Run by bench/scale.sh.
 */
public final class FirstReplyBench {

    private static final long READER = 4242;

    private FirstReplyBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(arg(args, "runs", "3"));
        String jar = arg(args, "jar", null);
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> launch;
        String how;
        String toolOptions = null;
        // Extra JVM flags for the measured launches only (not the training run), e.g. a JFR recording to find what costs.
        List<String> extraJvmFlags = Arrays.stream(arg(args, "jvm", "").split("\\s+")).filter(f -> !f.isBlank()).toList();
        boolean keepLogs = Boolean.parseBoolean(arg(args, "keep", "false"));
        if (jar == null) {
            String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                    .filter(entry -> !entry.endsWith("test-classes")).collect(Collectors.joining(File.pathSeparator));
            launch = new ArrayList<>(List.of(javaCommand));
            launch.addAll(extraJvmFlags);
            launch.addAll(List.of("-cp", classpath, SitrepApplication.class.getName()));
            how = "classpath";
        } else {
            // Spring Boot's CDS: a training run that refreshes the context and exits writes the class archive, then
            // every launch maps it (what the Docker image does).
            ImageLaunch image = ImageLaunch.of(Path.of(arg(args, "dockerfile", "Dockerfile")));
            toolOptions = image.javaToolOptions();
            Path archive = Path.of(jar).toAbsolutePath().resolveSibling("sitrep.jsa");
            Files.deleteIfExists(archive);
            long trained = System.nanoTime();
            Path data = Files.createTempDirectory("sitrep-cds-training");
            try (FakeBotApi telegram = new FakeBotApi()) {
                List<String> training = new ArrayList<>(List.of(javaCommand, "-XX:ArchiveClassesAtExit=" + archive,
                        "-Dspring.context.exit=onRefresh", "-jar", jar));
                training.addAll(appArgs(telegram, data));
                Process p = withToolOptions(new ProcessBuilder(training), toolOptions).redirectErrorStream(true)
                        .redirectOutput(data.resolve("training.log").toFile()).start();
                if (!p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES) || !Files.exists(archive)) {
                    p.destroyForcibly();
                    throw new IllegalStateException("the CDS training run wrote no archive; see " + data.resolve("training.log"));
                }
            }
            System.out.printf(Locale.ROOT, "CDS archive %s written by a training run in %d ms (%d MB)%n", archive,
                    (System.nanoTime() - trained) / 1_000_000, Files.size(archive) / (1024 * 1024));
            launch = new ArrayList<>(List.of(javaCommand));
            launch.addAll(image.flagsWithArchive(archive));
            launch.addAll(List.of("-Xlog:class+path=off"));
            launch.addAll(extraJvmFlags);
            launch.addAll(List.of("-jar", jar));
            how = "jar with CDS, as the image launches it";
        }
        List<Long> millis = new ArrayList<>();
        List<Long> cpuMillis = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Path data = Files.createTempDirectory("sitrep-first-reply");
            try (FakeBotApi telegram = new FakeBotApi()) {
                telegram.userSends(READER, "private", READER, "/start");
                List<String> command = new ArrayList<>(launch);
                command.addAll(appArgs(telegram, data));
                long launched = System.nanoTime();
                Process sitrep = withToolOptions(new ProcessBuilder(command), toolOptions)
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
                    long cpu = cpuMillis(sitrep);
                    millis.add(took);
                    cpuMillis.add(cpu);
                    System.out.printf(Locale.ROOT, "First reply run %d (%s): launch -> answer to /start %d ms, %d ms CPU%n",
                            run, how, took, cpu);
                } finally {
                    sitrep.destroy();
                    sitrep.waitFor();
                }
            }
            if (keepLogs) {
                System.out.println("Run " + run + " log kept: " + data.resolve("sitrep.log"));
                continue;
            }
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "first_reply_ms median %d of %s (%s)%n", sorted.get(sorted.size() / 2), millis, how);
        // CPU time is what a busy machine does not stretch: the wall time of a run depends on what else runs beside it.
        List<Long> sortedCpu = cpuMillis.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "first_reply_cpu_ms median %d of %s%n", sortedCpu.get(sortedCpu.size() / 2), cpuMillis);
        System.exit(0);
    }

    /**
     * The CPU time (user and system, all threads) the launched JVM has used so far, read when the reply has arrived;
     * on Linux the JDK reads it from {@code /proc/<pid>/stat}. -1 where the platform does not tell.
     */
    private static long cpuMillis(Process process) {
        return process.info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
    }

    private static ProcessBuilder withToolOptions(ProcessBuilder process, String toolOptions) {
        if (toolOptions != null && !toolOptions.isBlank()) {
            process.environment().put("JAVA_TOOL_OPTIONS", toolOptions);
        }
        return process;
    }

    private static List<String> appArgs(FakeBotApi telegram, Path data) {
        return List.of("--sitrep.telegram.token=" + FakeBotApi.TOKEN,
                "--sitrep.telegram.api-url=" + telegram.url(),
                "--sitrep.telegram.poll-timeout=1s",
                "--server.port=0", "--management.server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("sitrep").toAbsolutePath());
    }

    private static String arg(String[] args, String name, String fallback) {
        return Arrays.stream(args).filter(a -> a.startsWith(name + "=")).map(a -> a.substring(name.length() + 1))
                .findFirst().orElse(fallback);
    }
}
