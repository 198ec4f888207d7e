package io.sitrep.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.sitrep.briefing.BriefingFormatter;
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
 * retried and crash-safe like sends, and doing one twice is harmless.
 */
@Component
class EditPlanner {

    private static final Logger log = LoggerFactory.getLogger(EditPlanner.class);

    private final Outbox outbox;
    private final BriefingFormatter formatter;
    private final Clock clock;
    private final PartsCap cap;

    EditPlanner(Outbox outbox, BriefingFormatter formatter, Clock clock, PartsCap cap) {
        this.cap = cap;
        this.outbox = outbox;
        this.formatter = formatter;
        this.clock = clock;
    }

    @EventListener
    void on(EntryEdited edited) {
        Entry entry = edited.after();
        if (!outbox.hasSlots(entry.id())) {
            return; // never pushed (seen at the baseline, say): nothing to correct
        }
        Instant now = clock.instant();
        List<String> parts = cap.apply(entry, formatter.push(entry));
        int before = outbox.partCount(entry.id());
        int changed = 0;
        for (int part = 0; part < parts.size(); part++) {
            long message = outbox.messageFor("PUSH", entry.id(), entry.version(), part, parts.get(part), now);
            changed += part < before ? outbox.retarget(entry.id(), part, message, now) : outbox.addPart(entry.id(), part, message, now);
        }
        for (int part = parts.size(); part < before; part++) {
            long message = outbox.messageFor("NOTICE", entry.id(), entry.version(), part, RetractionNotice.MERGED_PART, now);
            changed += outbox.withdraw(entry.id(), part, message, now);
        }
        log.info("Entry {} edited: {} chat message(s) to correct", entry.id(), changed);
    }

    @EventListener
    void on(EntryRetracted retracted) {
        Entry entry = retracted.entry();
        if (!outbox.hasSlots(entry.id())) {
            return;
        }
        Instant now = clock.instant();
        List<String> parts = cap.apply(entry, formatter.push(entry));
        int before = outbox.partCount(entry.id());
        int edits = 0;
        for (int part = 0; part < before; part++) {
            String text = part < parts.size() ? RetractionNotice.of(parts.get(part)) : RetractionNotice.LATER_PART;
            long message = outbox.messageFor("RETRACTION", entry.id(), entry.version(), part, text, now);
            edits += outbox.withdraw(entry.id(), part, message, now);
        }
        log.info("Entry {} withdrawn: {} chat message(s) to mark retracted", entry.id(), edits);
    }
}
