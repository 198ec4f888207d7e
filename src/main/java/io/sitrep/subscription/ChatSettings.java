package io.sitrep.subscription;

import java.time.ZoneId;

import io.sitrep.language.Language;

/**
 * How one chat wants its pushes.
 *
 * @param chatId    the chat
 * @param zone      the time zone times are shown in (always with GMT next to them)
 * @param mode      instant, or an hourly or daily digest
 * @param dailyHour the local hour the daily digest goes out
 * @param quiet     hours when pushes are held, or null
 * @param language  the language chosen with /language, or null when none was chosen
 * @param telegramLanguage the language of the user's Telegram app, seen in a private chat, or null
 */
public record ChatSettings(long chatId, ZoneId zone, DeliveryMode mode, int dailyHour, QuietHours quiet,
                           Language language, Language telegramLanguage) {

    public ChatSettings {
        zone = zone == null ? TimeZones.GMT : zone;
        mode = mode == null ? DeliveryMode.INSTANT : mode;
        if (dailyHour < 0 || dailyHour > 23) {
            throw new IllegalArgumentException("daily hour must be 0-23");
        }
    }

    /** Settings without a language, as before languages existed. */
    public ChatSettings(long chatId, ZoneId zone, DeliveryMode mode, int dailyHour, QuietHours quiet) {
        this(chatId, zone, mode, dailyHour, quiet, null, null);
    }

    public static ChatSettings defaults(long chatId) {
        return new ChatSettings(chatId, TimeZones.GMT, DeliveryMode.INSTANT, 8, null);
    }

    /** The language the chat reads: the one chosen, else its Telegram app's, else English. */
    public Language readsIn() {
        return language != null ? language : telegramLanguage != null ? telegramLanguage : Language.ENGLISH;
    }

    public ChatSettings withLanguage(Language chosen) {
        return new ChatSettings(chatId, zone, mode, dailyHour, quiet, chosen, telegramLanguage);
    }

    public ChatSettings withTelegramLanguage(Language seen) {
        return new ChatSettings(chatId, zone, mode, dailyHour, quiet, language, seen == Language.ENGLISH ? null : seen);
    }

    public ChatSettings withZone(ZoneId newZone) {
        return new ChatSettings(chatId, newZone, mode, dailyHour, quiet, language, telegramLanguage);
    }

    public ChatSettings withMode(DeliveryMode newMode) {
        return new ChatSettings(chatId, zone, newMode, dailyHour, quiet, language, telegramLanguage);
    }

    public ChatSettings withDailyHour(int hour) {
        return new ChatSettings(chatId, zone, DeliveryMode.DAILY, hour, quiet, language, telegramLanguage);
    }

    public ChatSettings withQuiet(QuietHours newQuiet) {
        return new ChatSettings(chatId, zone, mode, dailyHour, newQuiet, language, telegramLanguage);
    }
}
