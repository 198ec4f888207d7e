package io.sitrep.source;

import java.time.Duration;
import java.util.Optional;

/** A live-blog page could not be read; the message says why in one line. */
public class FetchException extends Exception {

    private final transient Duration retryAfter;

    public FetchException(String message) {
        this(message, (Duration) null);
    }

    public FetchException(String message, Throwable cause) {
        super(message, cause);
        this.retryAfter = null;
    }

    /** A refusal that said when to come back ({@code Retry-After} on a 429 or 503). */
    public FetchException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    /** How long the server asked us to wait before the next request, if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
