package io.sitrep.map;

import java.awt.geom.Path2D;
import java.util.Arrays;

/**
 * Turns base-map outlines into pixel paths for one view: skips outlines outside the view,
 * drops points closer than about a pixel to the previous one, and clips rings to the view
 * (Sutherland–Hodgman), so zoomed-in maps never push the whole world through Java2D.
 */
final class OutlineProjector {

    private static final double MIN_STEP = 1.0;

    private final Projection projection;
    private final double left, top, right, bottom;
    private final double west, south, east, north;
    private double[] points = new double[4096];
    private double[] scratch = new double[4096];
    private int pointsUsed;

    /** A projector for paths that only need to look right inside {@code clip}. */
    OutlineProjector(Projection projection, PixelBox clip) {
        this.projection = projection;
        this.left = clip.x();
        this.top = clip.y();
        this.right = clip.right();
        this.bottom = clip.bottom();
        double k = projection.pixelsPerRadian();
        this.west = (left - projection.offsetX()) / k;
        this.east = (right - projection.offsetX()) / k;
        this.north = (projection.offsetY() - top) / k;
        this.south = (projection.offsetY() - bottom) / k;
    }

    boolean isVisible(Outline outline) {
        return outline.overlaps(west, south, east, north);
    }

    boolean isVisible(Country country) {
        return country.overlaps(west, south, east, north);
    }

    /** All visible rings of the country as one even-odd path (empty when none is visible). */
    Path2D.Float countryPath(Country country) {
        Path2D.Float path = new Path2D.Float(Path2D.WIND_EVEN_ODD);
        if (isVisible(country)) {
            for (Outline ring : country.rings()) {
                appendRing(path, ring);
            }
        }
        return path;
    }

    /** Adds the ring, clipped to the view, as a closed subpath; does nothing when it is not visible. */
    void appendRing(Path2D path, Outline ring) {
        if (!isVisible(ring) || isSpeck(ring)) {
            return;
        }
        project(ring);
        boolean inside = ring.minX() >= west && ring.maxX() <= east && ring.minY() >= south && ring.maxY() <= north;
        if (!inside) {
            clip();
        }
        if (pointsUsed < 3) {
            return;
        }
        path.moveTo(points[0], points[1]);
        for (int i = 1; i < pointsUsed; i++) {
            path.lineTo(points[2 * i], points[2 * i + 1]);
        }
        path.closePath();
    }

    /** Whether the outline would cover less than about a pixel in both directions. */
    private boolean isSpeck(Outline outline) {
        double k = projection.pixelsPerRadian();
        return (outline.maxX() - outline.minX()) * k < 1 && (outline.maxY() - outline.minY()) * k < 1;
    }

    /** Adds the polyline, leaving out stretches that lie wholly outside the view. */
    void appendLine(Path2D path, Outline line) {
        if (!isVisible(line)) {
            return;
        }
        project(line);
        boolean penDown = false;
        for (int i = 1; i < pointsUsed; i++) {
            double x0 = points[2 * i - 2], y0 = points[2 * i - 1];
            double x1 = points[2 * i], y1 = points[2 * i + 1];
            boolean outside = Math.max(x0, x1) < left || Math.min(x0, x1) > right
                    || Math.max(y0, y1) < top || Math.min(y0, y1) > bottom;
            if (outside) {
                penDown = false;
                continue;
            }
            if (!penDown) {
                path.moveTo(x0, y0);
                penDown = true;
            }
            path.lineTo(x1, y1);
        }
    }

    private void project(Outline outline) {
        float[] xy = outline.coordinates();
        int count = xy.length / 2;
        ensureCapacity(count);
        double k = projection.pixelsPerRadian();
        double ox = projection.offsetX();
        double oy = projection.offsetY();
        int n = 0;
        double lastX = Double.NaN, lastY = Double.NaN;
        for (int i = 0; i < count; i++) {
            double x = k * xy[2 * i] + ox;
            double y = oy - k * xy[2 * i + 1];
            boolean last = i == count - 1;
            if (n > 0 && !last && Math.abs(x - lastX) < MIN_STEP && Math.abs(y - lastY) < MIN_STEP) {
                continue;
            }
            points[2 * n] = x;
            points[2 * n + 1] = y;
            n++;
            lastX = x;
            lastY = y;
        }
        pointsUsed = n;
    }

    private void clip() {
        clipEdge(0, left, true);
        clipEdge(0, right, false);
        clipEdge(1, top, true);
        clipEdge(1, bottom, false);
    }

    /** One Sutherland–Hodgman pass: keeps the side of {@code axis = limit} where the value is >= (or <=) it. */
    private void clipEdge(int axis, double limit, boolean keepGreater) {
        int n = pointsUsed;
        if (n == 0) {
            return;
        }
        if (scratch.length < 4 * n + 4) {
            scratch = new double[4 * n + 4];
        }
        int out = 0;
        double px = points[2 * (n - 1)], py = points[2 * (n - 1) + 1];
        boolean previousIn = keepGreater ? (axis == 0 ? px : py) >= limit : (axis == 0 ? px : py) <= limit;
        for (int i = 0; i < n; i++) {
            double cx = points[2 * i], cy = points[2 * i + 1];
            double value = axis == 0 ? cx : cy;
            boolean currentIn = keepGreater ? value >= limit : value <= limit;
            if (currentIn != previousIn) {
                double previousValue = axis == 0 ? px : py;
                double t = (limit - previousValue) / (value - previousValue);
                scratch[2 * out] = axis == 0 ? limit : px + t * (cx - px);
                scratch[2 * out + 1] = axis == 0 ? py + t * (cy - py) : limit;
                out++;
            }
            if (currentIn) {
                scratch[2 * out] = cx;
                scratch[2 * out + 1] = cy;
                out++;
            }
            px = cx;
            py = cy;
            previousIn = currentIn;
        }
        double[] swap = points;
        points = scratch;
        scratch = swap;
        pointsUsed = out;
    }

    private void ensureCapacity(int count) {
        if (points.length < 2 * count) {
            points = Arrays.copyOf(points, 2 * count);
        }
    }
}
