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
}
