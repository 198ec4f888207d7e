package io.sitrep.source.bench;

import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

import com.sun.net.httpserver.HttpServer;
import io.sitrep.SitrepApplication;
import io.sitrep.shared.SitrepProperties;
import io.sitrep.shared.SqlTime;
import io.sitrep.chat.FakeBotApi;
import io.sitrep.source.EntryCache;
import io.sitrep.source.EntryTracker;
import io.sitrep.source.SourcePoller;
import io.sitrep.source.SourceStatus;
import org.jsoup.Jsoup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What following many live blogs costs, through the whole application on H2 with pages served on loopback:
 * <ol>
 *   <li>the CPU share of one core that {@code sources} sources take, each a generated 1.3 MB page with 400 updates
 *       polled every 30 s, each page gaining one update a minute (process CPU time over a window in the steady state
 *       of a bot that polls for days: after the warm-up and once the JIT compiler has settled, or at most
 *       {@code warmup-max} seconds; it includes the page server, GC, the JIT and everything else in the JVM, no
 *       subscribers so no pushes);</li>
 *   <li>a poll (fetch on loopback with no validators, so the whole body comes back, then whatever the reader does
 *       with it) of an unchanged 1.3 MB page over a bare {@code Jsoup.parse} of the same page, in the same warm
 *       JVM;</li>
 *   <li>the heap after a full GC with those sources cached and {@code subscribers} subscribers.</li>
 * </ol>
 * Arguments: {@code sources=50 warmup=60 warmup-max=300 window=120 subscribers=100000}. Run by bench/scale.sh.
 */
public final class SourcesBench {

    private static final int UPDATES = 400;
    private static final int BYTES = 1_300_000;
    private static final String PROBE = "Bench Probe";

    private SourcesBench() {
    }

    public static void main(String[] args) throws Exception {
        int sources = intArg(args, "sources", 50);
        int warmup = intArg(args, "warmup", 60);
        int window = intArg(args, "window", 120);
        int warmupMax = intArg(args, "warmup-max", 300);
        int subscribers = intArg(args, "subscribers", 100_000);
        long started = System.currentTimeMillis();
        Pages pages = new Pages(started, sources);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.createContext("/live/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String which = path.substring("/live/".length());
            byte[] body = which.equals("probe") ? pages.probe() : pages.now(Integer.parseInt(which));
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/live/";
        Path data = Files.createTempDirectory("sitrep-sources-bench");
        try (FakeBotApi telegram = new FakeBotApi()) {
            // getUpdates long-polls as with Telegram (the default 25 s timeout, held in full), not several times a second.
            telegram.holdLongPollsUpTo(Duration.ofSeconds(25));
            List<String> appArgs = new ArrayList<>(List.of(
                    "--sitrep.telegram.token=" + FakeBotApi.TOKEN,
                    "--sitrep.telegram.api-url=" + telegram.url(),
                    "--server.port=0", "--management.server.port=0",
                    "--spring.datasource.url=jdbc:h2:file:" + data.resolve("sitrep").toAbsolutePath(),
                    "--logging.level.io.sitrep=WARN"));
            for (int i = 0; i < sources; i++) {
                appArgs.addAll(source(i, "Bench Live " + i, base + i, "30s"));
            }
            // The probe is polled by hand below; its own schedule only reads it once, at start.
            appArgs.addAll(source(sources, PROBE, base + "probe", "24h"));
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SitrepApplication.class)
                    .run(appArgs.toArray(String[]::new))) {
                SourceStatus status = app.getBean(SourceStatus.class);
                waitFor(Duration.ofMinutes(5), () -> {
                    for (int i = 0; i < sources; i++) {
                        if (status.of("Bench Live " + i).lastSuccess() == null) {
                            return false;
                        }
                    }
                    return status.of(PROBE).lastSuccess() != null;
                });
                System.out.printf(Locale.ROOT, "%d sources read once (baseline) %d s after the start%n", sources + 1,
                        (System.currentTimeMillis() - started) / 1000);

                var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
                var jit = ManagementFactory.getCompilationMXBean();
                // Steady state, as a bot polling for days runs: at least the warm-up, then until the JIT compiler
                // has settled (under 1 s of compiling in 30 s of polling), at most warmup-max seconds in all.
                long warmupStarted = System.nanoTime() / 1_000_000;
                Thread.sleep(warmup * 1000L);
                long warmedAt = System.currentTimeMillis();
                long settledBy = warmedAt + Math.max(0, warmupMax - warmup) * 1000L;
                long compiling = jit.getTotalCompilationTime();
                boolean settled = false;
                while (!settled && System.currentTimeMillis() < settledBy) {
                    Thread.sleep(30_000);
                    long now = jit.getTotalCompilationTime();
                    settled = now - compiling < 1_000;
                    compiling = now;
                }
                System.out.printf(Locale.ROOT, "warm-up: %d s in all, the JIT %s%n",
                        warmup + (System.currentTimeMillis() - warmedAt) / 1000,
                        settled ? "settled (under 1 s of compiling in the last 30 s)" : "still compiling at warmup-max");
                long compile0 = jit.getTotalCompilationTime();
                long compilerThreads0 = compilerThreadsCpuNanos();
                long cpu0 = os.getProcessCpuTime();
                long wall0 = System.nanoTime();
                long entries0 = app.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM entry").query(Long.class).single();
                Thread.sleep(window * 1000L);
                long cpu = os.getProcessCpuTime() - cpu0;
                long wall = System.nanoTime() - wall0;
                long entries = app.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM entry").query(Long.class).single();
                double cpuPct = 100.0 * cpu / wall;
                long compiledMillis = jit.getTotalCompilationTime() - compile0;
                long compilerCpu = compilerThreadsCpuNanos() - compilerThreads0;
                System.out.printf(Locale.ROOT, "%d sources polled every 30 s for %d s (after %d s of warm-up in all): %d new "
                                + "entries recorded, process CPU %.1f s = %.2f %% of one core (the JIT compiled for %.1f s "
                                + "of it, counted)%n",
                        sources, window, (wall0 / 1_000_000 - warmupStarted) / 1000, entries - entries0, cpu / 1e9, cpuPct,
                        compiledMillis / 1e3);
                System.out.printf(Locale.ROOT, "  of which the JIT compiler threads: %.1f s = %.2f %% of one core; "
                                + "everything else %.2f %%%n", compilerCpu / 1e9, 100.0 * compilerCpu / wall,
                        100.0 * (cpu - compilerCpu) / wall);
                if (entries - entries0 < sources * (window / 60L) / 2) {
                    throw new IllegalStateException("the changing pages were not all read: " + (entries - entries0) + " new entries");
                }

                // The 50 sources go on polling meanwhile (stopping the poller interrupts a poll that may be inside H2,
                // which closes the database): poll and parse are timed in turn, under the same load.
                SourcePoller poller = app.getBean(SourcePoller.class);
                SitrepProperties.Source probe = app.getBean(SitrepProperties.class).sources().stream()
                        .filter(s -> s.name().equals(PROBE)).findFirst().orElseThrow();
                byte[] page = pages.probe();
                String html = new String(page, StandardCharsets.UTF_8);
                long[] pollNanos = new long[60];
                long[] parseNanos = new long[60];
                for (int round = 0; round < 3; round++) { // the last round counts, the others warm both up
                    for (int i = 0; i < pollNanos.length; i++) {
                        long t0 = System.nanoTime();
                        EntryTracker.Changes changes = poller.poll(probe);
                        pollNanos[i] = System.nanoTime() - t0;
                        if (changes == null || !changes.isEmpty()) {
                            throw new IllegalStateException("the unchanged probe page read as " + changes);
                        }
                        t0 = System.nanoTime();
                        if (Jsoup.parse(html, probe.url()).body() == null) {
                            throw new IllegalStateException("no body");
                        }
                        parseNanos[i] = System.nanoTime() - t0;
                    }
                }
                double pollMs = median(pollNanos) / 1e6;
                double parseMs = median(parseNanos) / 1e6;
                System.out.printf(Locale.ROOT, "unchanged %.2f MB page, no validators: poll %.2f ms, bare Jsoup parse %.2f ms "
                        + "(medians of %d), unchanged_poll_ratio %.2f%n", page.length / 1e6, pollMs, parseMs,
                        pollNanos.length, pollMs / parseMs);

                JdbcClient jdbc = app.getBean(JdbcClient.class);
                jdbc.sql("INSERT INTO subscriber (chat_id, chat_type, title, since, active) "
                                + "SELECT x, 'private', NULL, ?, TRUE FROM SYSTEM_RANGE(1, ?)")
                        .params(SqlTime.of(Instant.now()), subscribers).update();
                long cached = app.getBean(EntryCache.class).all().size();
                pages.forget();
                for (int i = 0; i < 3; i++) {
                    System.gc();
                    Thread.sleep(200);
                }
                long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                System.out.printf(Locale.ROOT, "heap after a full GC with %,d subscribers and %d sources cached (%,d entries): "
                        + "live_heap_mb %d (whole JVM: Sitrep, fake Bot API, page server)%n", subscribers, sources + 1,
                        cached, heap / (1024 * 1024));
                System.out.printf(Locale.ROOT, "SOURCES sources_50_cpu_pct=%.1f unchanged_poll_ratio=%.2f live_heap_mb=%d%n",
                        cpuPct, pollMs / parseMs, heap / (1024 * 1024));
            }
        } finally {
            server.stop(0);
            ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
        }
        System.exit(0);
    }

    private static List<String> source(int index, String name, String url, String interval) {
        String at = "--sitrep.sources[" + index + "].";
        return List.of(at + "name=" + name, at + "url=" + url, at + "allow-private=true", at + "poll-interval=" + interval);
    }

    /**
     * The pages served: source {@code i} gains one update a minute, its minutes offset by {@code i} so that changes
     * are spread over the minute. A page is generated once per revision and shared by the sources at that revision.
     */
    private static final class Pages {
        private final long started;
        private final int sources;
        private final Map<Integer, byte[]> byRevision = new ConcurrentHashMap<>();
        private volatile byte[] probe = LiveBlogPageGenerator.page(UPDATES, BYTES).getBytes(StandardCharsets.UTF_8);

        Pages(long started, int sources) {
            this.started = started;
            this.sources = sources;
        }

        byte[] now(int source) {
            long offset = 60_000L * source / sources;
            int revision = (int) ((System.currentTimeMillis() - started + offset) / 60_000);
            byRevision.keySet().removeIf(r -> r < revision - 2);
            return byRevision.computeIfAbsent(revision,
                    r -> LiveBlogPageGenerator.page(UPDATES + r, BYTES).getBytes(StandardCharsets.UTF_8));
        }

        byte[] probe() {
            return probe;
        }

        /** Drops the generated pages, so the heap measured is Sitrep's. */
        void forget() {
            byRevision.clear();
            probe = new byte[0];
        }
    }

    /**
     * CPU time of the JIT's compiler threads (C1, C2), read from Linux's per-thread stat files; 0 where there are
     * none (another OS).
     */
    private static long compilerThreadsCpuNanos() {
        long ticks = 0;
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
                    }
                } catch (java.io.IOException | RuntimeException e) {
                    // a thread that ended meanwhile
                }
            }
        } catch (java.io.IOException e) {
            return 0;
        }
        return ticks * 10_000_000L; // USER_HZ = 100
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void waitFor(Duration limit, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("gave up waiting after " + limit);
            }
            Thread.sleep(100);
        }
    }

    private static int intArg(String[] args, String name, int fallback) {
        return Arrays.stream(args).filter(a -> a.startsWith(name + "=")).map(a -> Integer.parseInt(a.substring(name.length() + 1)))
                .findFirst().orElse(fallback);
    }
}
