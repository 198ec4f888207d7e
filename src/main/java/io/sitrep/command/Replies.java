package io.sitrep.command;

import java.time.Clock;
import java.util.List;

import io.sitrep.briefing.MessageSplitter;
import io.sitrep.briefing.ReaderSettings;
import io.sitrep.chat.Buttons;
import io.sitrep.chat.IncomingMessage;
import io.sitrep.delivery.Outbox;
import io.sitrep.language.Language;
import io.sitrep.subscription.ChatSettings;
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

    /** How the chat a message came from reads answers: its time zone and its language. */
    public ReaderSettings readerOf(IncomingMessage from) {
        ChatSettings chat = settings.of(from.chatId());
        return ReaderSettings.of(chat.zone(), chat.readsIn());
    }

    /**
     * Remembers the language of a private chat's Telegram app, which the chat then reads in (replies, pushes, menus)
     * until it picks one with /language. Groups and channels stay in English unless they pick one.
     */
    void noteLanguage(IncomingMessage from) {
        if (from.isPrivate() && from.languageCode() != null && !from.languageCode().isBlank()) {
            settings.noteTelegramLanguage(from.chatId(), Language.of(from.languageCode()).orElse(Language.ENGLISH));
        }
    }
}
