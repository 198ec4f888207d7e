package io.sitrep.ops;

import java.time.Duration;

import io.sitrep.shared.InvalidSettingException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the health check turns DOWN.
 *
 * @param stalePolls        a source not read successfully for this many of its poll intervals is DOWN
 * @param telegramDownAfter Telegram is DOWN once every call to it has failed for this long
 * @param outboxRefresh     how often the outbox depth gauge is re-counted (scrapes never query the database)
 */
@ConfigurationProperties("sitrep.health")
record HealthProperties(@DefaultValue("5") int stalePolls, @DefaultValue("2m") Duration telegramDownAfter,
                               @DefaultValue("10s") Duration outboxRefresh) {

    public HealthProperties {
        if (stalePolls < 1) {
            throw new InvalidSettingException("sitrep.health.stale-polls", "must be at least 1");
        }
        if (telegramDownAfter.isNegative()) {
            throw new InvalidSettingException("sitrep.health.telegram-down-after", "must not be negative");
        }
        if (outboxRefresh.compareTo(Duration.ofMillis(100)) < 0) {
            throw new InvalidSettingException("sitrep.health.outbox-refresh", "must be at least 100ms");
        }
    }
}
