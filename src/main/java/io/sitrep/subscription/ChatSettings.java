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
 * @param silent    pushes arrive without a notification sound ({@code disable_notification})
 * @param previews  pushes show a preview of their first link (off by default)
 * @param language  the language chosen with /language, or null when none was chosen
 * @param telegramLanguage the language of the user's Telegram app, seen in a private chat, or null
 */
public record ChatSettings(long chatId, ZoneId zone, DeliveryMode mode, int dailyHour, QuietHours quiet,
                           boolean silent, boolean previews, Language language, Language telegramLanguage) {

    public ChatSettings {
        zone = zone == null ? TimeZones.GMT : zone;
        mode = mode == null ? DeliveryMode.INSTANT : mode;
        if (dailyHour < 0 || dailyHour > 23) {
            throw new IllegalArgumentException("daily hour must be 0-23");
        }
    }

    /** Settings with the default delivery options and no language. */
    public ChatSettings(long chatId, ZoneId zone, DeliveryMode mode, int dailyHour, QuietHours quiet) {
        this(chatId, zone, mode, dailyHour, quiet, false, false, null, null);
    }

    /** Settings with delivery options and no language. */
    public ChatSettings(long chatId, ZoneId zone, DeliveryMode mode, int dailyHour, QuietHours quiet,
                        boolean silent, boolean previews) {
        this(chatId, zone, mode, dailyHour, quiet, silent, previews, null, null);
    }

    /** Settings with a language and the default delivery options. */
    public ChatSettings(long chatId, ZoneId zone, DeliveryMode mode, int dailyHour, QuietHours quiet,
                        Language language, Language telegramLanguage) {
        this(chatId, zone, mode, dailyHour, quiet, false, false, language, telegramLanguage);
    }

    public static ChatSettings defaults(long chatId) {
        return new ChatSettings(chatId, TimeZones.GMT, DeliveryMode.INSTANT, 8, null);
    }

    /** The language the chat reads: the one chosen, else its Telegram app's, else English. */
    public Language readsIn() {
        return language != null ? language : telegramLanguage != null ? telegramLanguage : Language.ENGLISH;
    }

    public ChatSettings withLanguage(Language chosen) {
        return new ChatSettings(chatId, zone, mode, dailyHour, quiet, silent, previews, chosen, telegramLanguage);
    }

    public ChatSettings withTelegramLanguage(Language seen) {
        return new ChatSettings(chatId, zone, mode, dailyHour, quiet, silent, previews, language,
                seen == Language.ENGLISH ? null : seen);
    }

    public ChatSettings withSilent(boolean on) {
        return new ChatSettings(chatId, zone, mode, dailyHour, quiet, on, previews, language, telegramLanguage);
    }

    public ChatSettings withPreviews(boolean on) {
        return new ChatSettings(chatId, zone, mode, dailyHour, quiet, silent, on, language, telegramLanguage);
    }

    public ChatSettings withZone(ZoneId newZone) {
        return new ChatSettings(chatId, newZone, mode, dailyHour, quiet, silent, previews, language, telegramLanguage);
    }

    public ChatSettings withMode(DeliveryMode newMode) {
        return new ChatSettings(chatId, zone, newMode, dailyHour, quiet, silent, previews, language, telegramLanguage);
    }

    public ChatSettings withDailyHour(int hour) {
        return new ChatSettings(chatId, zone, DeliveryMode.DAILY, hour, quiet, silent, previews, language, telegramLanguage);
    }

    public ChatSettings withQuiet(QuietHours newQuiet) {
        return new ChatSettings(chatId, zone, mode, dailyHour, newQuiet, silent, previews, language, telegramLanguage);
    }
}
