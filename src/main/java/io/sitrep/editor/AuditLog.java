package io.sitrep.editor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.sitrep.shared.SqlTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every editor action, and every refused attempt at one: who, what, when, how many chats it reached. */
@Component
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

    /** One logged action. */
    public record Record(long userId, String action, String detail, int chats, boolean allowed, Instant at) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void allowed(long userId, String action, String detail, int chats) {
        write(userId, action, detail, chats, true);
    }

    public void refused(long userId, String action) {
        log.warn("User {} tried the editor command /{} and was refused", userId, action);
        write(userId, action, "not allowed", 0, false);
    }

    private void write(long userId, String action, String detail, int chats, boolean allowed) {
        String shortDetail = detail == null ? null : detail.length() <= 1000 ? detail : detail.substring(0, 997) + "...";
        jdbc.sql("INSERT INTO audit_log (user_id, action, detail, chats, allowed, at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(userId, action, shortDetail, chats, allowed, SqlTime.of(clock.instant())).update();
    }

    /** The newest records first. */
    public List<Record> recent(int limit) {
        return jdbc.sql("SELECT user_id, action, detail, chats, allowed, at FROM audit_log ORDER BY id DESC LIMIT ?")
                .param(limit)
                .query((rs, i) -> new Record(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getBoolean(5),
                        SqlTime.read(rs, "at")))
                .list();
    }
}
