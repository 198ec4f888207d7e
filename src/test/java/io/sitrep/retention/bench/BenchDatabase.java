package io.sitrep.retention.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;

import com.zaxxer.hikari.HikariDataSource;
import io.sitrep.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the retention benches share: a fresh H2 file database in a temporary folder, its subscribers and its size. */
final class BenchDatabase implements AutoCloseable {

    private final Path folder;
    private final String url;
    private final Path file;

    private BenchDatabase(Path folder) {
        this.folder = folder;
        this.url = "jdbc:h2:file:" + folder.resolve("sitrep").toAbsolutePath();
        this.file = folder.resolve("sitrep.mv.db");
    }

    static BenchDatabase create(String name) throws java.io.IOException {
        return new BenchDatabase(Files.createTempDirectory(name));
    }

    String url() {
        return url;
    }

    Path file() {
        return file;
    }

    /** A connection pool of its own on the database (outside the application). */
    HikariDataSource pool() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername("sa");
        pool.setPassword("");
        return pool;
    }

    /** {@code count} active private chats, their ids spread as Telegram's are (about 80,000 apart at 100,000). */
    static void insertSubscribers(JdbcClient jdbc, int count, Instant since) {
        jdbc.sql("INSERT INTO subscriber (chat_id, chat_type, title, since, active) "
                        + "SELECT x * 80021 + MOD(x * 7919, 80021), 'private', NULL, ?, TRUE FROM SYSTEM_RANGE(1, ?)")
                .params(SqlTime.of(since), count).update();
    }

    /** The file's size once H2 has rewritten it without its free space (the database is closed by this). */
    long compactedSize() throws Exception {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement sql = c.createStatement()) {
            sql.execute("SHUTDOWN COMPACT");
        }
        return Files.size(file);
    }

    static int intArg(String[] args, String name, int fallback) {
        for (String arg : args) {
            if (arg.startsWith(name + "=")) {
                return Integer.parseInt(arg.substring(name.length() + 1));
            }
        }
        return fallback;
    }

    /** Deletes the folder. */
    @Override
    public void close() {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception ignored) {
            // a temporary directory; the OS cleans it eventually
        }
    }
}
