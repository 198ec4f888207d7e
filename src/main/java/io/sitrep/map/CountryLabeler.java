package io.sitrep.map;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextAttribute;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names the countries in view: rasterises their visible parts on a coarse grid, finds for each the
 * cells farthest from its edges, and centres the name on the best such cell where the whole label
 * lies inside the country and clear of places and their labels. Countries too small in view stay unnamed.
 */
final class CountryLabeler {

    private static final int CELL = 4;
    private static final int MAX_TRIES = 150;

    private final PixelBox area;
    private final int gridWidth;
    private final int gridHeight;
    private final int[] owner;

    /** Rasterises the visible country paths (index-aligned with the names later given to {@link #label}). */
    CountryLabeler(PixelBox area, List<Path2D> paths) {
        this.area = area;
        this.gridWidth = (int) Math.ceil(area.width() / CELL);
        this.gridHeight = (int) Math.ceil(area.height() / CELL);
        this.owner = rasterise(paths);
    }

    /** Index of the country path under the pixel, or -1 for sea or outside the map. */
    int countryAt(double x, double y) {
        int gx = (int) ((x - area.x()) / CELL);
        int gy = (int) ((y - area.y()) / CELL);
        if (gx < 0 || gy < 0 || gx >= gridWidth || gy >= gridHeight) {
            return -1;
        }
        return owner[gy * gridWidth + gx] - 1;
    }

    /** Adds a label for each country that has room, biggest country in view first. */
    void label(List<String> names, LabelPlacer placer) {
        int[] distance = distanceToEdge(owner);
        int countries = names.size();
        int[] cellCount = new int[countries + 1];
        double[] sumX = new double[countries + 1];
        double[] sumY = new double[countries + 1];
        for (int i = 0; i < owner.length; i++) {
            int id = owner[i];
            cellCount[id]++;
            sumX[id] += i % gridWidth;
            sumY[id] += i / gridWidth;
        }
        List<Integer> order = new ArrayList<>();
        for (int id = 1; id <= countries; id++) {
            if (cellCount[id] >= 40) {
                order.add(id);
            }
        }
        order.sort(Comparator.comparingInt((Integer id) -> cellCount[id]).reversed());
        int totalCells = gridWidth * gridHeight;
        for (int id : order) {
            String text = names.get(id - 1).toUpperCase(Locale.ROOT);
            float size = cellCount[id] > totalCells / 5 ? 16f : cellCount[id] > totalCells / 40 ? 14f : 12f;
            Font font = countryFont(size);
            LabelPlacer.TextSize textSize = placer.measure(text, font);
            int halfWidthCells = (int) Math.ceil(textSize.width() / 2 / CELL);
            int halfHeightCells = (int) Math.ceil(textSize.height() / 2 / CELL);
            int needed = Math.max(1, halfHeightCells);
            double centreX = sumX[id] / cellCount[id];
            double centreY = sumY[id] / cellCount[id];
            List<Integer> candidates = new ArrayList<>();
            for (int i = 0; i < owner.length; i++) {
                if (owner[i] == id && distance[i] >= needed) {
                    candidates.add(i);
                }
            }
            candidates.sort(Comparator.comparingInt((Integer i) -> -distance[i])
                    .thenComparingDouble(i -> Math.hypot(i % gridWidth - centreX, i / gridWidth - centreY)));
            int tries = 0;
            for (int cell : candidates) {
                if (tries++ >= MAX_TRIES) {
                    break;
                }
                int gx = cell % gridWidth;
                int gy = cell / gridWidth;
                if (!inside(id, gx - halfWidthCells, gy - halfHeightCells, gx + halfWidthCells, gy + halfHeightCells)) {
                    continue;
                }
                double px = area.x() + (gx + 0.5) * CELL;
                double py = area.y() + (gy + 0.5) * CELL;
                if (placer.placeCentred(px, py, text, font, LabelKind.COUNTRY).isPresent()) {
                    break;
                }
            }
        }
    }

    static Font countryFont(float size) {
        return new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(size))
                .deriveFont(Map.of(TextAttribute.TRACKING, 0.08f, TextAttribute.SIZE, size));
    }

    /** Grid of country ids (1-based; 0 is sea) for the map area at {@value #CELL} pixels a cell. */
    private int[] rasterise(List<Path2D> paths) {
        BufferedImage grid = new BufferedImage(gridWidth, gridHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = grid.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.transform(AffineTransform.getScaleInstance(1.0 / CELL, 1.0 / CELL));
            g.translate(-area.x(), -area.y());
            for (int i = 0; i < paths.size(); i++) {
                g.setColor(new Color(i + 1));
                g.fill(paths.get(i));
            }
        } finally {
            g.dispose();
        }
        int[] pixels = ((DataBufferInt) grid.getRaster().getDataBuffer()).getData();
        int[] owner = new int[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            owner[i] = pixels[i] & 0xFFFFFF;
        }
        return owner;
    }

    /** Chessboard distance, in cells, from each cell to the nearest cell of another owner or the grid edge. */
    private int[] distanceToEdge(int[] owner) {
        int w = gridWidth;
        int h = gridHeight;
        int[] d = new int[owner.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                int best = Math.min(Math.min(x, y), Math.min(w - 1 - x, h - 1 - y)) + 1;
                if (x > 0) {
                    best = Math.min(best, owner[i - 1] == owner[i] ? d[i - 1] + 1 : 1);
                }
                if (y > 0) {
                    best = Math.min(best, owner[i - w] == owner[i] ? d[i - w] + 1 : 1);
                    if (x > 0) {
                        best = Math.min(best, owner[i - w - 1] == owner[i] ? d[i - w - 1] + 1 : 1);
                    }
                    if (x < w - 1) {
                        best = Math.min(best, owner[i - w + 1] == owner[i] ? d[i - w + 1] + 1 : 1);
                    }
                }
                d[i] = best;
            }
        }
        for (int y = h - 1; y >= 0; y--) {
            for (int x = w - 1; x >= 0; x--) {
                int i = y * w + x;
                int best = d[i];
                if (x < w - 1) {
                    best = Math.min(best, owner[i + 1] == owner[i] ? d[i + 1] + 1 : 1);
                }
                if (y < h - 1) {
                    best = Math.min(best, owner[i + w] == owner[i] ? d[i + w] + 1 : 1);
                    if (x < w - 1) {
                        best = Math.min(best, owner[i + w + 1] == owner[i] ? d[i + w + 1] + 1 : 1);
                    }
                    if (x > 0) {
                        best = Math.min(best, owner[i + w - 1] == owner[i] ? d[i + w - 1] + 1 : 1);
                    }
                }
                d[i] = best;
            }
        }
        return d;
    }

    private boolean inside(int id, int x0, int y0, int x1, int y1) {
        if (x0 < 0 || y0 < 0 || x1 >= gridWidth || y1 >= gridHeight) {
            return false;
        }
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                if (owner[y * gridWidth + x] != id) {
                    return false;
                }
            }
        }
        return true;
    }
}
