package io.sitrep.delivery.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.sitrep.SitrepApplication;
import io.sitrep.shared.SqlTime;
import io.sitrep.chat.FakeBotApi;
import io.sitrep.delivery.Outbox;
import io.sitrep.source.LivePage;
import io.sitrep.source.SourceStatus;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Pushes one new UPDATE to many subscribers through the whole application against {@link LimitedBotApi} and prints
 * the sustained rate, 429s, the time until the push is recorded for every subscriber, the outbox rows waiting at most, the peak heap and the delay to the first message.
 * Arguments: {@code subscribers=100000 window=60 paid=false rate=30 paid-rate=1000 threads=8}. Run by bench/delivery.sh.
 */
public final class DeliveryBench {

    private DeliveryBench() {
    }

    public static void main(String[] args) throws Exception {
        int subscribers = intArg(args, "subscribers", 100_000);
        int window = intArg(args, "window", 60);
        boolean paid = Boolean.parseBoolean(arg(args, "paid", "false"));
        int rate = intArg(args, "rate", 30);
        int paidRate = intArg(args, "paid-rate", 1000);
        int threads = intArg(args, "threads", 8);
        int limit = paid ? paidRate : rate;

        Path data = Files.createTempDirectory("sitrep-bench");
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peakHeap = new AtomicLong();
        try (LimitedBotApi telegram = new LimitedBotApi(rate, paidRate); LivePage page = new LivePage(LivePage.sample())) {
            List<String> appArgs = new ArrayList<>(List.of(
                    "--sitrep.telegram.token=" + FakeBotApi.TOKEN,
                    "--sitrep.telegram.api-url=" + telegram.url(),
                    "--sitrep.telegram.poll-timeout=1s",
                    "--sitrep.sources[0].name=Bench Daily",
                    "--sitrep.sources[0].url=" + page.url(), "--sitrep.sources[0].allow-private=true",
                    "--sitrep.sources[0].poll-interval=1s",
                    "--sitrep.delivery.global-per-second=" + rate,
                    "--sitrep.delivery.paid-broadcast=" + paid,
                    "--sitrep.delivery.paid-per-second=" + paidRate,
                    "--sitrep.delivery.sender-threads=" + threads,
                    "--spring.datasource.url=jdbc:h2:file:" + data.resolve("sitrep").toAbsolutePath(),
                    "--logging.level.io.sitrep=WARN",
                    "--logging.level.io.sitrep.delivery.PushPlanner=INFO"));
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SitrepApplication.class)
                    .run(appArgs.toArray(String[]::new))) {
                SourceStatus status = app.getBean(SourceStatus.class);
                waitFor(Duration.ofSeconds(30), () -> status.of("Bench Daily").lastSuccess() != null);
                JdbcClient jdbc = app.getBean(JdbcClient.class);
                long seeded = System.nanoTime();
                jdbc.sql("INSERT INTO subscriber (chat_id, chat_type, title, since, active) "
                                + "SELECT x, 'private', NULL, ?, TRUE FROM SYSTEM_RANGE(1, ?)")
                        .params(SqlTime.of(Instant.now()), subscribers).update();
                System.out.printf(Locale.ROOT, "Seeded %,d subscribers in %d ms%n", subscribers,
                        (System.nanoTime() - seeded) / 1_000_000);
                System.gc();

                Thread sampler = new Thread(() -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                        try {
                            Thread.sleep(50);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
                sampler.setDaemon(true);
                sampler.start();

                AtomicLong peakWaiting = new AtomicLong();
                Thread rowSampler = new Thread(() -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        try {
                            peakWaiting.accumulateAndGet(jdbc.sql("SELECT COUNT(*) FROM outbox WHERE priority = 1 "
                                    + "AND state IN ('PENDING', 'SENDING')").query(Long.class).single(), Math::max);
                            Thread.sleep(100);
                        } catch (InterruptedException e) {
                            return;
                        } catch (RuntimeException e) {
                            return; // the context is closing
                        }
                    }
                });
                rowSampler.setDaemon(true);
                rowSampler.start();

                Outbox outbox = app.getBean(Outbox.class);
                page.serve(LivePage.sampleWithUpdate("UPDATE 2145 GMT:",
                        "Opposition activists say regime helicopters dropped barrel bombs on Darayya."));
                // The push is recorded for every subscriber once the entry's transaction commits: its first chunk of
                // rows and the fan-out cursor over the rest. Watched with a cheap query; checked after.
                waitFor(Duration.ofSeconds(60), () -> jdbc.sql("SELECT COUNT(*) FROM push_fanout f "
                        + "WHERE EXISTS (SELECT 1 FROM outbox o WHERE o.entry_id = f.entry_id)").query(Long.class).single() > 0);
                long recordedAt = System.currentTimeMillis();
                long counting = System.nanoTime();
                long reached = outbox.chatsReached(newest(jdbc).orElseThrow());
                long countMillis = (System.nanoTime() - counting) / 1_000_000;
                waitFor(Duration.ofSeconds(60), () -> telegram.delivered() > 0);
                int firstSecond = telegram.second();
                OffsetDateTime detected = jdbc.sql("SELECT MAX(first_seen) FROM entry").query(OffsetDateTime.class).single();
                long firstDelayMillis = telegram.firstDeliveryMillis() - detected.toInstant().toEpochMilli();
                Timer enqueue = app.getBean(MeterRegistry.class).timer("sitrep.outbox.enqueue");
                long recordedMillis = recordedAt - detected.toInstant().toEpochMilli();
                String plan = jdbc.sql("EXPLAIN SELECT o.id FROM outbox o JOIN message m ON m.id = o.message_id "
                                + "WHERE o.state = 'PENDING' AND o.priority = 1 AND o.next_attempt_at <= CURRENT_TIMESTAMP "
                                + "ORDER BY o.state, o.priority, o.id LIMIT 100")
                        .query(String.class).single().replaceAll("\\s+", " ");

                int from = firstSecond + 1;
                int to = from + window;
                waitFor(Duration.ofSeconds(window + 30), () -> telegram.second() >= to || telegram.delivered() >= subscribers);
                int end = Math.min(to, telegram.second());
                long inWindow = 0;
                long tooManyAfterFirst = 0;
                for (int s = from; s < end; s++) {
                    inWindow += telegram.deliveredInSecond(s);
                }
                for (int s = from; s <= telegram.second(); s++) {
                    tooManyAfterFirst += telegram.tooManyInSecond(s);
                }
                int seconds = end - from;
                long allWrittenAt = jdbc.sql("SELECT COUNT(*) FROM push_fanout").query(Long.class).single() == 0
                        ? System.currentTimeMillis() : -1;
                long rows = jdbc.sql("SELECT COUNT(*) FROM outbox WHERE priority = 1").query(Long.class).single();
                rowSampler.interrupt();
                double perSecond = seconds > 0 ? (double) inWindow / seconds : 0;
                sampler.interrupt();
                System.gc();
                long retained = memory.getHeapMemoryUsage().getUsed();

                System.out.println();
                System.out.printf(Locale.ROOT, "Sitrep delivery bench: %,d subscribers, one new UPDATE, limit %d/s%s, %d sender threads%n",
                        subscribers, limit, paid ? " (paid broadcast)" : "", threads);
                System.out.printf(Locale.ROOT, "  push recorded              for all %,d subscribers within %d ms of detection "
                                + "(first chunk of %,d rows and the cursor over the rest, in the entry's transaction of %d ms)%n",
                        subscribers, recordedMillis, Math.min(rows, 2000), (long) enqueue.max(TimeUnit.MILLISECONDS));
                System.out.printf(Locale.ROOT, "  chats the push will reach  %,d (as an editor's /correct counts them, in %d ms)%n",
                        reached, countMillis);
                System.out.printf(Locale.ROOT, "  outbox rows                %,d written by the end%s; at most %,d waiting at any time "
                                + "(written about a minute of sending ahead)%n", rows,
                        allWrittenAt < 0 ? " (the cursor is still moving)" : ", the last within "
                                + (allWrittenAt - detected.toInstant().toEpochMilli()) + " ms of detection",
                        peakWaiting.get());
                System.out.printf(Locale.ROOT, "  detection -> first message %d ms%n", firstDelayMillis);
                System.out.printf(Locale.ROOT, "  sustained rate             %.1f msg/s over %d s = %.3f of the limit%n",
                        perSecond, seconds, perSecond / limit);
                System.out.printf(Locale.ROOT, "  429 answers                %d in all, %d after the first second%n",
                        telegram.tooMany(), tooManyAfterFirst);
                System.out.printf(Locale.ROOT, "  delivered                  %,d (paid %,d)%n", telegram.delivered(), telegram.paidDelivered());
                System.out.printf(Locale.ROOT, "  heap used                  peak %d MB, %d MB live after a full GC at the end "
                                + "(whole JVM: Sitrep, fake Bot API, page server; -Xmx1g)%n",
                        peakHeap.get() / (1024 * 1024), retained / (1024 * 1024));
                StringBuilder series = new StringBuilder();
                for (int s = firstSecond; s < end; s++) {
                    series.append(telegram.deliveredInSecond(s));
                    if (telegram.tooManyInSecond(s) > 0) {
                        series.append("(429x").append(telegram.tooManyInSecond(s)).append(')');
                    }
                    series.append(' ');
                }
                System.out.printf(Locale.ROOT, "  delivered per second       %s%n", series.toString().trim());
                System.out.printf(Locale.ROOT, "  due-query plan             %s%n", plan.contains("index sorted")
                        ? "reads index OUTBOX_DUE in order (no sort)" : plan);
            }
        } finally {
            deleteQuietly(data);
        }
        System.exit(0);
    }

    /** The entry seen last (the bench's new UPDATE once it was read). */
    private static java.util.Optional<String> newest(JdbcClient jdbc) {
        return jdbc.sql("SELECT id FROM entry ORDER BY first_seen DESC, id LIMIT 1").query(String.class).optional();
    }

    private interface Check {
        boolean done() throws Exception;
    }

    private static void waitFor(Duration atMost, Check check) throws Exception {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!check.done()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out after " + atMost);
            }
            Thread.sleep(20);
        }
    }

    private static String arg(String[] args, String name, String fallback) {
        for (String a : args) {
            if (a.startsWith(name + "=")) {
                return a.substring(name.length() + 1);
            }
        }
        return fallback;
    }

    private static int intArg(String[] args, String name, int fallback) {
        return Integer.parseInt(arg(args, name, String.valueOf(fallback)));
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception e) {
            // a temp directory; the OS cleans up
        }
    }
}
