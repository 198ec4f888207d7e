package io.sitrep.ops;

import java.sql.SQLException;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * Shows how the database writes commits ({@code DURABLE}, {@code DELAYED} with the risk, or {@code MEMORY}); it stays
 * UP, since a restart would not change it, and says DOWN only when the database cannot be asked.
 */
class DurabilityHealthIndicator implements HealthIndicator {

    private final DatabaseDurability durability;

    DurabilityHealthIndicator(DatabaseDurability durability) {
        this.durability = durability;
    }

    @Override
    public Health health() {
        try {
            DatabaseDurability.Report report = durability.report();
            Health.Builder health = Health.up().withDetail("mode", report.mode().name())
                    .withDetail("database", report.database());
            report.settings().forEach(health::withDetail);
            if (report.warning() != null) {
                health.withDetail("warning", report.warning());
            }
            return health.build();
        } catch (SQLException e) {
            return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
