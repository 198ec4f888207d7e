package io.sitrep.map;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;

/** Draws a place marker: a filled disc with a white edge, red with an outer red ring when casualty claims are attached. */
final class MarkerPainter {

    private static final BasicStroke EDGE = new BasicStroke(1.5f);
    private static final BasicStroke RING = new BasicStroke((float) MarkerSize.RING_WIDTH);

    private MarkerPainter() {
    }

    static void paint(Graphics2D g, double x, double y, double radius, boolean casualties) {
        Ellipse2D.Double disc = new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius);
        if (casualties) {
            double ring = radius + MarkerSize.RING_GAP + MarkerSize.RING_WIDTH / 2;
            g.setColor(MapPalette.HALO);
            g.setStroke(new BasicStroke((float) (MarkerSize.RING_WIDTH + 2)));
            g.draw(new Ellipse2D.Double(x - ring, y - ring, 2 * ring, 2 * ring));
            g.setColor(MapPalette.CASUALTY);
            g.setStroke(RING);
            g.draw(new Ellipse2D.Double(x - ring, y - ring, 2 * ring, 2 * ring));
        }
        g.setColor(casualties ? MapPalette.CASUALTY : MapPalette.MARKER);
        g.fill(disc);
        g.setColor(MapPalette.MARKER_OUTLINE);
        g.setStroke(EDGE);
        g.draw(disc);
    }
}
