package io.sitrep.channel;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.sitrep.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which editors linked which channels, in the database (the channel's subscription is a subscriber row). */
@Repository
class ChannelLinks {

    /** A linked channel: its id, its @username when it has one, its title, and the editors who linked it. */
    record Linked(long chatId, String username, String title, List<Long> editors) {

        /** "@name" when it has a username, else the title and id. */
        String shown() {
            return username != null ? "@" + username : (title == null ? "" : title + " ") + "(" + chatId + ")";
        }
    }

    private final JdbcClient jdbc;

    ChannelLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records that this editor linked the channel; false when they had already. */
    boolean link(long chatId, long editorId, String username, Instant now) {
        if (jdbc.sql("SELECT COUNT(*) FROM channel_link WHERE chat_id = ? AND editor_id = ?").params(chatId, editorId)
                .query(Long.class).single() > 0) {
            jdbc.sql("UPDATE channel_link SET username = ? WHERE chat_id = ?").params(username, chatId).update();
            return false;
        }
        jdbc.sql("INSERT INTO channel_link (chat_id, editor_id, username, linked_at) VALUES (?, ?, ?, ?)")
                .params(chatId, editorId, username, SqlTime.of(now)).update();
        return true;
    }

    /** Forgets every link of a channel; returns the editors who had linked it. */
    List<Long> unlink(long chatId) {
        List<Long> editors = editorsOf(chatId);
        jdbc.sql("DELETE FROM channel_link WHERE chat_id = ?").param(chatId).update();
        return editors;
    }

    List<Long> editorsOf(long chatId) {
        return jdbc.sql("SELECT editor_id FROM channel_link WHERE chat_id = ? ORDER BY linked_at, editor_id")
                .param(chatId).query(Long.class).list();
    }

    /** Every linked channel, oldest link first. */
    List<Linked> all() {
        return jdbc.sql("SELECT l.chat_id, MAX(l.username), MAX(s.title), MIN(l.linked_at) FROM channel_link l "
                        + "LEFT JOIN subscriber s ON s.chat_id = l.chat_id GROUP BY l.chat_id ORDER BY MIN(l.linked_at), l.chat_id")
                .query((rs, i) -> new Linked(rs.getLong(1), rs.getString(2), rs.getString(3), List.of()))
                .list().stream()
                .map(l -> new Linked(l.chatId(), l.username(), l.title(), editorsOf(l.chatId())))
                .toList();
    }

    /** A linked channel named as typed: {@code @username} (any case) or its numeric id. */
    Optional<Linked> find(String typed) {
        String t = typed.strip();
        return all().stream().filter(l -> t.equals(String.valueOf(l.chatId()))
                || l.username() != null && t.equalsIgnoreCase("@" + l.username())).findFirst();
    }

    boolean isLinked(long chatId) {
        return jdbc.sql("SELECT COUNT(*) FROM channel_link WHERE chat_id = ?").param(chatId).query(Long.class).single() > 0;
    }
}
