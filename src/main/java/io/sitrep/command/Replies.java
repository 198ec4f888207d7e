package io.sitrep.command;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.sitrep.briefing.MessageSplitter;
import io.sitrep.briefing.ReaderSettings;
import io.sitrep.chat.Buttons;
import io.sitrep.chat.IncomingMessage;
import io.sitrep.delivery.Outbox;
import io.sitrep.subscription.LocalTimes;
import io.sitrep.subscription.SettingsStore;
import org.springframework.stereotype.Component;

/**
 * Queues answers to a chat through the outbox, ahead of pushes, into the forum topic they were asked in. Answers are
 * rendered for the chat's reader settings ({@link #readerOf}), so their times are already in its zone.
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
        outbox.enqueueReply(to.chatId(), to.threadId(), parts, buttons, clock.instant());
    }

    /** How the chat a message came from reads answers: its time zone (a language later). */
    public ReaderSettings readerOf(IncomingMessage from) {
        return ReaderSettings.in(settings.of(from.chatId()).zone());
    }

    /**
     * Sends parts rendered with GMT times after rewriting those times into the chat's zone. Only for renderers that
     * do not take {@link ReaderSettings} yet ({@code CasualtyBriefing}); everything else renders for the reader.
     */
    public void sendWithGmtTimesLocalised(IncomingMessage to, List<String> parts) {
        Instant now = clock.instant();
        send(to, LocalTimes.localise(parts, settings.of(to.chatId()).zone(), now), null);
    }
}
