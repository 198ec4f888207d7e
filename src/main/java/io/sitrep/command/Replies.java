package io.sitrep.command;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.sitrep.briefing.MessageSplitter;
import io.sitrep.chat.Buttons;
import io.sitrep.chat.IncomingMessage;
import io.sitrep.delivery.Outbox;
import io.sitrep.subscription.LocalTimes;
import io.sitrep.subscription.SettingsStore;
import org.springframework.stereotype.Component;

/**
 * Queues answers to a chat through the outbox, ahead of pushes, into the forum topic they were asked in, with
 * times shown in the chat's time zone.
 */
@Component
public class Replies {

    private final Outbox outbox;
    private final SettingsStore settings;
    private final Clock clock;

    Replies(Outbox outbox, SettingsStore settings, Clock clock) {
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    public void send(IncomingMessage to, String html) {
        send(to, MessageSplitter.split(html), null);
    }

    public void send(IncomingMessage to, List<String> parts) {
        send(to, parts, null);
    }

    public void send(IncomingMessage to, String html, Buttons buttons) {
        send(to, MessageSplitter.split(html), buttons);
    }

    /** Sends the parts in order; the buttons go under the last one. */
    public void send(IncomingMessage to, List<String> parts, Buttons buttons) {
        Instant now = clock.instant();
        List<String> local = LocalTimes.localise(parts, settings.of(to.chatId()).zone(), now);
        outbox.enqueueReply(to.chatId(), to.threadId(), local, buttons, now);
    }
}
