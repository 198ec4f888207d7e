package io.sitrep.subscription;

import java.time.Duration;
import java.time.ZoneId;

import io.sitrep.language.Language;
import com.github.benmanes.caffeine.cache.Cache;
import io.sitrep.language.Language;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Chats' delivery settings in the database, remembered briefly because every reply asks for the time zone. */
@Repository
public class SettingsStore {

    private final JdbcClient jdbc;
    private final Cache<Long, ChatSettings> recent = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(10)).build();

    SettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ChatSettings of(long chatId) {
        return recent.get(chatId, this::load);
    }

    private ChatSettings load(long chatId) {
        return jdbc.sql("SELECT time_zone, mode, daily_hour, quiet_from, quiet_to, silent, link_previews, language, "
                        + "telegram_language FROM chat_settings WHERE chat_id = ?")
                .param(chatId)
                .query((rs, i) -> {
                    Integer from = (Integer) rs.getObject(4);
                    Integer to = (Integer) rs.getObject(5);
                    return new ChatSettings(chatId, TimeZones.parse(rs.getString(1)).orElse(TimeZones.GMT),
                            DeliveryMode.valueOf(rs.getString(2)), rs.getInt(3),
                            from == null || to == null ? null : new QuietHours(from, to), rs.getBoolean(6), rs.getBoolean(7),
                            Language.of(rs.getString(8)).orElse(null), Language.of(rs.getString(9)).orElse(null));
                })
                .optional().orElse(ChatSettings.defaults(chatId));
    }

    public void save(ChatSettings settings) {
        String zone = zoneText(settings.zone());
        Integer from = settings.quiet() == null ? null : settings.quiet().from();
        Integer to = settings.quiet() == null ? null : settings.quiet().to();
        String language = settings.language() == null ? null : settings.language().code();
        String telegram = settings.telegramLanguage() == null ? null : settings.telegramLanguage().code();
        int updated = jdbc.sql("UPDATE chat_settings SET time_zone = ?, mode = ?, daily_hour = ?, quiet_from = ?, quiet_to = ?, "
                        + "silent = ?, link_previews = ?, language = ?, telegram_language = ? WHERE chat_id = ?")
                .params(zone, settings.mode().name(), settings.dailyHour(), from, to, settings.silent(), settings.previews(),
                        language, telegram, settings.chatId()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO chat_settings (chat_id, time_zone, mode, daily_hour, quiet_from, quiet_to, silent, link_previews, "
                            + "language, telegram_language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(settings.chatId(), zone, settings.mode().name(), settings.dailyHour(), from, to,
                            settings.silent(), settings.previews(), language, telegram).update();
        }
        recent.invalidate(settings.chatId());
    }

    /**
     * Remembers the language of the user's Telegram app for a private chat, which it reads in until it chooses one
     * with /language; a no-op when nothing changed (the common case, answered from memory).
     */
    public ChatSettings noteTelegramLanguage(long chatId, Language seen) {
        ChatSettings current = of(chatId);
        Language stored = seen == Language.ENGLISH ? null : seen;
        if (java.util.Objects.equals(current.telegramLanguage(), stored)) {
            return current;
        }
        ChatSettings updated = current.withTelegramLanguage(seen);
        save(updated);
        return updated;
    }

    /** A group became a supergroup: its settings move along unless the new id has its own. */
    void move(long oldChatId, long newChatId) {
        long existing = jdbc.sql("SELECT COUNT(*) FROM chat_settings WHERE chat_id = ?").param(newChatId).query(Long.class).single();
        if (existing == 0) {
            jdbc.sql("UPDATE chat_settings SET chat_id = ? WHERE chat_id = ?").params(newChatId, oldChatId).update();
        }
        recent.invalidate(oldChatId);
        recent.invalidate(newChatId);
    }

    private static String zoneText(ZoneId zone) {
        return TimeZones.isGmt(zone) ? "GMT" : zone instanceof java.time.ZoneOffset ? TimeZones.describe(zone) : zone.getId();
    }
}
