package io.sitrep.map;

/** Marker radius as a function of how many entries mention a place (area grows with the count). */
final class MarkerSize {

    static final double RING_GAP = 2.5;
    static final double RING_WIDTH = 2.5;
    private static final double MIN_RADIUS = 5;
    private static final double MAX_RADIUS = 20;

    private MarkerSize() {
    }

    static double radius(int mentions) {
        return Math.min(MAX_RADIUS, MIN_RADIUS + 3.2 * Math.sqrt(Math.max(0, mentions - 1)));
    }
}
