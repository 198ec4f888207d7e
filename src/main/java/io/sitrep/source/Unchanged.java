package io.sitrep.source;

/** The server answered {@code 304 Not Modified} (or the file is as it was): nothing to parse. */
record Unchanged(String requestedUrl) implements FetchOutcome {
}
