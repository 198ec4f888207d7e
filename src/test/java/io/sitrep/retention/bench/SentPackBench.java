package io.sitrep.retention.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.zaxxer.hikari.HikariDataSource;
import io.sitrep.SitrepApplication;
import io.sitrep.delivery.Outbox;
import io.sitrep.delivery.SentPacker;
import io.sitrep.shared.SqlTime;
import org.flywaydb.core.Flyway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What packing saves: on a fresh H2 file database with S subscribers, records P pushes through the application's own
 * enqueue path and fan-out, stands in for Telegram by marking each chunk of rows sent in bulk SQL (distinct Telegram
 * message ids, sent an hour ago), then runs the packer and prints the file size and the bytes per sent record before
 * and after, and the packer's time per 100,000 chats. Arguments: {@code subscribers=100000 pushes=10}.
 * Run: {@code java -cp "$cp" io.sitrep.retention.bench.SentPackBench}.
 */
public final class SentPackBench {

    private SentPackBench() {
    }

    public static void main(String[] args) throws Exception {
        int subscribers = BenchDatabase.intArg(args, "subscribers", 100_000);
        int pushes = BenchDatabase.intArg(args, "pushes", 10);
        try (BenchDatabase db = BenchDatabase.create("sitrep-pack-bench")) {
            String url = db.url();
            Path file = db.file();
            try (HikariDataSource pool = db.pool()) {
                Flyway.configure().dataSource(pool).locations("classpath:db/migration", "classpath:db/vendor/h2").load().migrate();
                BenchDatabase.insertSubscribers(JdbcClient.create(pool), subscribers, Instant.now());
            }
            long baseline = db.compactedSize();

            long recordStarted = System.nanoTime();
            long records = record(url, subscribers, pushes);
            long recordMillis = (System.nanoTime() - recordStarted) / 1_000_000;
            long rawBefore = Files.size(file);
            long before = db.compactedSize();

            long packed;
            long packNanos;
            long packBytes;
            long outboxLeft;
            long packRows;
            try (HikariDataSource pool = db.pool()) {
                SentPacker packer = SentPacker.on(pool);
                Instant sentBefore = Instant.now().minus(Duration.ofMinutes(10));
                long started = System.nanoTime();
                packed = packer.packAll(sentBefore);
                packNanos = System.nanoTime() - started;
                JdbcClient jdbc = JdbcClient.create(pool);
                packBytes = jdbc.sql("SELECT COALESCE(SUM(OCTET_LENGTH(records)), 0) FROM sent_pack").query(Long.class).single();
                packRows = jdbc.sql("SELECT COUNT(*) FROM sent_pack").query(Long.class).single();
                outboxLeft = jdbc.sql("SELECT COUNT(*) FROM outbox").query(Long.class).single();
            }
            long rawAfter = Files.size(file);
            long after = db.compactedSize();

            System.out.println();
            System.out.printf(Locale.ROOT, "Sitrep sent-pack bench: %,d subscribers, %d pushes = %,d sent records (H2 file)%n",
                    subscribers, pushes, records);
            System.out.printf(Locale.ROOT, "  recorded through Outbox.enqueuePush and the fan-out in %,d ms; Telegram stood in "
                    + "for by bulk SQL marking each chunk sent (distinct Telegram ids), not by the sender%n", recordMillis);
            System.out.printf(Locale.ROOT, "  database file, subscribers only   %,d bytes (compacted)%n", baseline);
            System.out.printf(Locale.ROOT, "  before packing                    %,d bytes on disk, %,d compacted: %.1f bytes per sent record%n",
                    rawBefore, before, (double) (before - baseline) / records);
            System.out.printf(Locale.ROOT, "  after packing                     %,d bytes on disk, %,d compacted: %.1f bytes per sent record%n",
                    rawAfter, after, (double) (after - baseline) / records);
            System.out.printf(Locale.ROOT, "  packs                             %,d rows for %,d chats, %,d outbox rows left; "
                    + "records column %.2f bytes per chat%n", packRows, packed, outboxLeft, (double) packBytes / Math.max(1, packed));
            System.out.printf(Locale.ROOT, "  packer                            %,d ms in all, %.0f ms per 100,000 chats%n",
                    packNanos / 1_000_000, packNanos / 1e6 / Math.max(1, packed) * 100_000);
        }
        System.exit(0);
    }

    /** Records the pushes through the application (delivery, polling and retention off); returns the sent records. */
    private static long record(String url, int subscribers, int pushes) throws InterruptedException {
        List<String> appArgs = List.of(
                "--spring.datasource.url=" + url,
                "--sitrep.delivery.enabled=false",
                // A large lead makes the fan-out write 10,000 chats a chunk, as it does at a paid rate.
                "--sitrep.delivery.global-per-second=200",
                "--sitrep.polling.enabled=false",
                "--sitrep.console.enabled=false",
                "--sitrep.retention.enabled=false",
                "--sitrep.http.enabled=false",
                "--logging.level.io.sitrep=WARN");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SitrepApplication.class)
                .run(appArgs.toArray(String[]::new))) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            Outbox outbox = app.getBean(Outbox.class);
            TransactionTemplate transactions = app.getBean(TransactionTemplate.class);
            Instant sentAt = Instant.now().minus(Duration.ofHours(1));
            for (int p = 0; p < pushes; p++) {
                String id = "bench" + p;
                Instant now = Instant.now();
                String text = "<b>UPDATE " + p + "</b>\nOpposition activists say regime helicopters dropped barrel bombs on Darayya.";
                transactions.executeWithoutResult(status -> {
                    jdbc.sql("INSERT INTO entry (id, source, page_url, kind, published_at, headline, paragraphs, links, media, "
                                    + "version, position, first_seen, updated_at) VALUES (?, 'Bench Daily', 'https://example.org/live', "
                                    + "'UPDATE', ?, '', ?, '', '', 'v1', 0, ?, ?)")
                            .params(id, SqlTime.of(now), text, SqlTime.of(now), SqlTime.of(now)).update();
                    outbox.enqueuePush(id, "v1", List.of(text), now);
                });
                long sent = 0;
                long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
                while (sent < subscribers) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("push " + p + " stopped after " + sent + " chats");
                    }
                    int marked = jdbc.sql("UPDATE outbox SET state = 'SENT', sent_at = ?, telegram_message_id = 1000 + id, "
                                    + "sent_message_id = message_id WHERE state = 'PENDING' AND priority = 1")
                            .param(SqlTime.of(sentAt)).update();
                    sent += marked;
                    if (marked == 0) {
                        Thread.sleep(20); // the fan-out writes the next chunk now that fewer are waiting
                    }
                }
            }
            return jdbc.sql("SELECT COUNT(*) FROM outbox WHERE state = 'SENT'").query(Long.class).single();
        }
    }
}
