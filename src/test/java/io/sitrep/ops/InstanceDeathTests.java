package io.sitrep.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.sitrep.SitrepApplication;
import io.sitrep.chat.FakeBotApi;
import io.sitrep.source.LivePage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Sitrep processes on one PostgreSQL database (skipped without a server at 127.0.0.1:5432), sharing a push to
 * thousands of chats; the one that read the new UPDATE and queued the push is killed with SIGKILL a third of the way
 * through (both send its rows, claimed one by one). The other finishes the push: no chat loses it, and no more chats
 * get it twice than the dead one had sends in flight.
 */
class InstanceDeathTests {

    private static final int CHATS = 3_000;
    private static final int SENDER_THREADS = 8;
    private static final String SECRET = "instance-death-secret";

    @TempDir
    Path logs;

    @Test
    void theSurvivorFinishesAPushItsPeerWasKilledInTheMiddleOf() throws Exception {
        try (TestDatabase db = TestDatabase.postgresOrSkip(); FakeBotApi telegram = new FakeBotApi();
             LivePage page = new LivePage(LivePage.sample())) {
            telegram.keepSendBodies(false);
            telegram.delaySends(3);
            DataSource data = db.migrated();
            subscribe(data);

            Process a = launch(db, telegram, page, "a");
            Process b = launch(db, telegram, page, "b");
            try {
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                        .until(() -> count(data, "SELECT COUNT(*) FROM source_state") == 1
                                && count(data, "SELECT COUNT(*) FROM sitrep_instance") == 2);

                page.serve(LivePage.sampleWithUpdate("UPDATE 2145 GMT:",
                        "Opposition activists say regime helicopters dropped barrel bombs on Darayya."));
                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(5))
                        .until(() -> total(telegram) >= CHATS / 3);
                String holder = queuedThePush("a") ? "instance-a" : "instance-b";
                Process doomed = holder.equals("instance-a") ? a : b;
                Process survivor = doomed == a ? b : a;
                int inFlightAtKill = telegram.sendsInFlight();
                doomed.destroyForcibly();
                assertThat(doomed.waitFor(10, TimeUnit.SECONDS)).isTrue();
                int sentBeforeKill = total(telegram);
                assertThat(sentBeforeKill).as("killed before the push was done").isLessThan(CHATS);
                assertThat(survivor.isAlive()).isTrue();

                await().atMost(Duration.ofSeconds(90)).until(() -> telegram.sendCounts().size() >= CHATS);
                Thread.sleep(1500); // let anything extra arrive

                Map<Long, Integer> counts = telegram.sendCounts();
                long lost = 0;
                for (long chat = 1; chat <= CHATS; chat++) {
                    if (counts.getOrDefault(chat, 0) == 0) {
                        lost++;
                    }
                }
                int duplicates = counts.values().stream().mapToInt(n -> n - 1).sum();
                System.out.printf("Instance death: %s killed after %d of %d chats (%d sends in flight at the fake then, "
                                + "peak %d); the survivor finished: %d lost, %d duplicate(s)%n",
                        holder, sentBeforeKill, CHATS, inFlightAtKill, telegram.peakSendsInFlight(), lost, duplicates);
                assertThat(lost).isZero();
                assertThat(duplicates).isLessThanOrEqualTo(SENDER_THREADS);
                await().atMost(Duration.ofSeconds(10)).until(() ->
                        count(data, "SELECT COUNT(*) FROM outbox WHERE state <> 'SENT'") == 0);
            } catch (AssertionError | RuntimeException e) {
                System.out.printf("--- at failure: %d sends; outbox %s; fan-outs %d; instances %d%n", total(telegram),
                        states(data), count(data, "SELECT COUNT(*) FROM push_fanout"), count(data, "SELECT COUNT(*) FROM sitrep_instance"));
                System.out.println("--- claims: " + claims(data));
                if (System.getenv("SITREP_TEST_THREADDUMP") != null) {
                    for (Process p : List.of(a, b)) {
                        new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), String.valueOf(p.pid()), "Thread.print")
                                .redirectErrorStream(true).redirectOutput(new File(System.getenv("SITREP_TEST_THREADDUMP") + "-" + p.pid() + ".txt"))
                                .start().waitFor();
                    }
                }
                for (String name : List.of("a", "b")) {
                    List<String> lines = Files.readAllLines(logs.resolve(name + ".log"));
                    System.out.println("--- instance " + name + ", last lines:");
                    lines.subList(Math.max(0, lines.size() - 40), lines.size()).forEach(System.out::println);
                }
                throw e;
            } finally {
                for (Process p : List.of(a, b)) {
                    p.destroy();
                    p.waitFor(20, TimeUnit.SECONDS);
                    p.destroyForcibly();
                }
            }
        }
    }

    private static void subscribe(DataSource data) throws Exception {
        try (Connection c = data.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO subscriber (chat_id, chat_type, title, since, active) "
                     + "SELECT x, 'private', NULL, ?, TRUE FROM generate_series(1, ?) AS x")) {
            insert.setObject(1, OffsetDateTime.now());
            insert.setInt(2, CHATS);
            assertThat(insert.executeUpdate()).isEqualTo(CHATS);
        }
    }

    /** Whether this instance read the new UPDATE and wrote its push (the fan-out may then go on anywhere). */
    private boolean queuedThePush(String name) throws Exception {
        return Files.readString(logs.resolve(name + ".log")).contains("queued for");
    }

    private static List<String> claims(DataSource data) throws Exception {
        List<String> claims = new ArrayList<>();
        try (Connection c = data.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT claimed_by, COUNT(*), MIN(claim_expires_at), MAX(claim_expires_at), NOW() "
                     + "FROM outbox WHERE state = 'SENDING' GROUP BY claimed_by")) {
            while (rs.next()) {
                claims.add(rs.getString(1) + "=" + rs.getLong(2) + " expiring " + rs.getString(3) + ".." + rs.getString(4) + " now " + rs.getString(5));
            }
        }
        return claims;
    }

    private static Map<String, Long> states(DataSource data) throws Exception {
        Map<String, Long> states = new java.util.TreeMap<>();
        try (Connection c = data.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT state, COUNT(*) FROM outbox GROUP BY state")) {
            while (rs.next()) {
                states.put(rs.getString(1), rs.getLong(2));
            }
        }
        return states;
    }

    private static long count(DataSource data, String sql) throws Exception {
        try (Connection c = data.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Process launch(TestDatabase db, FakeBotApi telegram, LivePage page, String name) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), SitrepApplication.class.getName(),
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.user(),
                "--sitrep.telegram.token=" + FakeBotApi.TOKEN,
                "--sitrep.telegram.api-url=" + telegram.url(),
                "--sitrep.telegram.mode=webhook",
                "--sitrep.telegram.webhook-url=https://bot.example.org/hook",
                "--sitrep.telegram.webhook-secret=" + SECRET,
                "--sitrep.http.enabled=true",
                "--sitrep.sources[0].name=Test Daily",
                "--sitrep.sources[0].url=" + page.url(),
                "--sitrep.sources[0].allow-private=true",
                "--sitrep.sources[0].poll-interval=1s",
                "--sitrep.delivery.global-per-second=400",
                "--sitrep.delivery.sender-threads=" + SENDER_THREADS,
                "--sitrep.cluster.enabled=true",
                "--sitrep.cluster.instance-id=instance-" + name,
                "--sitrep.cluster.heartbeat=200ms",
                "--sitrep.cluster.claim-ttl=5s",
                "--logging.level.io.sitrep=INFO"));
        File log = Files.createFile(logs.resolve(name + ".log")).toFile();
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    }

    private static int total(FakeBotApi telegram) {
        return telegram.sendCounts().values().stream().mapToInt(Integer::intValue).sum();
    }
}
