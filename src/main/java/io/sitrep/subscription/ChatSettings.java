package io.sitrep.subscription;

import java.time.ZoneId;

/**
 * How one chat wants its pushes.
 *
 * @param chatId    the chat
 * @param zone      the time zone times are shown in (always with GMT next to them)
 * @param mode      instant, or an hourly or daily digest
 * @param dailyHour the local hour the daily digest goes out
 * @param quiet     hours when pushes are held, or null
 * @param silent    pushes arrive without a notification sound ({@code disable_notification})
 * @param previews  pushes show a preview of their first link (off by default)
 */
public record ChatSettings(long chatId, ZoneId zone, DeliveryMode mode, int dailyHour, QuietHours quiet,
                           boolean silent, boolean previews) {

    public ChatSettings {
        zone = zone == null ? TimeZones.GMT : zone;
        mode = mode == null ? DeliveryMode.INSTANT : mode;
        if (dailyHour < 0 || dailyHour > 23) {
            throw new IllegalArgumentException("daily hour must be 0-23");
        }
    }

    public ChatSettings(long chatId, ZoneId zone, DeliveryMode mode, int dailyHour, QuietHours quiet) {
        this(chatId, zone, mode, dailyHour, quiet, false, false);
    }

    public static ChatSettings defaults(long chatId) {
        return new ChatSettings(chatId, TimeZones.GMT, DeliveryMode.INSTANT, 8, null);
    }

    public ChatSettings withSilent(boolean on) {
        return new ChatSettings(chatId, zone, mode, dailyHour, quiet, on, previews);
    }

    public ChatSettings withPreviews(boolean on) {
        return new ChatSettings(chatId, zone, mode, dailyHour, quiet, silent, on);
    }

    public ChatSettings withZone(ZoneId newZone) {
        return new ChatSettings(chatId, newZone, mode, dailyHour, quiet, silent, previews);
    }

    public ChatSettings withMode(DeliveryMode newMode) {
        return new ChatSettings(chatId, zone, newMode, dailyHour, quiet, silent, previews);
    }

    public ChatSettings withDailyHour(int hour) {
        return new ChatSettings(chatId, zone, DeliveryMode.DAILY, hour, quiet, silent, previews);
    }

    public ChatSettings withQuiet(QuietHours newQuiet) {
        return new ChatSettings(chatId, zone, mode, dailyHour, newQuiet, silent, previews);
    }
}
