package io.sitrep.source;

import java.time.Duration;

import io.sitrep.shared.InvalidSettingException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a read of a source turns into news: how many new entries one poll may push before the rest count as a backlog,
 * and how long an entry must stay off its page before it counts as withdrawn.
 *
 * @param maxNewPerPoll     a poll that brings more new entries than this (a re-layout, an archive dump) pushes only
 *                          the newest {@code pushOnFlood} of them; the rest are recorded silently and editors are told
 * @param pushOnFlood       how many of the newest entries such a poll still pushes (0 to push none)
 * @param retractAfterPolls an entry missing from its page counts as withdrawn only after this many reads in a row...
 * @param retractAfter      ...and at least this long after the first read that missed it; back before then, nothing
 *                          changes for readers
 */
@ConfigurationProperties("sitrep.ingest")
record IngestProperties(@DefaultValue("20") int maxNewPerPoll, @DefaultValue("3") int pushOnFlood,
                               @DefaultValue("3") int retractAfterPolls, @DefaultValue("2m") Duration retractAfter) {

    public IngestProperties {
        if (maxNewPerPoll < 1) {
            throw new InvalidSettingException("sitrep.ingest.max-new-per-poll", "must be at least 1");
        }
        if (pushOnFlood < 0 || pushOnFlood > maxNewPerPoll) {
            throw new InvalidSettingException("sitrep.ingest.push-on-flood", "must be between 0 and sitrep.ingest.max-new-per-poll");
        }
        if (retractAfterPolls < 1 || retractAfterPolls > 1000) {
            throw new InvalidSettingException("sitrep.ingest.retract-after-polls", "must be between 1 and 1000");
        }
        if (retractAfter.isNegative()) {
            throw new InvalidSettingException("sitrep.ingest.retract-after", "must not be negative");
        }
    }

    /** The defaults, as {@code sitrep.ingest} has them when nothing is set. */
    public static IngestProperties defaults() {
        return new IngestProperties(20, 3, 3, Duration.ofMinutes(2));
    }
}
