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
 */
public record ChatSettings(long chatId, ZoneId zone, DeliveryMode mode, int dailyHour, QuietHours quiet) {

    public ChatSettings {
        zone = zone == null ? TimeZones.GMT : zone;
        mode = mode == null ? DeliveryMode.INSTANT : mode;
        if (dailyHour < 0 || dailyHour > 23) {
            throw new IllegalArgumentException("daily hour must be 0-23");
        }
    }

    public static ChatSettings defaults(long chatId) {
        return new ChatSettings(chatId, TimeZones.GMT, DeliveryMode.INSTANT, 8, null);
    }

    public ChatSettings withZone(ZoneId newZone) {
        return new ChatSettings(chatId, newZone, mode, dailyHour, quiet);
    }

    public ChatSettings withMode(DeliveryMode newMode) {
        return new ChatSettings(chatId, zone, newMode, dailyHour, quiet);
    }

    public ChatSettings withDailyHour(int hour) {
        return new ChatSettings(chatId, zone, DeliveryMode.DAILY, hour, quiet);
    }

    public ChatSettings withQuiet(QuietHours newQuiet) {
        return new ChatSettings(chatId, zone, mode, dailyHour, newQuiet);
    }
}
