package io.sitrep.subscription;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import io.sitrep.briefing.ReaderSettings;

/**
 * Where released pushes and digests are queued for sending. Delivery's outbox implements it, so this module hands
 * messages on without depending on delivery (which depends on this module for its audiences).
 */
public interface PushQueue {

    /**
     * Queues {@code parts}, rendered for {@code reader}, to each recipient in the caller's transaction; the entry's
     * id and version (both null for a digest) let later edits and retractions find the sent messages.
     */
    int enqueuePush(String entryId, String version, List<String> parts, Collection<Recipient> to,
                    ReaderSettings reader, Instant now);
}
