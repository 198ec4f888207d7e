package io.sitrep.editor;

import java.time.Clock;
import java.util.List;

import io.sitrep.briefing.Html;
import io.sitrep.delivery.Outbox;
import io.sitrep.source.NewsBacklogged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells every editor, in their private chat, when a read of a source brought too many new entries at once and most
 * were recorded without being pushed: that is usually a re-layout or an archive dump, and worth a look.
 */
@Component
class BacklogAlert {

    private final Editors editors;
    private final Outbox outbox;
    private final Clock clock;

    BacklogAlert(Editors editors, Outbox outbox, Clock clock) {
        this.editors = editors;
        this.outbox = outbox;
        this.clock = clock;
    }

    @EventListener
    void on(NewsBacklogged backlog) {
        String text = "\u26a0\ufe0f <b>" + Html.escape(backlog.source()) + "</b>: " + backlog.newEntries()
                + " new entries in one read. The newest " + backlog.pushed().size() + " were pushed; "
                + backlog.silent() + " were recorded as seen without being pushed (a re-layout or an archive dump "
                + "is not news). /entries lists them.";
        for (long editor : editors.all()) {
            outbox.enqueueReply(editor, null, List.of(text), clock.instant());
        }
    }
}
