package io.sitrep.command;

import java.time.Clock;
import java.util.List;

import io.sitrep.briefing.MessageSplitter;
import io.sitrep.chat.IncomingMessage;
import io.sitrep.delivery.Outbox;
import org.springframework.stereotype.Component;

/** Queues answers to a chat through the outbox, ahead of pushes. */
@Component
class Replies {

    private final Outbox outbox;
    private final Clock clock;

    Replies(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    void send(IncomingMessage to, String html) {
        outbox.enqueueReply(to.chatId(), to.threadId(), MessageSplitter.split(html), clock.instant());
    }

    void send(IncomingMessage to, List<String> parts) {
        outbox.enqueueReply(to.chatId(), to.threadId(), parts, clock.instant());
    }
}
