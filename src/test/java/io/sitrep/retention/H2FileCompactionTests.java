package io.sitrep.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After pruning, the H2 file's sparse chunks are rewritten, which H2 itself does not do with WRITE_DELAY=0. */
class H2FileCompactionTests {

    @TempDir
    Path data;

    @Test
    void prunedSpaceIsGatheredUpAgain() throws Exception {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl("jdbc:h2:file:" + data.resolve("db").toAbsolutePath() + ";WRITE_DELAY=0");
            pool.setUsername("sa");
            try (Connection c = pool.getConnection(); Statement sql = c.createStatement()) {
                sql.execute("SET RETENTION_TIME 0"); // let chunks be rewritten at once rather than after 45 s
                sql.execute("CREATE TABLE t (id BIGINT PRIMARY KEY, v VARCHAR(100))");
                for (int batch = 0; batch < 40; batch++) {
                    sql.execute("INSERT INTO t SELECT x, REPEAT('x', 80) FROM SYSTEM_RANGE(" + (batch * 5000 + 1) + ", " + (batch + 1) * 5000 + ")");
                }
                for (int batch = 0; batch < 40; batch++) {
                    sql.execute("DELETE FROM t WHERE id <= " + (batch + 1) * 5000 + " AND MOD(id, 10) <> 0");
                }
                MVStore store = H2FileCompaction.store(c);
                assertThat(store).isNotNull();
                int before = store.getFillRate();
                long sizeBefore = store.getFileStore().size();

                new H2FileCompaction(pool, Duration.ofSeconds(10)).run();

                assertThat(store.getFillRate()).as("live share of the file, was %d%%", before).isGreaterThan(before * 2);
                assertThat(store.getFileStore().size()).as("file size, was %d", sizeBefore).isLessThan(sizeBefore / 2);
            }
        }
    }

    @Test
    void anInMemoryDatabaseIsLeftAlone() throws Exception {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl("jdbc:h2:mem:compaction-" + System.nanoTime());
            try (Connection c = pool.getConnection()) {
                assertThat(H2FileCompaction.store(c)).isNull();
            }
            new H2FileCompaction(pool, Duration.ofSeconds(1)).run();
        }
    }
}
