package io.sitrep.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.sitrep.shared.InvalidSettingException;
import io.sitrep.SitrepApplication;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** Sitrep, not the spelling of the database URL, decides that each commit is on disk before a send is confirmed. */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseDurabilityTests {

    @TempDir
    Path data;

    @Test
    void bareFileUrlIsCompletedToWriteEachCommitAtOnce() {
        assertThat(DurableH2Url.complete("jdbc:h2:file:/srv/sitrep/db"))
                .isEqualTo("jdbc:h2:file:/srv/sitrep/db;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
        assertThat(DurableH2Url.complete("jdbc:h2:./data/sitrep;"))
                .isEqualTo("jdbc:h2:./data/sitrep;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
        assertThat(DurableH2Url.complete("jdbc:h2:tcp://db.internal/sitrep;MODE=PostgreSQL"))
                .isEqualTo("jdbc:h2:tcp://db.internal/sitrep;MODE=PostgreSQL;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
    }

    @Test
    void urlThatAlreadyWritesAtOnceKeepsItsOwnSettings() {
        assertThat(DurableH2Url.complete("jdbc:h2:file:./data/sitrep;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"))
                .isEqualTo("jdbc:h2:file:./data/sitrep;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        assertThat(DurableH2Url.complete("jdbc:h2:file:./data/sitrep;write_delay = 0;db_close_on_exit=true"))
                .isEqualTo("jdbc:h2:file:./data/sitrep;write_delay = 0;db_close_on_exit=true");
        assertThat(DurableH2Url.complete("jdbc:h2:mem:demo;DB_CLOSE_DELAY=-1")).isEqualTo("jdbc:h2:mem:demo;DB_CLOSE_DELAY=-1");
        assertThat(DurableH2Url.complete("jdbc:postgresql://127.0.0.1/sitrep")).isEqualTo("jdbc:postgresql://127.0.0.1/sitrep");
    }

    @Test
    void urlAskingForAWriteDelayIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> DurableH2Url.complete("jdbc:h2:file:./data/sitrep;WRITE_DELAY=0;Write_Delay=500"))
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> assertThat(e.property()).isEqualTo("spring.datasource.url"))
                .hasMessageStartingWith("Invalid setting spring.datasource.url: WRITE_DELAY=500 ");
        assertThat(DurableH2Url.complete("jdbc:h2:file:./x;INIT=SET WRITE_DELAY 0\\;SET TRACE_LEVEL_FILE 0"))
                .endsWith(";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
    }

    @Test
    void writeDelayInTheUrlStopsStartUpWithOneLine(CapturedOutput output) {
        Throwable failure = start("jdbc:h2:file:" + data.resolve("sitrep") + ";USER=sa;WRITE_DELAY=500");

        assertThat(failure).isNotNull();
        assertThat(output.getOut() + output.getErr())
                .contains("Invalid setting spring.datasource.url: WRITE_DELAY=500 lets H2 keep the last commits in memory")
                .doesNotContain("\tat ").doesNotContain("USER=sa");
    }

    @Test
    void writeDelayInTheDriverPropertiesStopsStartUpToo(CapturedOutput output) {
        Throwable failure = start("jdbc:h2:file:" + data.resolve("sitrep"),
                "--spring.datasource.hikari.data-source-properties.WRITE_DELAY=300");

        assertThat(failure).isNotNull();
        assertThat(output.getOut() + output.getErr())
                .contains("Invalid setting spring.datasource.hikari.data-source-properties.WRITE_DELAY: WRITE_DELAY=300")
                .doesNotContain("\tat ");
    }

    @Test
    void operatorsBareUrlRunsWithEveryCommitWrittenAtOnceAndSaysSo(CapturedOutput output) throws Exception {
        String bare = "jdbc:h2:file:" + data.resolve("sitrep").toAbsolutePath();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SitrepApplication.class).run(args(bare))) {
            assertThat(writeDelays(app.getBean(DataSource.class))).containsOnly(0);
            assertThat(app.getBean(DatabaseDurability.class).report().mode()).isEqualTo(DatabaseDurability.Mode.DURABLE);
            assertThat(app.getBean(DurabilityHealthIndicator.class).health().getDetails())
                    .containsEntry("mode", "DURABLE").containsEntry("writeDelayMs", 0);
        }
        assertThat(output.getOut()).contains("spring.datasource.url completed with WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE")
                .contains("Database durability: DURABLE (H2 ").doesNotContain(bare);
    }

    @Test
    void aPoolSitrepDidNotCompleteIsMadeToWriteAtOnceAtStart() throws Exception {
        JdbcDataSource plain = new JdbcDataSource();
        plain.setURL("jdbc:h2:file:" + data.resolve("plain").toAbsolutePath());
        plain.setUser("sa");
        try (Connection keepOpen = plain.getConnection()) {
            assertThat(writeDelays(plain)).contains(500);
            DatabaseDurability durability = new DatabaseDurability(plain);

            durability.checkAtStart();

            assertThat(writeDelays(plain)).containsOnly(0);
            assertThat(durability.report().mode()).isEqualTo(DatabaseDurability.Mode.DURABLE);
        }
    }

    @Test
    void inMemoryDatabaseIsReportedAsSuch() throws Exception {
        JdbcDataSource memory = new JdbcDataSource();
        memory.setURL("jdbc:h2:mem:durability-" + System.nanoTime());
        assertThat(new DatabaseDurability(memory).report().mode()).isEqualTo(DatabaseDurability.Mode.MEMORY);
    }

    @Test
    void postgresWithSynchronousCommitOffIsAWarningNamingTheRisk(CapturedOutput output) throws Exception {
        try (TestDatabase db = TestDatabase.postgresOrSkip()) {
            DataSource pool = db.migrated();
            DatabaseDurability durability = new DatabaseDurability(pool);
            assertThat(durability.report().mode()).isEqualTo(DatabaseDurability.Mode.DURABLE);
            assertThat(durability.report().settings()).containsEntry("synchronous_commit", "on");
            try (Connection c = pool.getConnection(); Statement sql = c.createStatement()) {
                sql.execute("ALTER DATABASE " + c.getCatalog() + " SET synchronous_commit = off");
            }
            db.migrated().getHikariPoolMXBean().softEvictConnections();

            durability.checkAtStart();

            DatabaseDurability.Report report = durability.report();
            assertThat(report.mode()).isEqualTo(DatabaseDurability.Mode.DELAYED);
            assertThat(report.warning()).startsWith("PostgreSQL synchronous_commit is off: a crash of the database server loses the last commits");
            assertThat(output.getOut()).contains("WARN").contains("Database durability: DELAYED (PostgreSQL")
                    .contains("synchronous_commit is off").contains("sent again");
            assertThat(new DurabilityHealthIndicator(durability).health().getDetails())
                    .containsEntry("mode", "DELAYED").containsEntry("synchronous_commit", "off").containsKey("warning");
        }
    }

    private static List<Integer> writeDelays(DataSource dataSource) throws Exception {
        List<Integer> delays = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement();
             ResultSet rs = sql.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            while (rs.next()) {
                delays.add(Integer.parseInt(rs.getString(1)));
            }
        }
        return delays;
    }

    private static Throwable start(String url, String... more) {
        return catchThrowable(() -> new SpringApplicationBuilder(SitrepApplication.class).run(args(url, more)).close());
    }

    private static String[] args(String url, String... more) {
        List<String> all = new ArrayList<>(List.of("--spring.datasource.url=" + url, "--sitrep.console.enabled=false",
                "--sitrep.polling.enabled=false", "--sitrep.delivery.enabled=false"));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
