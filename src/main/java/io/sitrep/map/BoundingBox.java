package io.sitrep.map;

import java.util.Collection;

/**
 * A latitude/longitude rectangle in degrees, used for the map view and for culling shapes.
 *
 * @param south southern latitude
 * @param west western longitude
 * @param north northern latitude
 * @param east eastern longitude (not less than {@code west}; the antimeridian is not wrapped)
 */
public record BoundingBox(double south, double west, double north, double east) {

    /** The whole inhabited world, for a view with nothing in it. */
    public static final BoundingBox WORLD = new BoundingBox(-56, -170, 76, 180);

    public BoundingBox {
        if (!(south <= north) || !(west <= east)) {
            throw new IllegalArgumentException(
                    "bounding box needs south <= north and west <= east: " + south + "," + west + "," + north + "," + east);
        }
    }

    /** The smallest box holding every located point, or {@code null} when there is none. */
    public static BoundingBox around(Collection<MapPoint> points) {
        double south = Double.POSITIVE_INFINITY, west = Double.POSITIVE_INFINITY;
        double north = Double.NEGATIVE_INFINITY, east = Double.NEGATIVE_INFINITY;
        for (MapPoint point : points) {
            if (!point.isLocated()) {
                continue;
            }
            south = Math.min(south, point.lat());
            north = Math.max(north, point.lat());
            west = Math.min(west, point.lon());
            east = Math.max(east, point.lon());
        }
        return south == Double.POSITIVE_INFINITY ? null : new BoundingBox(south, west, north, east);
    }

    public double width() {
        return east - west;
    }

    public double height() {
        return north - south;
    }

    /** This box grown, around its centre, to at least {@code degrees} wide and high. */
    public BoundingBox withMinimumSpan(double degrees) {
        return withMinimumSpan(degrees, degrees);
    }

    /** This box grown, around its centre, to at least {@code minWidth} degrees of longitude and {@code minHeight} of latitude. */
    public BoundingBox withMinimumSpan(double minWidth, double minHeight) {
        double halfWidth = Math.max(width(), minWidth) / 2;
        double halfHeight = Math.max(height(), minHeight) / 2;
        double centreLat = (south + north) / 2;
        double centreLon = (west + east) / 2;
        double newSouth = Math.max(-85, centreLat - halfHeight);
        double newNorth = Math.min(85, centreLat + halfHeight);
        return new BoundingBox(newSouth, centreLon - halfWidth, newNorth, centreLon + halfWidth);
    }

    public boolean contains(double lat, double lon) {
        return lat >= south && lat <= north && lon >= west && lon <= east;
    }

    public boolean intersects(BoundingBox other) {
        return other.west <= east && other.east >= west && other.south <= north && other.north >= south;
    }
}
