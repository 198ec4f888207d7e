package io.sitrep.retention;

import java.time.Duration;

import io.sitrep.shared.InvalidSettingException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sitrep.retention.*}: how long Sitrep keeps what it wrote, and how it prunes the rest.
 *
 * @param enabled      prune at all (default true)
 * @param sentMessages how long the record of a sent (or cancelled, or dead) message is kept, so an edit or a
 *                     retraction of its entry can still reach it; also how long a message's text is kept
 * @param packAfter    how long after sending the record of a plain push (no topic, GMT, English) is packed with the
 *                     other chats' records of the same message, a few bytes per chat instead of an outbox row
 * @param entries      how long the entries of a page Sitrep no longer reads are kept (a page still read keeps them)
 * @param audit        how long editors' audit records (and the list of entries they withdrew) are kept
 * @param interval     how often a pruning round runs
 * @param batchSize    rows deleted per statement, each in its own short transaction
 * @param pause        the wait between two batches, so sending and polling always get the database in between
 */
@ConfigurationProperties("sitrep.retention")
record RetentionProperties(@DefaultValue("true") boolean enabled,
                                  @DefaultValue("3d") Duration sentMessages,
                                  @DefaultValue("10m") Duration packAfter,
                                  @DefaultValue("30d") Duration entries,
                                  @DefaultValue("365d") Duration audit,
                                  @DefaultValue("5m") Duration interval,
                                  @DefaultValue("1000") int batchSize,
                                  @DefaultValue("20ms") Duration pause) {

    public RetentionProperties {
        atLeast("sitrep.retention.sent-messages", sentMessages, Duration.ofHours(1));
        // Longer than any pause between two messages to one chat, which the sender reads from recent sent rows.
        atLeast("sitrep.retention.pack-after", packAfter, Duration.ofMinutes(1));
        if (packAfter.compareTo(sentMessages) >= 0) {
            throw new InvalidSettingException("sitrep.retention.pack-after", "must be shorter than sitrep.retention.sent-messages");
        }
        atLeast("sitrep.retention.entries", entries, Duration.ofDays(1));
        atLeast("sitrep.retention.audit", audit, Duration.ofDays(1));
        atLeast("sitrep.retention.interval", interval, Duration.ofSeconds(1));
        if (batchSize < 10 || batchSize > 10_000) {
            throw new InvalidSettingException("sitrep.retention.batch-size", "must be between 10 and 10000");
        }
        if (pause.isNegative() || pause.compareTo(Duration.ofSeconds(10)) > 0) {
            throw new InvalidSettingException("sitrep.retention.pause", "must be between 0s and 10s");
        }
    }

    private static void atLeast(String property, Duration value, Duration minimum) {
        if (value.compareTo(minimum) < 0) {
            throw new InvalidSettingException(property, "must be at least " + minimum.toString().substring(2).toLowerCase());
        }
    }
}
