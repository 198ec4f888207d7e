package io.sitrep.subscription;

import io.sitrep.shared.SitrepMode;
import io.sitrep.shared.SitrepProperties;
import io.sitrep.source.ReplayAudience;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** In console mode, the replay's audience is the console chat: it watches once it has subscribed (/start). */
@Component
@ConditionalOnProperty(name = SitrepMode.PROPERTY, havingValue = "console")
class ConsoleReplayAudience implements ReplayAudience {

    private final SubscriberStore subscribers;
    private final long consoleChat;

    ConsoleReplayAudience(SubscriberStore subscribers, SitrepProperties properties) {
        this.subscribers = subscribers;
        this.consoleChat = properties.console().chatId();
    }

    @Override
    public boolean isWatching() {
        return subscribers.isActive(consoleChat);
    }
}
