package io.sitrep.map;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Places labels greedily, most important first, so that no two labels overlap and none covers
 * another marker, a panel or the edge of the map; a label that fits nowhere is dropped.
 */
final class LabelPlacer {

    /** Free space kept around the text for its halo. */
    static final double HALO = 2.5;
    private static final double GAP = 3;

    private final PixelBox bounds;
    private final List<PixelBox> panels;
    private final List<PlacedMarker> markers;
    private final FontRenderContext fontContext;
    private final List<PlacedLabel> placed = new ArrayList<>();

    LabelPlacer(PixelBox bounds, List<PixelBox> panels, List<PlacedMarker> markers, FontRenderContext fontContext) {
        this.bounds = bounds;
        this.panels = List.copyOf(panels);
        this.markers = List.copyOf(markers);
        this.fontContext = fontContext;
    }

    /** Labels placed so far, in placement order. */
    List<PlacedLabel> placed() {
        return List.copyOf(placed);
    }

    /** Tries the positions around {@code marker} in order of preference; keeps the first that fits. */
    Optional<PlacedLabel> placeBeside(PlacedMarker marker, String text, Font font) {
        TextSize size = measure(text, font);
        double r = marker.outerRadius();
        double diagonal = r * 0.72;
        double w = size.width();
        double h = size.height();
        double cx = marker.x();
        double cy = marker.y();
        double[][] topLefts = {
                {cx + r + GAP, cy - h / 2},                 // right
                {cx - r - GAP - w, cy - h / 2},             // left
                {cx + diagonal + 1, cy - diagonal - h},     // above right
                {cx + diagonal + 1, cy + diagonal},         // below right
                {cx - w / 2, cy - r - GAP - h},             // above
                {cx - w / 2, cy + r + GAP},                 // below
                {cx - diagonal - 1 - w, cy - diagonal - h}, // above left
                {cx - diagonal - 1 - w, cy + diagonal},     // below left
        };
        for (double[] topLeft : topLefts) {
            PixelBox box = new PixelBox(topLeft[0], topLeft[1], w, h);
            if (fits(box, marker)) {
                return Optional.of(accept(text, LabelKind.PLACE, box, size, font));
            }
        }
        return Optional.empty();
    }

    /** Places the label centred on ({@code cx}, {@code cy}) if it fits there. */
    Optional<PlacedLabel> placeCentred(double cx, double cy, String text, Font font, LabelKind kind) {
        TextSize size = measure(text, font);
        PixelBox box = new PixelBox(cx - size.width() / 2, cy - size.height() / 2, size.width(), size.height());
        return fits(box, null) ? Optional.of(accept(text, kind, box, size, font)) : Optional.empty();
    }

    /** Box a label would cover (halo included) if centred on the origin. */
    TextSize measure(String text, Font font) {
        LineMetrics metrics = font.getLineMetrics(text, fontContext);
        double advance = font.getStringBounds(text, fontContext).getWidth();
        double ascent = metrics.getAscent() * 0.82; // cap height is about 0.8 of the ascent in sans fonts
        double descent = metrics.getDescent();
        return new TextSize(advance + 2 * HALO, ascent + descent + 2 * HALO, ascent + HALO);
    }

    /** Whether the box stays in the map, clear of panels, labels and markers other than {@code own}. */
    boolean fits(PixelBox box, PlacedMarker own) {
        if (!bounds.contains(box)) {
            return false;
        }
        for (PixelBox panel : panels) {
            if (panel.intersects(box)) {
                return false;
            }
        }
        for (PlacedLabel label : placed) {
            if (label.box().intersects(box)) {
                return false;
            }
        }
        for (PlacedMarker marker : markers) {
            if (marker != own && box.intersectsCircle(marker.x(), marker.y(), marker.outerRadius())) {
                return false;
            }
        }
        return true;
    }

    private PlacedLabel accept(String text, LabelKind kind, PixelBox box, TextSize size, Font font) {
        PlacedLabel label = new PlacedLabel(text, kind, box, box.x() + HALO, box.y() + size.baseline(), font.getSize2D());
        placed.add(label);
        return label;
    }

    /** Size of a label's box and the baseline's distance from its top. */
    record TextSize(double width, double height, double baseline) {
    }
}
