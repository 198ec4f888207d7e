package io.sitrep.source;

/** What one fetch brought back: a page, or word that it has not changed since the last read. */
sealed interface FetchOutcome permits FetchedPage, Unchanged {

    /** The URL that was asked for. */
    String requestedUrl();
}
