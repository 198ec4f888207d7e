package io.sitrep.subscription;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.sitrep.shared.SqlTime;
import io.sitrep.language.Language;
import io.sitrep.source.Entry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Decides who gets a new entry: every active destination whose topics and keyword filter match it. Chats on a
 * digest, or inside their quiet hours, have it held for later; the rest get it now, rendered in their time zone and language.
 */
@Component
public class PushAudience {

    private final SubscriptionStore subscriptions;
    private final SettingsStore settings;
    private final HeldPushes held;
    private final TopicCatalog topics;
    private final JdbcClient jdbc;

    PushAudience(SubscriptionStore subscriptions, SettingsStore settings, HeldPushes held, TopicCatalog topics, JdbcClient jdbc) {
        this.subscriptions = subscriptions;
        this.settings = settings;
        this.held = held;
        this.topics = topics;
        this.jdbc = jdbc;
    }

    /**
     * Holds the entry for digest and quiet chats and returns who gets it now, one batch per time zone and language for the caller
     * to render the push in. Plain subscribers ({@link PlainSubscribers}) are left out: the outbox fans the push out
     * to them in bulk.
     */
    public List<PushBatch> plan(Entry entry, Instant now) {
        if (isWithdrawn(entry.id())) {
            return List.of();
        }
        String text = entry.headline() + "\n" + entry.text();
        Map<Map.Entry<ZoneId, Language>, List<Recipient>> byReader = new LinkedHashMap<>();
        for (SubscriptionStore.Subscription s : subscriptions.active(true)) {
            if (!wants(s, entry, text)) {
                continue;
            }
            ChatSettings chat = settings.of(s.to().chatId());
            boolean quiet = chat.quiet() != null && chat.quiet().contains(now, chat.zone());
            if (chat.mode() != DeliveryMode.INSTANT || quiet) {
                held.hold(s.to(), entry.id(), now);
            } else {
                byReader.computeIfAbsent(Map.entry(chat.zone(), chat.readsIn()), z -> new ArrayList<>()).add(s.to());
            }
        }
        List<PushBatch> batches = new ArrayList<>();
        byReader.forEach((reader, recipients) -> batches.add(new PushBatch(reader.getKey(), reader.getValue(), recipients)));
        return batches;
    }

    /** Whether a destination follows this entry. */
    boolean wants(SubscriptionStore.Subscription s, Entry entry, String text) {
        return s.topics().stream().anyMatch(t -> topics.matches(t, entry)) && s.filter().matches(text);
    }

    /** An editor withdrew the entry: it is never pushed again, and copies held for digests are dropped. */
    public void withdraw(String entryId, Instant now) {
        if (!isWithdrawn(entryId)) {
            jdbc.sql("INSERT INTO withdrawn_entry (entry_id, withdrawn_at) VALUES (?, ?)").params(entryId, SqlTime.of(now)).update();
        }
        held.dropEntry(entryId);
    }

    public boolean isWithdrawn(String entryId) {
        return jdbc.sql("SELECT COUNT(*) FROM withdrawn_entry WHERE entry_id = ?").param(entryId).query(Long.class).single() > 0;
    }
}
