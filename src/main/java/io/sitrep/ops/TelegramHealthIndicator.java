package io.sitrep.ops;

import java.time.Clock;
import java.time.Duration;

import io.sitrep.chat.TelegramStatus;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/** DOWN once every call to the Telegram Bot API has failed for {@code sitrep.health.telegram-down-after}. */
class TelegramHealthIndicator implements HealthIndicator {

    private final TelegramStatus status;
    private final HealthProperties settings;
    private final Clock clock;

    TelegramHealthIndicator(TelegramStatus status, HealthProperties settings, Clock clock) {
        this.status = status;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Health health() {
        TelegramStatus.Snapshot now = status.snapshot();
        boolean down = now.failingSince() != null
                && Duration.between(now.failingSince(), clock.instant()).compareTo(settings.telegramDownAfter()) >= 0;
        Health.Builder health = down ? Health.down() : Health.up();
        health.withDetail("lastSuccess", now.lastSuccess() == null ? "never" : now.lastSuccess().toString());
        if (now.failingSince() != null) {
            health.withDetail("failingSince", now.failingSince().toString()).withDetail("lastError", now.lastError());
        }
        return health.build();
    }
}
