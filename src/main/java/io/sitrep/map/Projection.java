package io.sitrep.map;

/**
 * Web Mercator projection from degrees to image pixels: {@code x = k·λ + offsetX},
 * {@code y = offsetY − k·ln(tan(π/4 + φ/2))}, with λ and φ in radians.
 *
 * <p>Base map shapes are stored already in Mercator units ({@link #mercatorX}, {@link #mercatorY}),
 * so projecting them is a scale and a shift.
 *
 * @param pixelsPerRadian scale {@code k}: pixels per radian of longitude
 * @param offsetX pixel x of longitude 0
 * @param offsetY pixel y of the equator
 */
record Projection(double pixelsPerRadian, double offsetX, double offsetY) {

    /** Latitudes are clamped to this, where Web Mercator turns the world into a square. */
    public static final double MAX_LATITUDE = 85.0511287798;

    /** Mercator x (radians of longitude) of a longitude in degrees. */
    public static double mercatorX(double lon) {
        return Math.toRadians(lon);
    }

    /** Mercator y of a latitude in degrees, clamped to ±{@link #MAX_LATITUDE}. */
    public static double mercatorY(double lat) {
        double clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
        return Math.log(Math.tan(Math.PI / 4 + Math.toRadians(clamped) / 2));
    }

    /**
     * The projection that shows {@code view} as large as fits inside {@code area}, centred,
     * keeping the aspect ratio, with {@code paddingPixels} left free on every side.
     */
    public static Projection fitting(BoundingBox view, PixelBox area, double paddingPixels) {
        double minX = mercatorX(view.west());
        double maxX = mercatorX(view.east());
        double minY = mercatorY(view.south());
        double maxY = mercatorY(view.north());
        double spanX = Math.max(maxX - minX, 1e-9);
        double spanY = Math.max(maxY - minY, 1e-9);
        double usableWidth = Math.max(1, area.width() - 2 * paddingPixels);
        double usableHeight = Math.max(1, area.height() - 2 * paddingPixels);
        double k = Math.min(usableWidth / spanX, usableHeight / spanY);
        double offsetX = area.centerX() - k * (minX + maxX) / 2;
        double offsetY = area.centerY() + k * (minY + maxY) / 2;
        return new Projection(k, offsetX, offsetY);
    }

    /** Pixel x of a longitude in degrees. */
    public double x(double lon) {
        return xOfMercator(mercatorX(lon));
    }

    /** Pixel y of a latitude in degrees. */
    public double y(double lat) {
        return yOfMercator(mercatorY(lat));
    }

    public double xOfMercator(double mx) {
        return pixelsPerRadian * mx + offsetX;
    }

    public double yOfMercator(double my) {
        return offsetY - pixelsPerRadian * my;
    }

    /** Longitude in degrees at pixel x. */
    public double lon(double x) {
        return Math.toDegrees((x - offsetX) / pixelsPerRadian);
    }

    /** Latitude in degrees at pixel y. */
    public double lat(double y) {
        return Math.toDegrees(Math.atan(Math.sinh((offsetY - y) / pixelsPerRadian)));
    }

    /** The latitude/longitude box shown inside {@code area}. */
    public BoundingBox bounds(PixelBox area) {
        return new BoundingBox(lat(area.bottom()), lon(area.x()), lat(area.y()), lon(area.right()));
    }

    /** Ground distance in metres covered by one pixel at latitude {@code lat} (spherical Earth). */
    public double metresPerPixel(double lat) {
        return 6_371_008.8 * Math.cos(Math.toRadians(lat)) / pixelsPerRadian;
    }
}
