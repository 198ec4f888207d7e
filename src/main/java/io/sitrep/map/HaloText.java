package io.sitrep.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;

/** Draws text with a soft outline (halo) so it stays readable over borders and coastlines. */
final class HaloText {

    private HaloText() {
    }

    static void draw(Graphics2D g, String text, Font font, double x, double y, Color fill, Color halo, float haloWidth) {
        if (text.isEmpty()) {
            return;
        }
        TextLayout layout = new TextLayout(text, font, g.getFontRenderContext());
        Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(x, y));
        g.setColor(halo);
        g.setStroke(new BasicStroke(haloWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(outline);
        g.setColor(fill);
        g.fill(outline);
    }
}
