package io.sitrep.subscription;

import java.time.ZoneId;
import java.util.List;

import io.sitrep.delivery.Recipient;

/** Recipients who read a push alike (the same time zone), so one rendering of it serves them all. */
public record PushBatch(ZoneId zone, List<Recipient> recipients) {

    public PushBatch {
        recipients = List.copyOf(recipients);
    }
}
