package io.sitrep.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.sitrep.shared.SitrepProperties;
import io.sitrep.source.SourceStatus;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * DOWN when any source has not been read successfully (by this or any other instance) for
 * {@code sitrep.health.stale-polls} of its poll intervals, counted from start-up before its first read.
 */
class SourceFreshnessHealthIndicator implements HealthIndicator {

    private final SitrepProperties properties;
    private final SourceStatus status;
    private final Function<String, Optional<Instant>> lastSuccessElsewhere;
    private final HealthProperties settings;
    private final Clock clock;
    private final Instant started;

    /** @param lastSuccessElsewhere a source's last good read by another instance (none when Sitrep runs alone) */
    SourceFreshnessHealthIndicator(SitrepProperties properties, SourceStatus status,
                                   Function<String, Optional<Instant>> lastSuccessElsewhere, HealthProperties settings,
                                   Clock clock) {
        this.properties = properties;
        this.status = status;
        this.lastSuccessElsewhere = lastSuccessElsewhere;
        this.settings = settings;
        this.clock = clock;
        this.started = clock.instant();
    }

    @Override
    public Health health() {
        Instant now = clock.instant();
        boolean allFresh = true;
        Map<String, Object> details = new LinkedHashMap<>();
        for (SitrepProperties.Source source : properties.sources()) {
            SourceStatus.Health local = status.of(source.name());
            Instant last = latest(local.lastSuccess(), lastSuccessElsewhere.apply(source.name()).orElse(null));
            Duration limit = source.pollInterval().multipliedBy(settings.stalePolls());
            boolean fresh = Duration.between(last != null ? last : started, now).compareTo(limit) <= 0;
            allFresh &= fresh;
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("status", fresh ? "UP" : "DOWN");
            one.put("lastSuccess", last == null ? "never" : last.toString());
            if (local.lastError() != null) {
                one.put("lastError", local.lastError().toString());
                one.put("lastErrorMessage", String.valueOf(local.lastErrorMessage()));
            }
            details.put(source.name(), one);
        }
        return (allFresh ? Health.up() : Health.down()).withDetails(details).build();
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
