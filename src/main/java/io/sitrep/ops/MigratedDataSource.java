package io.sitrep.ops;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The connection pool as the application sees it: a connection is handed out only once the schema is migrated
 * ({@link BackgroundMigration}), so beans are created while Flyway works and the first query waits for it.
 */
class MigratedDataSource extends DelegatingDataSource {

    private final BackgroundMigration migration;

    MigratedDataSource(DataSource pool, BackgroundMigration migration) {
        super(pool);
        this.migration = migration;
    }

    @Override
    public Connection getConnection() throws SQLException {
        migration.await();
        return super.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        migration.await();
        return super.getConnection(username, password);
    }
}
