package io.sitrep.editor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.sitrep.command.EditorRoster;
import io.sitrep.shared.SitrepProperties;
import io.sitrep.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who the editors are: the user ids in {@code sitrep.editors}, plus those the owner added with /editor add. The
 * owner is the first id in {@code sitrep.editors}; only the owner adds or removes editors, and the owner (like
 * every configured editor) cannot be removed from chat.
 */
@Component
public class Editors implements EditorRoster {

    private final List<Long> configured;
    private final JdbcClient jdbc;

    Editors(SitrepProperties properties, JdbcClient jdbc) {
        this.configured = properties.editors();
        this.jdbc = jdbc;
    }

    public Optional<Long> owner() {
        return configured.isEmpty() ? Optional.empty() : Optional.of(configured.get(0));
    }

    public boolean isOwner(long userId) {
        return owner().map(o -> o == userId).orElse(false);
    }

    public boolean isConfigured(long userId) {
        return configured.contains(userId);
    }

    @Override
    public boolean isEditor(long userId) {
        return userId != 0 && (configured.contains(userId)
                || jdbc.sql("SELECT COUNT(*) FROM editor WHERE user_id = ?").param(userId).query(Long.class).single() > 0);
    }

    /** Every editor: configured ones first, then those added in chat. */
    @Override
    public List<Long> all() {
        Set<Long> all = new LinkedHashSet<>(configured);
        all.addAll(jdbc.sql("SELECT user_id FROM editor ORDER BY added_at").query(Long.class).list());
        return new ArrayList<>(all);
    }

    /** Adds an editor; false when they already are one. */
    boolean add(long userId, long addedBy, Instant now) {
        if (isEditor(userId)) {
            return false;
        }
        jdbc.sql("INSERT INTO editor (user_id, added_by, added_at) VALUES (?, ?, ?)").params(userId, addedBy, SqlTime.of(now)).update();
        return true;
    }

    /** Removes an editor added in chat; configured editors stay (change sitrep.editors for them). */
    boolean remove(long userId) {
        return jdbc.sql("DELETE FROM editor WHERE user_id = ?").param(userId).update() > 0;
    }
}
