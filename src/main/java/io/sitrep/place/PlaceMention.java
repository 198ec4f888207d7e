package io.sitrep.place;

/**
 * A place found in a text, with the character span {@code [start, end)} that named it.
 */
public record PlaceMention(Place place, int start, int end, String text) {
}
