package io.sitrep.retention.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import com.zaxxer.hikari.HikariDataSource;
import io.sitrep.SitrepApplication;
import io.sitrep.delivery.DeliveredInBulk;
import io.sitrep.editor.AuditLog;
import io.sitrep.ops.MutableClock;
import io.sitrep.retention.RetentionWorker;
import io.sitrep.source.Entry;
import io.sitrep.source.EntryKind;
import io.sitrep.source.EntryTracker;
import io.sitrep.source.ParsedPage;
import org.flywaydb.core.Flyway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database after 30 simulated days: S subscribers, each following everything as /start leaves a chat, most of
 * them plain (GMT, English; {@code others-per-mille} read in another zone or language, half each), a daily live blog
 * of 40 UPDATEs a day read through the application's own entry tracking (so each UPDATE is analysed, rendered and
 * queued by the application: its message texts, the first chunk of outbox rows, the rows of the chats that are not
 * plain, the fan-out's cursor), an edit every third day of an UPDATE already sent, a few editors' audit records a
 * day, the clock moved forward 36 minutes per UPDATE and a retention round at its defaults after every
 * {@code rounds-every} UPDATEs (Sitrep runs one every 5 minutes; a round is idempotent, so fewer rounds only leave
 * rows a little longer before they go, and the file a little larger). Telegram is stood in for
 * ({@link DeliveredInBulk}): the plain rows of each push and the rest of its fan-out are stored as the packer stores
 * them once sent, and the rows of the other chats are marked sent in bulk SQL; one UPDATE every third day goes the
 * whole way instead, its fan-out written out by the application chunk by chunk, marked sent and packed by the
 * packer. Prints the file's size on disk at the end (what {@code bench/scale.sh} reports), what is in it, and how
 * long each simulated day took.
 * Arguments: {@code subscribers=100000 days=30 per-day=40 others-per-mille=10 rounds-every=2}.
 * Run: {@code java -Xmx1g -cp "$cp" io.sitrep.retention.bench.ThirtyDaysBench}.
 */
public final class ThirtyDaysBench {

    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    private static final String SOURCE = "Bench Daily";
    private static final String[] PLACES = {"Aleppo", "Idlib", "Daraa", "Homs", "Hama", "Deir ez-Zor", "Raqqa", "Latakia",
        "Douma", "Kharkiv", "Kherson", "Zaporizhzhia", "Bakhmut", "Odesa", "Khan Younis", "Rafah", "Gaza City", "Mosul"};
    private static final String[] CLAIMANTS = {"Local activists said", "The health ministry said", "State media reported",
        "A monitoring group said", "Rescue workers said", "The regional governor wrote on Telegram that",
        "Opposition fighters claimed", "The army said in a statement that"};
    private static final String[] EVENTS = {"%d people were killed in shelling of %s overnight",
        "%d civilians were wounded when a market in %s was hit", "a convoy carrying %d tonnes of aid reached %s",
        "%d fighters were captured in clashes north of %s", "air strikes on %s killed at least %d people",
        "drones struck an energy plant near %s, cutting power to %d homes"};

    private ThirtyDaysBench() {
    }

    public static void main(String[] args) throws Exception {
        int subscribers = BenchDatabase.intArg(args, "subscribers", 100_000);
        int days = BenchDatabase.intArg(args, "days", 30);
        int perDay = BenchDatabase.intArg(args, "per-day", 40);
        int othersPerMille = BenchDatabase.intArg(args, "others-per-mille", 10);
        int roundsEvery = BenchDatabase.intArg(args, "rounds-every", 2);
        long started = System.nanoTime();
        try (BenchDatabase db = BenchDatabase.create("sitrep-30-days")) {
            try (HikariDataSource pool = db.pool()) {
                Flyway.configure().dataSource(pool).locations("classpath:db/migration", "classpath:db/vendor/h2").load().migrate();
                JdbcClient jdbc = JdbcClient.create(pool);
                BenchDatabase.insertSubscribers(jdbc, subscribers, START);
                // Each follows "all", as /start leaves a chat.
                jdbc.sql("INSERT INTO subscription_topic (chat_id, thread_id, topic, created_at) "
                        + "SELECT chat_id, 0, 'all', since FROM subscriber").update();
                // Readers not in GMT and English: half in another zone, half in another language.
                jdbc.sql("INSERT INTO chat_settings (chat_id, time_zone) SELECT chat_id, 'Europe/Kyiv' FROM subscriber "
                        + "WHERE MOD(chat_id, 2000) < ?").param(othersPerMille).update();
                jdbc.sql("INSERT INTO chat_settings (chat_id, language) SELECT chat_id, 'de' FROM subscriber "
                        + "WHERE MOD(chat_id, 2000) >= 1000 AND MOD(chat_id, 2000) < 1000 + ?").param(othersPerMille).update();
            }
            Path file = db.file();
            Map<String, Long> contents;
            long simulated;
            long running;
            MutableClock clock = new MutableClock(START);
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SitrepApplication.class)
                    .initializers(context -> context.getBeanFactory().registerSingleton("clock", clock))
                    .run(appArgs(db.url()))) {
                long simStarted = System.nanoTime();
                simulate(app, clock, days, perDay, roundsEvery, file);
                simulated = (System.nanoTime() - simStarted) / 1_000_000;
                contents = contents(app.getBean(JdbcClient.class));
                running = Files.size(file);
            }
            long closed = Files.size(file);
            long compacted = db.compactedSize();
            System.out.println();
            System.out.printf(Locale.ROOT, "Sitrep 30-day bench: %,d subscribers (%.1f %% of them in another zone or language), "
                    + "%d days of %d UPDATEs (H2 file, retention at its defaults)%n", subscribers, othersPerMille / 10.0, days, perDay);
            System.out.printf(Locale.ROOT, "  simulated in %,d ms (%,d ms in all with set-up)%n", simulated,
                    (System.nanoTime() - started) / 1_000_000);
            contents.forEach((what, n) -> System.out.printf(Locale.ROOT, "  %-28s %,d%n", what, n));
            System.out.printf(Locale.ROOT, "  database file after %d days: %,d bytes on disk while Sitrep runs, %,d once it has "
                    + "stopped (H2 compacts a little on closing), %,d compacted in full%n", days, running, closed, compacted);
            System.out.printf(Locale.ROOT, "db_mb_after_30_days=%d%n", Math.round(running / 1024.0 / 1024.0));
        }
        System.exit(0);
    }

    private static void simulate(ConfigurableApplicationContext app, MutableClock clock, int days, int perDay, int roundsEvery,
                                 Path file)
            throws InterruptedException {
        EntryTracker tracker = app.getBean(EntryTracker.class);
        RetentionWorker retention = app.getBean(RetentionWorker.class);
        AuditLog audit = app.getBean(AuditLog.class);
        DeliveredInBulk telegram = DeliveredInBulk.on(app);
        Random random = new Random(14);
        Duration step = Duration.ofDays(1).dividedBy(perDay);
        // The source's first read is a silent baseline.
        tracker.apply(List.of(page(0, List.of(entry(0, 0, random)))), SOURCE, true);
        int pushes = 0;
        int edits = 0;
        long[] phases = new long[3];
        for (int day = 1; day <= days; day++) {
            long dayStarted = System.nanoTime();
            List<Entry> today = new ArrayList<>();
            for (int n = 0; n < perDay; n++) {
                clock.advance(step);
                Entry entry = entry(day, n, random);
                today.add(0, entry);
                long t0 = System.nanoTime();
                tracker.apply(List.of(page(day, today)), SOURCE, true);
                phases[0] += System.nanoTime() - t0;
                pushes++;
                t0 = System.nanoTime();
                boolean wholeWay = day % 3 == 1 && n == perDay / 2;
                if (wholeWay) {
                    telegram.sendWholeWay(entry.id(), clock::instant);
                } else {
                    int sequence = pushes;
                    telegram.finishFanoutsAsPacks(entry.id(), clock.instant(), chat -> telegramId(chat, sequence));
                    telegram.markDueSent(entry.id(), clock.instant());
                }
                phases[1] += System.nanoTime() - t0;
                if (day % 3 == 0 && n == perDay / 2 + 3) {
                    // An UPDATE sent about two hours ago is corrected: every chat's message is edited.
                    int index = today.size() - 1 - (n - 3);
                    today.set(index, corrected(today.get(index)));
                    tracker.apply(List.of(page(day, today)), SOURCE, true);
                    telegram.markDueSent(today.get(index).id(), clock.instant());
                    edits++;
                }
                if (n % 8 == 0) {
                    audit.allowed(1000 + n, "broadcast", "a note to every subscriber about the day's coverage", 1);
                }
                if (pushes % roundsEvery == 0) {
                    t0 = System.nanoTime();
                    retention.pruneNow();
                    phases[2] += System.nanoTime() - t0;
                }
            }
            System.out.printf(Locale.ROOT, "day %2d: %,d UPDATEs pushed, %d edits; file %,d KB; the day took %,d ms (reading "
                            + "and queueing %,d, sending stood in for %,d, retention %,d)%n", day, pushes, edits, sizeKb(file),
                    (System.nanoTime() - dayStarted) / 1_000_000, phases[0] / 1_000_000, phases[1] / 1_000_000,
                    phases[2] / 1_000_000);
            java.util.Arrays.fill(phases, 0);
        }
    }

    /** A private chat's message ids count both sides of the conversation: a few more than the bot's pushes so far. */
    private static long telegramId(long chatId, int pushes) {
        return 20 + pushes + Math.floorMod(chatId * 31, 400);
    }

    private static ParsedPage page(int day, List<Entry> entries) {
        LocalDate date = LocalDate.ofInstant(START, ZoneOffset.UTC).plusDays(day);
        return new ParsedPage(pageUrl(day), "Bench Daily, " + date, date, List.copyOf(entries));
    }

    private static String pageUrl(int day) {
        return "https://news.example.org/live/day-" + day;
    }

    private static Entry entry(int day, int n, Random random) {
        List<String> paragraphs = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int p = 0; p < count; p++) {
            StringBuilder paragraph = new StringBuilder();
            int sentences = 1 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                String place = PLACES[random.nextInt(PLACES.length)];
                String event = EVENTS[random.nextInt(EVENTS.length)];
                int number = 2 + random.nextInt(60);
                String what = event.indexOf("%s") < event.indexOf("%d")
                        ? String.format(Locale.ROOT, event, place, number) : String.format(Locale.ROOT, event, number, place);
                paragraph.append(s == 0 ? "" : " ").append(CLAIMANTS[random.nextInt(CLAIMANTS.length)]).append(' ')
                        .append(what).append('.');
            }
            paragraphs.add(paragraph.toString());
        }
        Instant time = START.plus(Duration.ofDays(day)).plus(Duration.ofDays(1).dividedBy(40).multipliedBy(n + 1));
        String text = String.join("\n", paragraphs);
        String headline = paragraphs.get(0).split("\\. ", 2)[0];
        return new Entry("d" + day + "-u" + n, SOURCE, pageUrl(day), EntryKind.UPDATE, time, headline, paragraphs,
                List.of(), List.of(), Integer.toHexString(text.hashCode()), 0);
    }

    private static Entry corrected(Entry entry) {
        List<String> paragraphs = new ArrayList<>(entry.paragraphs());
        paragraphs.set(0, paragraphs.get(0).replaceFirst("\\d+", "a dozen"));
        String text = String.join("\n", paragraphs);
        return new Entry(entry.id(), entry.source(), entry.pageUrl(), entry.kind(), entry.time(), entry.headline(), paragraphs,
                entry.links(), entry.media(), Integer.toHexString(text.hashCode()), entry.position());
    }

    private static Map<String, Long> contents(JdbcClient jdbc) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("entry", "entry_place", "message", "outbox", "sent_pack", "push_fanout", "audit_log", "subscriber")) {
            counts.put(table + " rows", jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
        }
        counts.put("chats in sent packs", jdbc.sql("SELECT COALESCE(SUM(chats), 0) FROM sent_pack").query(Long.class).single());
        return counts;
    }

    private static String[] appArgs(String url) {
        return new String[] {
            // H2 reuses a dead chunk's space only once it is RETENTION_TIME (45 s by default) old on the wall clock, which
            // a simulation some thousands of times faster than real time never waits for; 1 s keeps the proportion.
            "--spring.datasource.url=" + url + ";RETENTION_TIME=1000",
            "--sitrep.delivery.enabled=false",
            // A large lead makes the fan-out write 10,000 chats a chunk, as it does at a paid rate.
            "--sitrep.delivery.global-per-second=200",
            "--sitrep.polling.enabled=false",
            "--sitrep.console.enabled=false",
            // Rounds are run by the simulation after each UPDATE, on the simulated clock; every period is the default.
            "--sitrep.retention.enabled=false",
            "--sitrep.http.enabled=false",
            "--logging.level.io.sitrep=WARN"};
    }

    private static long sizeKb(Path file) {
        try {
            return Files.size(file) / 1024;
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
