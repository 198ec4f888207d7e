package io.sitrep.retention;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.sitrep.delivery.SentPacker;
import io.sitrep.source.EntryCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Retention: what is pruned, how, and the H2 housekeeping after each round. */
@Configuration(proxyBeanMethods = false)
class RetentionConfiguration {

    @Bean
    RetentionWorker retentionWorker(JdbcClient jdbc, DataSource dataSource, SentPacker packer, RetentionProperties settings,
                                    EntryCache cache, MeterRegistry meters, Clock clock) {
        return new RetentionWorker(new RetentionPruner(jdbc), packer, settings, cache, meters, clock,
                new H2FileCompaction(dataSource, Duration.ofSeconds(2)));
    }
}
