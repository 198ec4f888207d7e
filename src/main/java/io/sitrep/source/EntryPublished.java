package io.sitrep.source;

/** A new entry appeared on a source after its baseline read: subscribers should get it. */
public record EntryPublished(Entry entry) {
}
