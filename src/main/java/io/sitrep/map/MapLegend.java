package io.sitrep.map;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import java.util.TreeSet;

/**
 * The legend panel: marker sizes for a few mention counts, the casualty mark, and a scale bar
 * when the view is small enough for one scale to hold across it.
 */
final class MapLegend {

    private static final Font CAPTION = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final int PAD = 12;
    private static final int ROW_GAP = 8;

    private final List<Integer> samples;
    private final double scaleBarPixels;
    private final String scaleBarText;
    private final double width;
    private final double height;
    private final double sizesRowHeight;
    private final MapLabels labels;

    /**
     * @param maxMentions largest mention count on the map
     * @param metresPerPixel ground resolution at the view's centre, or NaN for no scale bar
     * @param g graphics the legend will be painted on, for measuring text
     * @param labels the legend's words, in the reader's language
     */
    MapLegend(int maxMentions, double metresPerPixel, Graphics2D g, MapLabels labels) {
        this.labels = labels;
        FontMetrics caption = g.getFontMetrics(CAPTION);
        FontMetrics text = g.getFontMetrics(TEXT);
        TreeSet<Integer> counts = new TreeSet<>();
        counts.add(1);
        int max = Math.max(1, maxMentions);
        if (max >= 4) {
            counts.add(niceRound(Math.sqrt(max)));
        }
        counts.add(max);
        this.samples = List.copyOf(counts);
        double sizesWidth = 0;
        for (int count : samples) {
            sizesWidth += 2 * MarkerSize.radius(count) + 6 + text.stringWidth(Integer.toString(count)) + 14;
        }
        this.sizesRowHeight = 2 * MarkerSize.radius(max) + 2;
        double km = Double.isFinite(metresPerPixel) ? niceKilometres(metresPerPixel * 110 / 1000) : Double.NaN;
        this.scaleBarPixels = Double.isFinite(km) ? km * 1000 / metresPerPixel : 0;
        this.scaleBarText = Double.isFinite(km) ? formatKm(km, labels) : "";
        double rows = caption.getHeight() + ROW_GAP + sizesRowHeight + ROW_GAP + 20;
        double widest = Math.max(caption.stringWidth(labels.mentions()),
                Math.max(sizesWidth, 20 + 8 + text.stringWidth(labels.casualties())));
        if (scaleBarPixels > 0) {
            rows += ROW_GAP + 18;
            widest = Math.max(widest, scaleBarPixels + 8 + text.stringWidth(scaleBarText));
        }
        this.width = Math.ceil(widest + 2 * PAD);
        this.height = Math.ceil(rows + 2 * PAD);
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    void paint(Graphics2D g, double x, double y) {
        RoundRectangle2D.Double panel = new RoundRectangle2D.Double(x, y, width, height, 10, 10);
        g.setColor(MapPalette.PANEL);
        g.fill(panel);
        g.setColor(MapPalette.PANEL_EDGE);
        g.setStroke(new BasicStroke(1f));
        g.draw(panel);

        FontMetrics captionMetrics = g.getFontMetrics(CAPTION);
        FontMetrics textMetrics = g.getFontMetrics(TEXT);
        double left = x + PAD;
        double cursor = y + PAD;
        g.setColor(MapPalette.PANEL_TEXT);
        g.setFont(CAPTION);
        g.drawString(labels.mentions(), (float) left, (float) (cursor + captionMetrics.getAscent()));
        cursor += captionMetrics.getHeight() + ROW_GAP;

        double rowMiddle = cursor + sizesRowHeight / 2;
        double pen = left;
        g.setFont(TEXT);
        for (int count : samples) {
            double r = MarkerSize.radius(count);
            MarkerPainter.paint(g, pen + r, rowMiddle, r, false);
            pen += 2 * r + 6;
            g.setColor(MapPalette.PANEL_TEXT);
            String label = Integer.toString(count);
            g.drawString(label, (float) pen, (float) (rowMiddle + textMetrics.getAscent() * 0.4));
            pen += textMetrics.stringWidth(label) + 14;
        }
        cursor += sizesRowHeight + ROW_GAP;

        double casualtyMiddle = cursor + 10;
        MarkerPainter.paint(g, left + 10, casualtyMiddle, 5, true);
        g.setColor(MapPalette.PANEL_TEXT);
        g.drawString(labels.casualties(), (float) (left + 28), (float) (casualtyMiddle + textMetrics.getAscent() * 0.4));
        cursor += 20;

        if (scaleBarPixels > 0) {
            cursor += ROW_GAP;
            double barY = cursor + 12;
            g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            g.draw(new Line2D.Double(left, barY, left + scaleBarPixels, barY));
            g.draw(new Line2D.Double(left, barY - 5, left, barY));
            g.draw(new Line2D.Double(left + scaleBarPixels, barY - 5, left + scaleBarPixels, barY));
            g.drawString(scaleBarText, (float) (left + scaleBarPixels + 8), (float) (barY + textMetrics.getAscent() * 0.4));
        }
    }

    private static int niceRound(double value) {
        int[] steps = {2, 3, 5, 10, 20, 30, 50, 100, 200, 500, 1000};
        int best = 2;
        for (int step : steps) {
            if (Math.abs(step - value) < Math.abs(best - value)) {
                best = step;
            }
        }
        return best;
    }

    /** Largest 1, 2 or 5 times a power of ten not above {@code km}. */
    private static double niceKilometres(double km) {
        double power = Math.pow(10, Math.floor(Math.log10(km)));
        double mantissa = km / power;
        return (mantissa >= 5 ? 5 : mantissa >= 2 ? 2 : 1) * power;
    }

    private static String formatKm(double km, MapLabels labels) {
        return km >= 1 ? labels.kilometres(km) : labels.metres(km * 1000);
    }
}
