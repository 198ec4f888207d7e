package io.sitrep;

import java.time.Duration;
import java.time.Instant;

import io.sitrep.chat.FakeBotApi;
import org.awaitility.Awaitility;
import io.sitrep.source.SourceStatus;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Waits for a running application to have finished what it was given, so a test can assert that nothing more
 * arrives without sleeping a fixed time: every update acknowledged and handled, nothing due in the outbox, and (for
 * "the same page again") the source read again since a given moment.
 */
public final class Settled {

    private Settled() {
    }

    /** Every update the fake Bot API holds was taken and handled, and every outbox row due now was sent. */
    public static void await(ConfigurableApplicationContext app, FakeBotApi telegram) {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> telegram.unacknowledged() == 0
                && jdbc.sql("SELECT COUNT(*) FROM inbox WHERE processed_at IS NULL").query(Long.class).single() == 0
                && jdbc.sql("SELECT COUNT(*) FROM outbox WHERE state IN ('PENDING', 'SENDING') AND next_attempt_at <= ?")
                        .param(java.sql.Timestamp.from(Instant.now())).query(Long.class).single() == 0);
    }

    /** The source was read successfully {@code reads} more times after now, then the application settled. */
    public static void afterReads(ConfigurableApplicationContext app, FakeBotApi telegram, String source, int reads) {
        SourceStatus status = app.getBean(SourceStatus.class);
        for (int i = 0; i < reads; i++) {
            Instant seen = status.of(source).lastSuccess();
            Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> {
                Instant last = status.of(source).lastSuccess();
                return last != null && (seen == null || last.isAfter(seen));
            });
        }
        await(app, telegram);
    }
}
