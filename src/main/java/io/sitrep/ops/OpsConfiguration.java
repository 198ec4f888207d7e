package io.sitrep.ops;

import java.time.Clock;
import java.util.Optional;

import javax.sql.DataSource;

import io.sitrep.shared.SitrepMode;
import io.sitrep.shared.SitrepProperties;
import io.sitrep.chat.TelegramStatus;
import io.sitrep.delivery.Outbox;
import io.sitrep.delivery.OutboxClaims;
import io.sitrep.source.EntryCache;
import io.sitrep.source.EntryStore;
import io.sitrep.source.SourceStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Operations: health indicators, Sitrep's metrics, and what lets several instances share one database. */
@Configuration(proxyBeanMethods = false)
class OpsConfiguration {

    /** Static: it must see the connection pool before anything connects (see {@link DurableDataSourcePostProcessor}). */
    @Bean
    static DurableDataSourcePostProcessor durableDataSourcePostProcessor() {
        return new DurableDataSourcePostProcessor();
    }

    /** Flyway migrates on its own thread while the beans are created (Spring Boot calls it instead of migrating). */
    @Bean
    BackgroundMigration backgroundMigration() {
        return new BackgroundMigration();
    }

    /** Static, as every post-processor; it looks the migration up only when the pool is created. */
    @Bean
    static MigratedDataSourcePostProcessor migratedDataSourcePostProcessor(ObjectProvider<BackgroundMigration> migration) {
        return new MigratedDataSourcePostProcessor(migration);
    }

    @Bean
    DatabaseDurability databaseDurability(DataSource dataSource) {
        return new DatabaseDurability(dataSource);
    }

    @Bean("durability")
    DurabilityHealthIndicator durabilityHealthIndicator(DatabaseDurability durability) {
        return new DurabilityHealthIndicator(durability);
    }

    @Bean
    ClusterMembers clusterMembers(JdbcClient jdbc, Clock clock, ClusterProperties cluster) {
        return new ClusterMembers(jdbc, clock, cluster);
    }

    @Bean
    CacheFollower cacheFollower(JdbcClient jdbc, EntryStore store, EntryCache cache) {
        return new CacheFollower(jdbc, store, cache);
    }

    /**
     * Only with several instances: one instance alone reads every source itself, and a lease renewed in the database
     * at each read would cost every poll a commit (on H2 with {@code WRITE_DELAY=0}, a chunk written to the file:
     * an unchanged 1.3 MB page then took 1.4 times a bare parse of it instead of 0.7). The poller reads every source
     * when there is no lease.
     */
    @Bean
    @ConditionalOnProperty(name = "sitrep.cluster.enabled", havingValue = "true")
    TableSourceLease sourceLease(JdbcClient jdbc, SourceStatus status, Clock clock, ClusterProperties cluster,
                                 CacheFollower follower) {
        return new TableSourceLease(jdbc, status, clock, cluster.instanceId(), follower::follow);
    }

    @Bean
    @ConditionalOnProperty(name = "sitrep.cluster.enabled", havingValue = "true")
    OutboxClaims outboxClaims(JdbcClient jdbc, TransactionTemplate transactions, Clock clock, ClusterProperties cluster,
                              SitrepProperties properties, ClusterMembers members) {
        SitrepProperties.Delivery delivery = properties.delivery();
        return new OutboxClaims(jdbc, transactions, clock, cluster.instanceId(), cluster.claimTtl(),
                delivery.privateChatInterval(), delivery.groupChatInterval(), delivery.globalPerSecond(), members::liveCount);
    }

    @Bean
    SitrepMeters sitrepMeters(SitrepProperties properties, Outbox outbox, ClusterMembers members) {
        return new SitrepMeters(properties, outbox, members);
    }

    @Bean("sources")
    SourceFreshnessHealthIndicator sourcesHealthIndicator(SitrepProperties properties, SourceStatus status,
                                                          ObjectProvider<TableSourceLease> leases,
                                                          HealthProperties settings, Clock clock) {
        TableSourceLease shared = leases.getIfAvailable();
        return new SourceFreshnessHealthIndicator(properties, status,
                shared == null ? source -> Optional.empty() : shared::lastSuccessAnywhere, settings, clock);
    }

    @Bean("telegram")
    @ConditionalOnProperty(name = SitrepMode.PROPERTY, havingValue = "telegram")
    TelegramHealthIndicator telegramHealthIndicator(TelegramStatus status, HealthProperties settings, Clock clock) {
        return new TelegramHealthIndicator(status, settings, clock);
    }
}
