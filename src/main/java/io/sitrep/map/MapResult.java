package io.sitrep.map;

import java.util.List;

/**
 * A rendered map: the PNG bytes plus what could not be shown and where everything went.
 *
 * <p>{@code png} is an array, so two results are {@code equals} only when they are the same object.
 *
 * @param png PNG image bytes
 * @param width image width in pixels
 * @param height image height in pixels
 * @param skipped names of places left out because their coordinates are missing or invalid
 * @param outsideView names of located places that fall outside an explicit focus area
 * @param layout marker and label positions
 */
public record MapResult(byte[] png, int width, int height, List<String> skipped, List<String> outsideView,
                        MapLayout layout) {

    public MapResult {
        skipped = List.copyOf(skipped);
        outsideView = List.copyOf(outsideView);
    }

    /** A one-line note for the reader about places not on the map, or "" when every place is shown. */
    public String skippedNote() {
        StringBuilder note = new StringBuilder();
        if (!skipped.isEmpty()) {
            note.append("Not on the map (no coordinates): ").append(String.join(", ", skipped)).append('.');
        }
        if (!outsideView.isEmpty()) {
            if (note.length() > 0) {
                note.append(' ');
            }
            note.append("Outside this view: ").append(String.join(", ", outsideView)).append('.');
        }
        return note.toString();
    }
}
