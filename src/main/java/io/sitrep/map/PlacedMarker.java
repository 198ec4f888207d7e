package io.sitrep.map;

/**
 * A place's marker as drawn: centre and radius in pixels.
 *
 * @param name place name
 * @param x centre x in pixels
 * @param y centre y in pixels
 * @param radius radius in pixels, not counting the casualty ring
 * @param mentions entries mentioning the place
 * @param hasCasualties whether the casualty ring is drawn
 */
record PlacedMarker(String name, double x, double y, double radius, int mentions, boolean hasCasualties) {

    /** Radius including the casualty ring, when there is one. */
    public double outerRadius() {
        return hasCasualties ? radius + MarkerSize.RING_GAP + MarkerSize.RING_WIDTH : radius + 1;
    }
}
