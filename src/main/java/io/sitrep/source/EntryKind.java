package io.sitrep.source;

/** What part of a live blog an entry is. */
public enum EntryKind {
    /** A timestamped {@code UPDATE hhmm GMT:} paragraph group. */
    UPDATE,
    /** The page's opening {@code ORIGINAL ENTRY}, with its sub-heads. */
    ORIGINAL,
    /** A headlined story further down the page. */
    STORY
}
