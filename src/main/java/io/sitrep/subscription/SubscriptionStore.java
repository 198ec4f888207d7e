package io.sitrep.subscription;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.sitrep.shared.SqlTime;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Topics and keyword filters per chat and forum topic, in the database. Thread 0 stands for "no forum topic". */
@Repository
public class SubscriptionStore {

    /** One destination's subscription: the topics it follows and its keyword filter. */
    public record Subscription(Recipient to, String chatType, List<Topic> topics, KeywordFilter filter) {
    }

    private final JdbcClient jdbc;

    SubscriptionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Topic> topics(Recipient at) {
        return jdbc.sql("SELECT topic FROM subscription_topic WHERE chat_id = ? AND thread_id = ? ORDER BY created_at, topic")
                .params(at.chatId(), thread(at)).query(String.class).list()
                .stream().flatMap(k -> Topic.fromKey(k).stream()).toList();
    }

    /** Adds a topic; returns false when it was already there. */
    public boolean add(Recipient at, Topic topic, Instant now) {
        long present = jdbc.sql("SELECT COUNT(*) FROM subscription_topic WHERE chat_id = ? AND thread_id = ? AND topic = ?")
                .params(at.chatId(), thread(at), topic.key()).query(Long.class).single();
        if (present > 0) {
            return false;
        }
        jdbc.sql("INSERT INTO subscription_topic (chat_id, thread_id, topic, created_at) VALUES (?, ?, ?, ?)")
                .params(at.chatId(), thread(at), topic.key(), SqlTime.of(now)).update();
        return true;
    }

    public boolean remove(Recipient at, Topic topic) {
        return jdbc.sql("DELETE FROM subscription_topic WHERE chat_id = ? AND thread_id = ? AND topic = ?")
                .params(at.chatId(), thread(at), topic.key()).update() > 0;
    }

    /** Removes every topic of one destination; returns how many there were. */
    public int clear(Recipient at) {
        return jdbc.sql("DELETE FROM subscription_topic WHERE chat_id = ? AND thread_id = ?")
                .params(at.chatId(), thread(at)).update();
    }

    /** How many destinations (the chat itself and its forum topics) of a chat follow anything. */
    public long destinations(long chatId) {
        return jdbc.sql("SELECT COUNT(DISTINCT thread_id) FROM subscription_topic WHERE chat_id = ?").param(chatId)
                .query(Long.class).single();
    }

    public KeywordFilter filter(Recipient at) {
        Set<String> in = new HashSet<>();
        Set<String> out = new HashSet<>();
        jdbc.sql("SELECT word, included FROM keyword_filter WHERE chat_id = ? AND thread_id = ?")
                .params(at.chatId(), thread(at))
                .query((rs, i) -> (rs.getBoolean(2) ? in : out).add(rs.getString(1))).list();
        return new KeywordFilter(in, out);
    }

    /** Includes or excludes a folded word, replacing the opposite choice for the same word. */
    public void setWord(Recipient at, String word, boolean include) {
        jdbc.sql("DELETE FROM keyword_filter WHERE chat_id = ? AND thread_id = ? AND word = ?")
                .params(at.chatId(), thread(at), word).update();
        jdbc.sql("INSERT INTO keyword_filter (chat_id, thread_id, word, included) VALUES (?, ?, ?, ?)")
                .params(at.chatId(), thread(at), word, include).update();
    }

    public int clearFilter(Recipient at) {
        return jdbc.sql("DELETE FROM keyword_filter WHERE chat_id = ? AND thread_id = ?").params(at.chatId(), thread(at)).update();
    }

    /** Every destination of every active subscriber that follows at least one topic. */
    public List<Subscription> active() {
        return active(false);
    }

    /** Active subscriptions, or only those that are not plain (see {@link PlainSubscribers}). */
    public List<Subscription> active(boolean exceptPlain) {
        Map<Recipient, List<Topic>> topics = new LinkedHashMap<>();
        Map<Recipient, String> types = new LinkedHashMap<>();
        RowMapper<Recipient> row = (rs, i) -> {
            Recipient r = recipient(rs.getLong(1), rs.getInt(2));
            types.put(r, rs.getString(4));
            Topic.fromKey(rs.getString(3)).ifPresent(t -> topics.computeIfAbsent(r, k -> new ArrayList<>()).add(t));
            return r;
        };
        String select = "SELECT t.chat_id, t.thread_id, t.topic, s.chat_type FROM subscription_topic t "
                + "JOIN subscriber s ON s.chat_id = t.chat_id WHERE s.active = TRUE ";
        if (!exceptPlain) {
            jdbc.sql(select + "ORDER BY t.chat_id, t.thread_id").query(row).list();
        } else {
            // The few chats that are not plain first (read from the settings, topics and filters, each along its own
            // key), then their subscriptions: a push to 100,000 plain chats tests none of them one by one.
            List<Long> notPlain = jdbc.sql(PlainSubscribers.NOT_PLAIN_IN_RANGE)
                    .params(Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE)
                    .query(Long.class).list().stream().sorted().toList();
            for (int from = 0; from < notPlain.size(); from += 1000) {
                jdbc.sql(select + "AND t.chat_id IN (:chats) ORDER BY t.chat_id, t.thread_id")
                        .param("chats", notPlain.subList(from, Math.min(notPlain.size(), from + 1000))).query(row).list();
            }
        }
        Map<Recipient, Set<String>> in = new LinkedHashMap<>();
        Map<Recipient, Set<String>> out = new LinkedHashMap<>();
        jdbc.sql("SELECT chat_id, thread_id, word, included FROM keyword_filter")
                .query((rs, i) -> (rs.getBoolean(4) ? in : out)
                        .computeIfAbsent(recipient(rs.getLong(1), rs.getInt(2)), k -> new HashSet<>()).add(rs.getString(3)))
                .list();
        List<Subscription> all = new ArrayList<>();
        topics.forEach((r, t) -> all.add(new Subscription(r, types.get(r), List.copyOf(t),
                new KeywordFilter(in.getOrDefault(r, Set.of()), out.getOrDefault(r, Set.of())))));
        return all;
    }

    /** A group became a supergroup: its topics and filters move along. */
    void move(long oldChatId, long newChatId) {
        jdbc.sql("UPDATE subscription_topic SET chat_id = ? WHERE chat_id = ? AND NOT EXISTS "
                        + "(SELECT 1 FROM subscription_topic n WHERE n.chat_id = ?)")
                .params(newChatId, oldChatId, newChatId).update();
        jdbc.sql("UPDATE keyword_filter SET chat_id = ? WHERE chat_id = ? AND NOT EXISTS "
                        + "(SELECT 1 FROM keyword_filter n WHERE n.chat_id = ?)")
                .params(newChatId, oldChatId, newChatId).update();
        jdbc.sql("UPDATE held_push SET chat_id = ? WHERE chat_id = ? AND NOT EXISTS "
                        + "(SELECT 1 FROM held_push n WHERE n.chat_id = ?)")
                .params(newChatId, oldChatId, newChatId).update();
    }

    static int thread(Recipient at) {
        return at.threadId() == null ? 0 : at.threadId();
    }

    static Recipient recipient(long chatId, int thread) {
        return new Recipient(chatId, thread == 0 ? null : thread);
    }
}
