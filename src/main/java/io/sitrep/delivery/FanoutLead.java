package io.sitrep.delivery;

import io.sitrep.shared.SitrepProperties;

/**
 * How far ahead of the sender a push's rows are written: about a minute of sending at the configured rate, between
 * the first chunk's size and {@link Outbox#FANOUT_CHUNK}. The fan-out writes the next {@code chunk} chats once fewer
 * than {@code chunk} pushes are waiting, so a push to 100,000 chats never holds more than two chunks of unsent rows:
 * the rest of its audience is only the fan-out's cursor until the sender comes near.
 */
record FanoutLead(int chunk) {

    static FanoutLead of(SitrepProperties.Delivery delivery) {
        int perSecond = delivery.paidBroadcast() ? delivery.paidPerSecond() : delivery.globalPerSecond();
        long minute = 60L * Math.max(1, perSecond);
        return new FanoutLead((int) Math.max(Outbox.CHUNK, Math.min(Outbox.FANOUT_CHUNK, minute)));
    }

    /** Whether the sender is near enough the end of what is written that the next chunk should be written now. */
    boolean wantsMore(long duePushes) {
        return duePushes < chunk;
    }
}
