package io.sitrep.subscription;

import java.util.List;

import io.sitrep.delivery.Recipient;

/** One rendering of a push and the recipients who get exactly it (same time zone). */
public record PushBatch(List<String> parts, List<Recipient> recipients) {

    public PushBatch {
        parts = List.copyOf(parts);
        recipients = List.copyOf(recipients);
    }
}
