package io.sitrep.source;

/** An entry was withdrawn from its page. */
public record EntryRetracted(Entry entry) {
}
