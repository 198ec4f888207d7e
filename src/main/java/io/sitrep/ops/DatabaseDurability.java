package io.sitrep.ops;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import io.sitrep.shared.InvalidSettingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * What a crash of Sitrep or of its database can cost, read from the database itself: at start-up (once every bean
 * is created, so the check does not hold up their creation while the schema migrates) it is logged (a warning when
 * commits may be lost), an H2 database that would delay commits is made to write them at once or refused, and the
 * health details show it.
 */
class DatabaseDurability implements SmartInitializingSingleton {

    /** How commits reach the disk. */
    public enum Mode {
        /** Each commit is on disk before it returns: a crash repeats at most the messages in flight. */
        DURABLE,
        /** Recent commits may be lost in a crash of the database server: confirmed sends may be sent again. */
        DELAYED,
        /** An in-memory database: nothing survives a restart. */
        MEMORY
    }

    /** The mode, the database product, and the settings it was read from. */
    public record Report(Mode mode, String database, Map<String, Object> settings, String warning) {
    }

    private static final Logger log = LoggerFactory.getLogger(DatabaseDurability.class);

    private final DataSource dataSource;

    DatabaseDurability(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            checkAtStart();
        } catch (SQLException e) {
            throw new IllegalStateException("The database's durability could not be read: " + e.getMessage(), e);
        }
    }

    /** Reads the durability, makes an H2 database write each commit at once (or refuses it), and logs the result. */
    void checkAtStart() throws SQLException {
        Report report = read(true);
        if (report.warning() != null) {
            log.warn("Database durability: {} ({}): {}", report.mode(), report.database(), report.warning());
        } else {
            log.info("Database durability: {} ({}, {})", report.mode(), report.database(), report.settings());
        }
    }

    /** The durability the database has now. */
    Report report() throws SQLException {
        return read(false);
    }

    private Report read(boolean atStart) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String product = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
            if (DurableH2Url.isH2(meta.getURL())) {
                return h2(connection, product, meta.getURL(), atStart);
            }
            if (meta.getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
                return postgres(connection, product);
            }
            return new Report(Mode.DURABLE, product, Map.of(), null);
        }
    }

    private static Report h2(Connection connection, String product, String url, boolean atStart) throws SQLException {
        if (DurableH2Url.isInMemory(url)) {
            return new Report(Mode.MEMORY, product, Map.of(), null);
        }
        int delay = h2WriteDelay(connection);
        if (delay != 0 && atStart) {
            // Reached only when the pool was not completed (not Hikari) or a stored setting won: set it for the database.
            try (Statement sql = connection.createStatement()) {
                sql.execute("SET WRITE_DELAY 0");
            } catch (SQLException e) {
                throw new InvalidSettingException(DurableH2Url.PROPERTY, "H2 delays writing commits by " + delay
                        + " ms and Sitrep could not turn that off (" + e.getMessage().lines().findFirst().orElse("")
                        + "); add ;WRITE_DELAY=0 or connect as an admin user");
            }
            log.info("H2 delayed commits by {} ms; set WRITE_DELAY 0 for the database", delay);
            delay = h2WriteDelay(connection);
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("writeDelayMs", delay);
        return delay == 0
                ? new Report(Mode.DURABLE, product, settings, null)
                : new Report(Mode.DELAYED, product, settings, "H2 keeps the last " + delay + " ms of commits in memory: "
                        + "a crash sends the messages confirmed in that time again");
    }

    /** H2 lists a stored WRITE_DELAY and the one in effect; the larger is the one that can cost messages. */
    private static int h2WriteDelay(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
             ResultSet rs = sql.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            int delay = 0;
            while (rs.next()) {
                delay = Math.max(delay, Integer.parseInt(rs.getString(1).trim()));
            }
            return delay;
        }
    }

    private static Report postgres(Connection connection, String product) throws SQLException {
        String synchronousCommit = show(connection, "synchronous_commit");
        String fsync = show(connection, "fsync");
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("synchronous_commit", synchronousCommit);
        settings.put("fsync", fsync);
        if (fsync.equalsIgnoreCase("off")) {
            return new Report(Mode.DELAYED, product, settings, "PostgreSQL runs with fsync off: a crash of the database "
                    + "server can lose or corrupt recent commits, so confirmed messages may be sent again and "
                    + "commands Telegram was told arrived may be lost; turn fsync on");
        }
        if (synchronousCommit.equalsIgnoreCase("off")) {
            return new Report(Mode.DELAYED, product, settings, "PostgreSQL synchronous_commit is off: a crash of the "
                    + "database server loses the last commits (up to three times wal_writer_delay), so messages "
                    + "already confirmed by Telegram are sent again and commands Telegram was told arrived are lost; "
                    + "set synchronous_commit to on");
        }
        return new Report(Mode.DURABLE, product, settings, null);
    }

    private static String show(Connection connection, String setting) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet rs = sql.executeQuery("SHOW " + setting)) {
            return rs.next() ? rs.getString(1) : "unknown";
        }
    }
}
