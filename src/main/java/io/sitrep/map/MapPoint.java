package io.sitrep.map;

import java.util.Objects;

/**
 * One place to show on a map: where it is, how many entries mention it, whether casualty
 * claims are attached to it, and how important it is when labels compete for room.
 *
 * <p>A place whose coordinates are unknown carries {@link Double#NaN} for {@code lat} and
 * {@code lon}; the renderer skips it and reports its name in {@link MapResult#skipped()}.
 *
 * @param name place name, used as the label
 * @param lat latitude in degrees (-90..90), NaN when unknown
 * @param lon longitude in degrees (-180..180), NaN when unknown
 * @param mentions number of entries that mention the place (drives the marker size)
 * @param hasCasualties whether casualty claims are attached (drawn with a red ring)
 * @param importance label priority: higher keeps its label when labels would overlap
 */
public record MapPoint(String name, double lat, double lon, int mentions, boolean hasCasualties, int importance) {

    public MapPoint {
        name = Objects.requireNonNullElse(name, "").strip();
        mentions = Math.max(0, mentions);
    }

    /** A place known only by name; it is reported as skipped. */
    public static MapPoint withoutCoordinates(String name, int mentions, boolean hasCasualties, int importance) {
        return new MapPoint(name, Double.NaN, Double.NaN, mentions, hasCasualties, importance);
    }

    /** Whether the coordinates are finite and within the valid latitude/longitude ranges. */
    public boolean isLocated() {
        return Double.isFinite(lat) && Double.isFinite(lon)
                && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
    }
}
