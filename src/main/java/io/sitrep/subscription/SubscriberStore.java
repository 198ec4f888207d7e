package io.sitrep.subscription;

import java.time.Instant;
import java.util.Optional;

import io.sitrep.shared.SqlTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Subscribers in the database: who gets pushes. */
@Repository
public class SubscriberStore {

    private final JdbcClient jdbc;
    private final SubscriptionStore subscriptions;
    private final SettingsStore settings;
    private final ApplicationEventPublisher events;

    SubscriberStore(JdbcClient jdbc, SubscriptionStore subscriptions, SettingsStore settings, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.subscriptions = subscriptions;
        this.settings = settings;
        this.events = events;
    }

    /** Subscribes a chat, or re-activates it; returns false when it was already active. */
    public boolean subscribe(long chatId, String chatType, String title, Instant now) {
        Optional<Subscriber> existing = find(chatId);
        if (existing.isPresent() && existing.get().active()) {
            return false;
        }
        if (existing.isPresent()) {
            jdbc.sql("UPDATE subscriber SET active = TRUE, since = ?, chat_type = ?, title = ? WHERE chat_id = ?")
                    .params(SqlTime.of(now), chatType, title, chatId).update();
        } else {
            jdbc.sql("INSERT INTO subscriber (chat_id, chat_type, title, since, active) VALUES (?, ?, ?, ?, TRUE)")
                    .params(chatId, chatType, title, SqlTime.of(now)).update();
        }
        return true;
    }

    /**
     * Stops pushes to a chat and announces it ({@link ChatUnsubscribed}), so what is queued or held for it goes too
     * (also when it was not subscribed: a chat that blocked the bot may still have replies queued). Returns whether
     * it was subscribed.
     */
    public boolean end(long chatId, ChatUnsubscribed.Reason reason) {
        boolean was = deactivate(chatId);
        events.publishEvent(new ChatUnsubscribed(chatId, reason));
        return was;
    }

    private boolean deactivate(long chatId) {
        return jdbc.sql("UPDATE subscriber SET active = FALSE WHERE chat_id = ? AND active = TRUE").param(chatId).update() > 0;
    }

    /**
     * A group became a supergroup: its subscription, topics, filters and settings move to the new id, and
     * {@link ChatMigrated} moves what is queued for it (also when it never subscribed: replies may be waiting).
     */
    public void migrate(long oldChatId, long newChatId) {
        moveSubscription(oldChatId, newChatId);
        events.publishEvent(new ChatMigrated(oldChatId, newChatId));
    }

    private void moveSubscription(long oldChatId, long newChatId) {
        Optional<Subscriber> old = find(oldChatId);
        if (old.isEmpty()) {
            return;
        }
        if (find(newChatId).isEmpty()) {
            jdbc.sql("INSERT INTO subscriber (chat_id, chat_type, title, since, active) VALUES (?, 'supergroup', ?, ?, ?)")
                    .params(newChatId, old.get().title(), SqlTime.of(old.get().since()), old.get().active()).update();
        }
        deactivate(oldChatId);
        subscriptions.move(oldChatId, newChatId);
        settings.move(oldChatId, newChatId);
    }

    public Optional<Subscriber> find(long chatId) {
        return jdbc.sql("SELECT chat_id, chat_type, title, since, active FROM subscriber WHERE chat_id = ?")
                .param(chatId)
                .query((rs, i) -> new Subscriber(rs.getLong(1), rs.getString(2), rs.getString(3),
                        SqlTime.read(rs, "since"), rs.getBoolean(5)))
                .optional();
    }

    public boolean isActive(long chatId) {
        return find(chatId).map(Subscriber::active).orElse(false);
    }

    public long countActive() {
        return jdbc.sql("SELECT COUNT(*) FROM subscriber WHERE active = TRUE").query(Long.class).single();
    }

    /** Active subscribers that are private chats (true) or groups (false). */
    public long countActive(boolean privateChats) {
        return jdbc.sql("SELECT COUNT(*) FROM subscriber WHERE active = TRUE AND "
                        + (privateChats ? "chat_type = 'private'" : "chat_type IN ('group', 'supergroup')"))
                .query(Long.class).single();
    }

    /** Active subscribers that are channels. */
    public long countActiveChannels() {
        return jdbc.sql("SELECT COUNT(*) FROM subscriber WHERE active = TRUE AND chat_type = 'channel'").query(Long.class).single();
    }

    /** Every active subscriber. */
    public java.util.List<Subscriber> active() {
        return jdbc.sql("SELECT chat_id, chat_type, title, since, active FROM subscriber WHERE active = TRUE ORDER BY chat_id")
                .query((rs, i) -> new Subscriber(rs.getLong(1), rs.getString(2), rs.getString(3),
                        SqlTime.read(rs, "since"), rs.getBoolean(5)))
                .list();
    }
}
