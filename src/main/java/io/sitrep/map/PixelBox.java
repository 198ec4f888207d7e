package io.sitrep.map;

/**
 * An axis-aligned rectangle in image pixels, used for labels, reserved panels and the map area.
 *
 * @param x left edge
 * @param y top edge
 * @param width width, not negative
 * @param height height, not negative
 */
record PixelBox(double x, double y, double width, double height) {

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    /** Whether the two boxes share any area (touching edges do not count). */
    public boolean intersects(PixelBox other) {
        return other.x < right() && other.right() > x && other.y < bottom() && other.bottom() > y;
    }

    /** Whether {@code other} lies entirely inside this box. */
    public boolean contains(PixelBox other) {
        return other.x >= x && other.right() <= right() && other.y >= y && other.bottom() <= bottom();
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= right() && py >= y && py <= bottom();
    }

    /** Whether the circle at ({@code cx}, {@code cy}) with radius {@code r} overlaps this box. */
    public boolean intersectsCircle(double cx, double cy, double r) {
        double nearestX = Math.max(x, Math.min(cx, right()));
        double nearestY = Math.max(y, Math.min(cy, bottom()));
        double dx = cx - nearestX;
        double dy = cy - nearestY;
        return dx * dx + dy * dy < r * r;
    }

    /** This box grown by {@code amount} on every side. */
    public PixelBox inflated(double amount) {
        return new PixelBox(x - amount, y - amount, width + 2 * amount, height + 2 * amount);
    }
}
