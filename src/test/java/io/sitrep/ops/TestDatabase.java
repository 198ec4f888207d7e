package io.sitrep.ops;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh database with Sitrep's schema for one test: an in-memory H2 one, or a new database on the PostgreSQL
 * server at 127.0.0.1:5432 (dropped on close). Without a reachable PostgreSQL the test is skipped, saying why.
 */
public final class TestDatabase implements AutoCloseable {

    public static final String POSTGRES_SERVER = System.getProperty("sitrep.test.postgres", "jdbc:postgresql://127.0.0.1:5432/");
    public static final String POSTGRES_USER = System.getenv().getOrDefault("PGUSER", "postgres");

    private final String url;
    private final String user;
    private final String dropName;
    private HikariDataSource dataSource;

    private TestDatabase(String url, String user, String dropName) {
        this.url = url;
        this.user = user;
        this.dropName = dropName;
    }

    public static TestDatabase of(String kind) {
        return kind.equals("postgres") ? postgresOrSkip() : h2();
    }

    public static TestDatabase h2() {
        return new TestDatabase("jdbc:h2:mem:sitrep-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", null);
    }

    /** A new, empty PostgreSQL database named sitrep_test_<random>; skips the calling test when there is no server. */
    public static TestDatabase postgresOrSkip() {
        String name = "sitrep_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(POSTGRES_SERVER + "postgres", POSTGRES_USER, "");
             Statement sql = admin.createStatement()) {
            sql.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            Assumptions.abort("PostgreSQL is not reachable at " + POSTGRES_SERVER + " as " + POSTGRES_USER + " ("
                    + e.getMessage() + "); start it (.ci/run does) to run the shared-database tests");
        }
        return new TestDatabase(POSTGRES_SERVER + name, POSTGRES_USER, name);
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    /** A pooled data source with the schema migrated (every Flyway migration, as the application runs them). */
    public synchronized HikariDataSource migrated() {
        if (dataSource == null) {
            dataSource = new HikariDataSource();
            dataSource.setJdbcUrl(url);
            dataSource.setUsername(user);
            dataSource.setPassword("");
            dataSource.setMaximumPoolSize(8);
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration",
                    "classpath:db/vendor/" + (dropName != null ? "postgresql" : "h2")).load().migrate();
        }
        return dataSource;
    }

    @Override
    public void close() {
        if (dataSource != null) {
            dataSource.close();
        }
        if (dropName != null) {
            try (Connection admin = DriverManager.getConnection(POSTGRES_SERVER + "postgres", user, "");
                 Statement sql = admin.createStatement()) {
                sql.execute("DROP DATABASE IF EXISTS " + dropName + " WITH (FORCE)");
            } catch (SQLException e) {
                throw new IllegalStateException("Could not drop test database " + dropName, e);
            }
        }
    }
}
