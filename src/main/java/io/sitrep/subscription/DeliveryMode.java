package io.sitrep.subscription;

/** How a chat receives UPDATEs: each at once, or collected into an hourly or daily digest. */
public enum DeliveryMode {
    INSTANT, HOURLY, DAILY;

    public String describe() {
        return switch (this) {
            case INSTANT -> "each UPDATE at once";
            case HOURLY -> "an hourly digest";
            case DAILY -> "a daily digest";
        };
    }
}
