package io.sitrep.subscription;

import java.time.Duration;

import io.sitrep.shared.InvalidSettingException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sitrep.subscriptions.*}: limits on what one chat may follow, and how long a group admin check is trusted.
 *
 * @param adminCheckTtl how long a getChatMember answer is reused before asking Telegram again
 * @param maxTopics     topics one chat or forum topic may follow
 * @param maxFilterWords keyword filter words one chat or forum topic may have
 */
@ConfigurationProperties("sitrep.subscriptions")
public record SubscriptionProperties(@DefaultValue("60s") Duration adminCheckTtl,
                                     @DefaultValue("30") int maxTopics,
                                     @DefaultValue("20") int maxFilterWords) {

    public SubscriptionProperties {
        if (adminCheckTtl.isNegative() || adminCheckTtl.compareTo(Duration.ofHours(1)) > 0) {
            throw new InvalidSettingException("sitrep.subscriptions.admin-check-ttl", "must be between 0s and 1h");
        }
        if (maxTopics < 1 || maxTopics > 500) {
            throw new InvalidSettingException("sitrep.subscriptions.max-topics", "must be between 1 and 500");
        }
        if (maxFilterWords < 1 || maxFilterWords > 200) {
            throw new InvalidSettingException("sitrep.subscriptions.max-filter-words", "must be between 1 and 200");
        }
    }
}
