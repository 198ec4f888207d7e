package io.sitrep.ops;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

/** Hands the application the connection pool as a {@link MigratedDataSource}, which waits for the migration. */
class MigratedDataSourcePostProcessor implements BeanPostProcessor {

    private final ObjectProvider<BackgroundMigration> migration;

    MigratedDataSourcePostProcessor(ObjectProvider<BackgroundMigration> migration) {
        this.migration = migration;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource pool && !(bean instanceof MigratedDataSource)) {
            return new MigratedDataSource(pool, migration.getObject());
        }
        return bean;
    }
}
