package io.sitrep.editor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.sitrep.shared.SqlTime;
import io.sitrep.briefing.Html;
import io.sitrep.briefing.MessageSplitter;
import io.sitrep.delivery.Outbox;
import io.sitrep.subscription.Recipient;
import io.sitrep.language.Language;
import io.sitrep.language.Texts;
import io.sitrep.subscription.SettingsStore;
import io.sitrep.subscription.Subscriber;
import io.sitrep.subscription.SubscriberStore;
import io.sitrep.subscription.SubscriptionStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Editors' broadcasts: drafted with /broadcast, shown as a preview, and sent on the editor's Send to every active
 * subscriber (one message per chat, in the forum topic it subscribed from) through the outbox.
 */
@Component
class Broadcasts {

    /** A drafted broadcast. */
    public record Draft(long id, long editorId, String text) {
    }

    private final JdbcClient jdbc;
    private final SubscriberStore subscribers;
    private final SubscriptionStore subscriptions;
    private final Outbox outbox;
    private final SettingsStore settings;

    Broadcasts(JdbcClient jdbc, SubscriberStore subscribers, SubscriptionStore subscriptions, Outbox outbox,
               SettingsStore settings) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.subscribers = subscribers;
        this.subscriptions = subscriptions;
        this.outbox = outbox;
    }

    long draft(long editorId, String text, Instant now) {
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO broadcast (editor_id, text, state, created_at) VALUES (?, ?, 'DRAFT', ?)")
                .params(editorId, text, SqlTime.of(now)).update(key, "id");
        return key.getKey().longValue();
    }

    /** The message subscribers get: a newsroom label in their language and the editor's text, escaped. */
    static List<String> render(String text, Language language) {
        return MessageSplitter.split("\ud83d\udce3 <b>" + Texts.bundles().text(language, "editor.broadcast.header") + "</b>\n\n"
                + Html.escape(text));
    }

    /** Moves a draft out of DRAFT (to SENT or CANCELLED); empty when it was not a draft any more. */
    Optional<Draft> close(long id, String state) {
        Optional<Draft> draft = jdbc.sql("SELECT id, editor_id, text FROM broadcast WHERE id = ? AND state = 'DRAFT'")
                .param(id).query((rs, i) -> new Draft(rs.getLong(1), rs.getLong(2), rs.getString(3))).optional();
        if (draft.isPresent()) {
            int changed = jdbc.sql("UPDATE broadcast SET state = ? WHERE id = ? AND state = 'DRAFT'").params(state, id).update();
            if (changed == 0) {
                return Optional.empty();
            }
        }
        return draft;
    }

    /** Queues the broadcast for every active subscriber, its label in each chat's language; returns how many chats it goes to. */
    int send(Draft draft, Instant now) {
        List<Recipient> to = recipients();
        Map<Language, List<Recipient>> byLanguage = new LinkedHashMap<>();
        for (Recipient r : to) {
            byLanguage.computeIfAbsent(settings.of(r.chatId()).readsIn(), l -> new ArrayList<>()).add(r);
        }
        byLanguage.forEach((language, chats) -> outbox.enqueuePush(null, null, render(draft.text(), language), chats, now));
        return to.size();
    }

    /** One destination per active chat: the chat itself if it subscribed there, else its first forum topic. */
    List<Recipient> recipients() {
        Map<Long, Recipient> byChat = new LinkedHashMap<>();
        for (SubscriptionStore.Subscription s : subscriptions.active()) {
            byChat.merge(s.to().chatId(), s.to(), (a, b) -> a.threadId() == null ? a : b.threadId() == null ? b : a);
        }
        for (Subscriber s : subscribers.active()) {
            byChat.putIfAbsent(s.chatId(), new Recipient(s.chatId(), null));
        }
        return new ArrayList<>(byChat.values());
    }
}
