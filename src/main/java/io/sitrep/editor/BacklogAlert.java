package io.sitrep.editor;

import java.time.Clock;
import java.util.List;

import io.sitrep.briefing.Bidi;
import io.sitrep.briefing.Html;
import io.sitrep.language.Language;
import io.sitrep.language.Texts;
import io.sitrep.delivery.Outbox;
import io.sitrep.source.NewsBacklogged;
import io.sitrep.subscription.SettingsStore;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells every editor, in their private chat and its language, when a read of a source brought too many new entries at once and most
 * were recorded without being pushed: that is usually a re-layout or an archive dump, and worth a look.
 */
@Component
class BacklogAlert {

    private final Editors editors;
    private final Outbox outbox;
    private final SettingsStore settings;
    private final Clock clock;

    BacklogAlert(Editors editors, Outbox outbox, SettingsStore settings, Clock clock) {
        this.settings = settings;
        this.editors = editors;
        this.outbox = outbox;
        this.clock = clock;
    }

    @EventListener
    void on(NewsBacklogged backlog) {
        for (long editor : editors.all()) {
            Language language = settings.of(editor).readsIn();
            String text = "\u26a0\ufe0f " + Texts.bundles().text(language, "editor.backlog",
                    "source", Html.escape(Bidi.isolate(backlog.source(), language)), "count", backlog.newEntries(),
                    "pushed", backlog.pushed().size(), "silent", backlog.silent());
            outbox.enqueueReply(editor, null, List.of(text), clock.instant());
        }
    }
}
