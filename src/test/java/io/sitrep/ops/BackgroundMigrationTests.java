package io.sitrep.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import io.sitrep.SitrepApplication;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class BackgroundMigrationTests {

    @TempDir
    Path data;

    @Test
    void theFirstQueryFindsTheSchemaMigratedThoughTheMigrationRunsOnItsOwnThread() throws Exception {
        JdbcDataSource pool = new JdbcDataSource();
        pool.setURL("jdbc:h2:mem:migration-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        BackgroundMigration migration = new BackgroundMigration();
        MigratedDataSource application = new MigratedDataSource(pool, migration);

        migration.migrate(Flyway.configure().dataSource(application)
                .locations("classpath:db/migration", "classpath:db/vendor/h2").load());

        try (Connection c = application.getConnection(); Statement sql = c.createStatement();
             ResultSet rs = sql.executeQuery("SELECT COUNT(*) FROM subscriber")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void aFailedMigrationStillStopsStartUpNamingTheScript(CapturedOutput output) {
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(SitrepApplication.class).run(
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("sitrep").toAbsolutePath(),
                "--spring.flyway.locations=classpath:db/migration,classpath:db/vendor/h2,classpath:io/sitrep/ops/broken-migration",
                "--sitrep.console.enabled=false", "--sitrep.polling.enabled=false", "--sitrep.delivery.enabled=false")
                .close());

        assertThat(failure).isNotNull().hasRootCauseInstanceOf(org.h2.jdbc.JdbcSQLSyntaxErrorException.class);
        assertThat(causes(failure)).anyMatch(t -> t instanceof FlywayException && t.getMessage().contains("V9999__broken.sql"));
        assertThat(output.getOut()).doesNotContain("Started SitrepApplication");
    }

    private static java.util.List<Throwable> causes(Throwable failure) {
        java.util.List<Throwable> all = new java.util.ArrayList<>();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.add(t);
        }
        return all;
    }
}
