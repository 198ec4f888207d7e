package io.sitrep.map;

/**
 * A ring or polyline of base-map coordinates in Mercator units (x = radians of longitude,
 * y = Mercator y), with its bounding box for culling.
 *
 * @param coordinates interleaved x, y pairs
 * @param minX western bound
 * @param minY southern bound
 * @param maxX eastern bound
 * @param maxY northern bound
 */
record Outline(float[] coordinates, double minX, double minY, double maxX, double maxY) {

    static Outline of(float[] coordinates) {
        double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < coordinates.length; i += 2) {
            minX = Math.min(minX, coordinates[i]);
            maxX = Math.max(maxX, coordinates[i]);
            minY = Math.min(minY, coordinates[i + 1]);
            maxY = Math.max(maxY, coordinates[i + 1]);
        }
        return new Outline(coordinates, minX, minY, maxX, maxY);
    }

    int pointCount() {
        return coordinates.length / 2;
    }

    /** Whether the bounding box overlaps the given Mercator-unit rectangle. */
    boolean overlaps(double west, double south, double east, double north) {
        return minX <= east && maxX >= west && minY <= north && maxY >= south;
    }
}
