package io.sitrep.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.sitrep.briefing.PushRendering;
import io.sitrep.briefing.ReaderSettings;
import io.sitrep.source.Entry;
import io.sitrep.source.EntryEdited;
import io.sitrep.source.EntryRetracted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns an edited or withdrawn entry into outbox work inside the transaction that records the change: every
 * message already sent for it becomes a pending edit (to the new text, or to a struck-out "RETRACTED" notice), and
 * messages not sent yet will carry the new text (or are cancelled, for a withdrawal). The outbox's edits are paced,
 * retried and crash-safe like sends, and doing one twice is harmless. Each message is re-rendered by
 * {@link PushRendering} for the zone and language it was sent in, so an edit reads exactly like the push, footer, language and local time
 * included.
 */
@Component
class EditPlanner {

    private static final Logger log = LoggerFactory.getLogger(EditPlanner.class);

    private final Outbox outbox;
    private final PushRendering rendering;
    private final Clock clock;

    EditPlanner(Outbox outbox, PushRendering rendering, Clock clock) {
        this.outbox = outbox;
        this.rendering = rendering;
        this.clock = clock;
    }

    @EventListener
    void on(EntryEdited edited) {
        Entry entry = edited.after();
        outbox.lockSlots(entry.id()); // before the reads below: the packer cannot move the entry's records meanwhile
        if (!outbox.hasSlots(entry.id())) {
            return; // never pushed (seen at the baseline, say): nothing to correct
        }
        Instant now = clock.instant();
        int changed = 0;
        for (ReaderSettings reader : outbox.readersOf(entry.id())) {
            List<String> parts = rendering.render(entry, reader);
            int before = outbox.partCount(entry.id(), reader);
            for (int part = 0; part < parts.size(); part++) {
                long message = outbox.messageFor("PUSH", entry.id(), entry.version(), part, parts.get(part), now);
                changed += part < before ? outbox.retarget(entry.id(), part, reader, message, now)
                        : outbox.addPart(entry.id(), part, reader, message, now);
            }
            for (int part = parts.size(); part < before; part++) {
                long message = outbox.messageFor("NOTICE", entry.id(), entry.version(), part, RetractionNotice.mergedPart(reader), now);
                changed += outbox.withdraw(entry.id(), part, reader, message, now);
            }
        }
        log.info("Entry {} edited: {} chat message(s) to correct", entry.id(), changed);
    }

    @EventListener
    void on(EntryRetracted retracted) {
        Entry entry = retracted.entry();
        outbox.lockSlots(entry.id());
        if (!outbox.hasSlots(entry.id())) {
            return;
        }
        Instant now = clock.instant();
        int edits = 0;
        for (ReaderSettings reader : outbox.readersOf(entry.id())) {
            List<String> parts = rendering.render(entry, reader);
            int before = outbox.partCount(entry.id(), reader);
            for (int part = 0; part < before; part++) {
                String text = part < parts.size() ? RetractionNotice.of(parts.get(part), reader) : RetractionNotice.laterPart(reader);
                long message = outbox.messageFor("RETRACTION", entry.id(), entry.version(), part, text, now);
                edits += outbox.withdraw(entry.id(), part, reader, message, now);
            }
        }
        log.info("Entry {} withdrawn: {} chat message(s) to mark retracted", entry.id(), edits);
    }
}
