package io.sitrep.source;

/** An entry kept its id but its text changed. */
public record EntryEdited(Entry before, Entry after) {
}
