package io.sitrep.map;

/**
 * A label as drawn: its text, the box it covers (halo included) and where its baseline starts.
 *
 * @param text text as drawn
 * @param kind place or country
 * @param box area covered in pixels, halo included; no two labels' boxes intersect
 * @param baselineX x where the text starts
 * @param baselineY y of the text baseline
 * @param fontSize font size in points (pixels at the rendered scale)
 */
record PlacedLabel(String text, LabelKind kind, PixelBox box, double baselineX, double baselineY, float fontSize) {
}
