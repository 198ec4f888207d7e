package io.sitrep.source;

/** A live-blog page could not be read; the message says why in one line. */
public class FetchException extends Exception {

    public FetchException(String message) {
        super(message);
    }

    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
