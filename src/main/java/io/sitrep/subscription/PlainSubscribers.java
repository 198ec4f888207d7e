package io.sitrep.subscription;

/**
 * Which subscribers take every UPDATE as it comes: the whole chat follows "all" (the default after /start, and what
 * a subscriber without topic rows gets), with no keyword filter, in GMT and English, instantly, without quiet hours. The outbox fans a push out to these in bulk SQL; {@link PushAudience} decides
 * for everyone else one by one.
 */
public final class PlainSubscribers {

    private PlainSubscribers() {
    }

    /** An SQL condition on the subscriber row aliased {@code s}: true for plain subscribers. */
    public static final String CONDITION = "(NOT EXISTS (SELECT 1 FROM subscription_topic t WHERE t.chat_id = s.chat_id "
            + "AND (t.thread_id <> 0 OR t.topic <> 'all')) "
            + "AND NOT EXISTS (SELECT 1 FROM keyword_filter k WHERE k.chat_id = s.chat_id) "
            + "AND NOT EXISTS (SELECT 1 FROM chat_settings c WHERE c.chat_id = s.chat_id "
            + "AND (c.time_zone <> 'GMT' OR c.mode <> 'INSTANT' OR c.quiet_from IS NOT NULL "
            + "OR COALESCE(c.language, c.telegram_language, 'en') <> 'en')))";

    /**
     * The same rule the other way round, for a range of chat ids: the chats with {@code ? < chat_id <= ?} (the two
     * bounds given three times, once per table) that are NOT plain. A fan-out chunk asks this once instead of
     * testing {@link #CONDITION} on every subscriber, since nearly all subscribers are plain.
     */
    public static final String NOT_PLAIN_IN_RANGE = "SELECT t.chat_id FROM subscription_topic t WHERE t.chat_id > ? AND t.chat_id <= ? "
            + "AND (t.thread_id <> 0 OR t.topic <> 'all') "
            + "UNION SELECT k.chat_id FROM keyword_filter k WHERE k.chat_id > ? AND k.chat_id <= ? "
            + "UNION SELECT c.chat_id FROM chat_settings c WHERE c.chat_id > ? AND c.chat_id <= ? "
            + "AND (c.time_zone <> 'GMT' OR c.mode <> 'INSTANT' OR c.quiet_from IS NOT NULL "
            + "OR COALESCE(c.language, c.telegram_language, 'en') <> 'en')";
}
