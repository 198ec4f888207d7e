package io.sitrep.subscription;

import java.time.Instant;

/** A chat that receives pushes while active. */
public record Subscriber(long chatId, String chatType, String title, Instant since, boolean active) {
}
