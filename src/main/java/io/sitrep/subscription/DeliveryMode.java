package io.sitrep.subscription;

/**
 * How a chat receives UPDATEs: each at once, or collected into an hourly or daily digest. Its words for readers are
 * the bundles' {@code mode.*} (see {@link SettingChange#mode}).
 */
public enum DeliveryMode {
    INSTANT, HOURLY, DAILY
}
