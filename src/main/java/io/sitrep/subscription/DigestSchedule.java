package io.sitrep.subscription;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/** When a chat's held UPDATEs go out: after its quiet hours, at each full hour, or at its daily hour. */
final class DigestSchedule {

    private DigestSchedule() {
    }

    /**
     * Whether what a chat holds is due now. Nothing goes out in quiet hours. An instant chat gets its held UPDATEs
     * as soon as quiet hours end; a digest goes out once a full hour (hourly) or the daily hour (daily) has passed
     * since the oldest held UPDATE.
     */
    static boolean isDue(ChatSettings settings, Instant oldestHeld, Instant now) {
        if (settings.quiet() != null && settings.quiet().contains(now, settings.zone())) {
            return false;
        }
        return switch (settings.mode()) {
            case INSTANT -> true;
            case HOURLY -> oldestHeld.isBefore(now.atZone(settings.zone()).truncatedTo(ChronoUnit.HOURS).toInstant());
            case DAILY -> oldestHeld.isBefore(lastDailyTime(settings, now));
        };
    }

    /** The latest daily digest time at or before now. */
    static Instant lastDailyTime(ChatSettings settings, Instant now) {
        ZonedDateTime local = now.atZone(settings.zone());
        ZonedDateTime today = local.truncatedTo(ChronoUnit.DAYS).withHour(settings.dailyHour());
        return (today.isAfter(local) ? today.minusDays(1) : today).toInstant();
    }
}
