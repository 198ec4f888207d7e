package io.sitrep.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Renders a {@link MapRequest} to a PNG: country shapes, borders and names, a sized marker per place
 * (red-ringed where casualty claims are attached), non-overlapping labels, a title band, a legend
 * and credits. Thread-safe; every call draws on its own image.
 */
public final class MapRenderer {

    /** Default image width, a size Telegram's sendPhoto shows without rescaling artefacts. */
    public static final int DEFAULT_WIDTH = 1280;
    /** Default image height. */
    public static final int DEFAULT_HEIGHT = 960;
    /** Credits line drawn on every map (in English; {@link MapLabels#credits()} in the reader's language). */
    public static final String CREDITS = "Places: GeoNames (CC BY 4.0) \u00b7 Borders: Natural Earth";

    /** Narrowest view, in degrees of longitude, so a single place shows its region rather than a city block. */
    static final double MIN_WIDTH_DEGREES = 3.5;
    /** Lowest view, in degrees of latitude. */
    static final double MIN_HEIGHT_DEGREES = 2.0;
    private static final double MARGIN_FRACTION = 0.12;
    private static final double PADDING_PIXELS = 40;
    private static final int TITLE_BAND = 76;
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 26);
    private static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 17);
    private static final Font COUNT = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    private static final Font PLACE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private static final Font CREDIT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final BasicStroke COAST_STROKE = new BasicStroke(0.8f);
    private static final BasicStroke BORDER_STROKE = new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    /** Which place keeps its label when two would overlap: more important, then more mentioned, then with casualties. */
    static final Comparator<MapPoint> LABEL_PRIORITY = Comparator.comparingInt(MapPoint::importance).reversed()
            .thenComparing(Comparator.comparingInt(MapPoint::mentions).reversed())
            .thenComparing(MapPoint::hasCasualties, Comparator.reverseOrder())
            .thenComparing(MapPoint::name);

    static {
        // Servers have no display; Spring Boot sets this too, but the renderer must not depend on it.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private final Supplier<BaseMap> baseMap;
    private final int width;
    private final int height;
    private final PngWriter pngWriter = new PngWriter();

    /**
     * A renderer of {@value #DEFAULT_WIDTH}×{@value #DEFAULT_HEIGHT} maps on the shared base map, which is read on
     * the first render (or {@link #warmUp}), not here: start-up does not wait for it.
     */
    public MapRenderer() {
        this(BaseMap::shared, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    /** A renderer of maps of the given size on the given base map. */
    public MapRenderer(BaseMap baseMap, int width, int height) {
        this(constant(Objects.requireNonNull(baseMap, "baseMap")), width, height);
    }

    private MapRenderer(Supplier<BaseMap> baseMap, int width, int height) {
        if (width < 400 || height < 300) {
            throw new IllegalArgumentException("map needs at least 400x300 pixels, got " + width + "x" + height);
        }
        this.baseMap = baseMap;
        this.width = width;
        this.height = height;
    }

    private static Supplier<BaseMap> constant(BaseMap baseMap) {
        return () -> baseMap;
    }

    /**
     * Loads the base map and renders one small map so that fonts, Java2D and the JIT are ready; the
     * first render in a fresh JVM otherwise takes about 0.7 s instead of well under 0.2 s. Call it
     * once at start-up, off the request path.
     */
    public void warmUp() {
        render(new MapRequest("Sitrep", "warm-up", List.of(new MapPoint("Aleppo", 36.20, 37.16, 2, true, 1))));
    }

    /** Draws the map; places without usable coordinates are left out and listed in the result. */
    public MapResult render(MapRequest request) {
        List<MapPoint> located = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (MapPoint point : request.points()) {
            if (point.isLocated()) {
                located.add(point);
            } else {
                skipped.add(point.name());
            }
        }

        PixelBox mapArea = new PixelBox(0, TITLE_BAND, width, height - TITLE_BAND);
        Projection projection = Projection.fitting(view(request.focus(), located), mapArea, PADDING_PIXELS);

        List<PlacedMarker> markers = new ArrayList<>();
        List<MapPoint> shown = new ArrayList<>();
        List<String> outsideView = new ArrayList<>();
        for (MapPoint point : located) {
            double x = projection.x(point.lon());
            double y = projection.y(point.lat());
            if (!mapArea.contains(x, y)) {
                outsideView.add(point.name());
                continue;
            }
            markers.add(new PlacedMarker(point.name(), x, y, MarkerSize.radius(point.mentions()), point.mentions(),
                    point.hasCasualties()));
            shown.add(point);
        }

        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);

            int maxMentions = markers.stream().mapToInt(PlacedMarker::mentions).max().orElse(1);
            BoundingBox visible = projection.bounds(mapArea);
            double centreLat = (visible.south() + visible.north()) / 2;
            double metresPerPixel = visible.height() <= 30 ? projection.metresPerPixel(centreLat) : Double.NaN;
            MapLegend legend = new MapLegend(maxMentions, metresPerPixel, g, request.labels());
            String creditsText = request.labels().credits();
            FontMetrics creditMetrics = g.getFontMetrics(CREDIT);
            PixelBox credits = new PixelBox(width - creditMetrics.stringWidth(creditsText) - 20, height - creditMetrics.getHeight() - 8,
                    creditMetrics.stringWidth(creditsText) + 12, creditMetrics.getHeight() + 4);
            PixelBox legendBox = legendPlace(legend, mapArea, credits, markers);
            List<PixelBox> panels = List.of(new PixelBox(0, 0, width, TITLE_BAND), legendBox, credits);

            LabelPlacer placer = new LabelPlacer(mapArea, panels, markers, g.getFontRenderContext());
            List<String> unlabelled = placePlaceLabels(placer, shown, markers);

            Rectangle2D.Double mapRectangle = new Rectangle2D.Double(mapArea.x(), mapArea.y(), mapArea.width(), mapArea.height());
            g.setColor(MapPalette.SEA);
            g.fill(mapRectangle);
            g.setClip(mapRectangle);
            drawBaseMap(g, projection, mapArea, placer, markers);
            drawMarkers(g, markers);
            for (PlacedLabel label : placer.placed()) {
                if (label.kind() == LabelKind.PLACE) {
                    HaloText.draw(g, label.text(), PLACE, label.baselineX(), label.baselineY(), MapPalette.PLACE_TEXT,
                            MapPalette.HALO, 4f);
                }
            }
            g.setClip(null);
            legend.paint(g, legendBox.x(), legendBox.y());
            drawCredits(g, credits, creditsText);
            drawTitle(g, request, markers);

            MapLayout layout = new MapLayout(projection, mapArea, markers, placer.placed(), unlabelled, panels);
            return new MapResult(pngWriter.write(image), width, height, skipped, outsideView, layout);
        } finally {
            g.dispose();
        }
    }

    /** Labels each shown place, most important first; returns the names left without a label. */
    private static List<String> placePlaceLabels(LabelPlacer placer, List<MapPoint> shown, List<PlacedMarker> markers) {
        List<Integer> byPriority = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            byPriority.add(i);
        }
        byPriority.sort(Comparator.comparing(shown::get, LABEL_PRIORITY));
        List<String> unlabelled = new ArrayList<>();
        for (int index : byPriority) {
            MapPoint point = shown.get(index);
            if (point.name().isEmpty() || placer.placeBeside(markers.get(index), point.name(), PLACE).isEmpty()) {
                unlabelled.add(point.name());
            }
        }
        return unlabelled;
    }

    /** The view: the focus when given, else the places' box with a margin, never narrower than a region. */
    static BoundingBox view(BoundingBox focus, List<MapPoint> located) {
        if (focus != null) {
            return focus.withMinimumSpan(1.0);
        }
        BoundingBox around = BoundingBox.around(located);
        if (around == null) {
            return BoundingBox.WORLD;
        }
        double marginLat = around.height() * MARGIN_FRACTION;
        double marginLon = around.width() * MARGIN_FRACTION;
        BoundingBox padded = new BoundingBox(Math.max(-80, around.south() - marginLat), around.west() - marginLon,
                Math.min(84, around.north() + marginLat), around.east() + marginLon);
        return padded.withMinimumSpan(MIN_WIDTH_DEGREES, MIN_HEIGHT_DEGREES);
    }

    private void drawBaseMap(Graphics2D g, Projection projection, PixelBox mapArea, LabelPlacer placer,
                             List<PlacedMarker> markers) {
        OutlineProjector projector = new OutlineProjector(projection, mapArea.inflated(8));
        List<String> names = new ArrayList<>();
        List<Path2D> paths = new ArrayList<>();
        for (Country country : baseMap.get().countries()) {
            if (!projector.isVisible(country)) {
                continue;
            }
            Path2D.Float path = projector.countryPath(country);
            if (path.getCurrentPoint() == null) {
                continue;
            }
            names.add(country.name());
            paths.add(path);
        }
        CountryLabeler countries = new CountryLabeler(mapArea, paths);
        boolean[] hasPlaces = new boolean[paths.size()];
        for (PlacedMarker marker : markers) {
            int index = countries.countryAt(marker.x(), marker.y());
            if (index >= 0) {
                hasPlaces[index] = true;
            }
        }
        for (int i = 0; i < paths.size(); i++) {
            g.setColor(hasPlaces[i] ? MapPalette.LAND_WITH_PLACES : MapPalette.LAND);
            g.fill(paths.get(i));
        }
        g.setColor(MapPalette.COAST);
        g.setStroke(COAST_STROKE);
        for (Path2D path : paths) {
            g.draw(path);
        }
        Path2D.Float borders = new Path2D.Float();
        for (Outline border : baseMap.get().borders()) {
            projector.appendLine(borders, border);
        }
        g.setColor(MapPalette.BORDER);
        g.setStroke(BORDER_STROKE);
        g.draw(borders);

        countries.label(names, placer);
        for (PlacedLabel label : placer.placed()) {
            if (label.kind() == LabelKind.COUNTRY) {
                int under = countries.countryAt(label.box().centerX(), label.box().centerY());
                Color halo = under >= 0 && hasPlaces[under] ? MapPalette.LAND_WITH_PLACES : MapPalette.LAND;
                HaloText.draw(g, label.text(), CountryLabeler.countryFont(label.fontSize()), label.baselineX(),
                        label.baselineY(), MapPalette.COUNTRY_TEXT, halo, 3f);
            }
        }
    }

    private static void drawMarkers(Graphics2D g, List<PlacedMarker> markers) {
        List<PlacedMarker> biggestFirst = new ArrayList<>(markers);
        biggestFirst.sort(Comparator.comparingDouble(PlacedMarker::radius).reversed());
        for (PlacedMarker marker : biggestFirst) {
            MarkerPainter.paint(g, marker.x(), marker.y(), marker.radius(), marker.hasCasualties());
        }
    }

    /** The corner with the fewest markers under the legend, bottom left when tied. */
    private static PixelBox legendPlace(MapLegend legend, PixelBox area, PixelBox credits, List<PlacedMarker> markers) {
        double inset = 12;
        double w = legend.width();
        double h = legend.height();
        PixelBox[] corners = {
                new PixelBox(area.x() + inset, area.bottom() - inset - h, w, h),
                new PixelBox(area.right() - inset - w, credits.y() - 6 - h, w, h),
                new PixelBox(area.x() + inset, area.y() + inset, w, h),
                new PixelBox(area.right() - inset - w, area.y() + inset, w, h),
        };
        PixelBox best = corners[0];
        long fewest = Long.MAX_VALUE;
        for (PixelBox corner : corners) {
            PixelBox zone = corner.inflated(8);
            long covered = markers.stream().filter(m -> zone.intersectsCircle(m.x(), m.y(), m.outerRadius())).count();
            if (covered < fewest) {
                fewest = covered;
                best = corner;
            }
        }
        return best;
    }

    private static void drawCredits(Graphics2D g, PixelBox box, String text) {
        g.setColor(MapPalette.PANEL);
        g.fill(new RoundRectangle2D.Double(box.x(), box.y(), box.width(), box.height(), 8, 8));
        g.setFont(CREDIT);
        g.setColor(MapPalette.CREDIT_TEXT);
        FontMetrics metrics = g.getFontMetrics();
        g.drawString(text, (float) (box.x() + 6), (float) (box.y() + 2 + metrics.getAscent()));
    }

    private void drawTitle(Graphics2D g, MapRequest request, List<PlacedMarker> markers) {
        g.setColor(MapPalette.TITLE_BAND);
        g.fillRect(0, 0, width, TITLE_BAND);
        long casualties = markers.stream().filter(PlacedMarker::hasCasualties).count();
        String count = request.labels().places(markers.size())
                + (casualties > 0 ? " \u00b7 " + request.labels().withCasualties(casualties) : "");
        g.setFont(COUNT);
        FontMetrics countMetrics = g.getFontMetrics();
        int countWidth = countMetrics.stringWidth(count);
        g.setColor(MapPalette.TITLE_SUBTEXT);
        g.drawString(count, width - 24 - countWidth, 34);

        int textWidth = width - 24 - countWidth - 24 - 24;
        g.setFont(TITLE);
        g.setColor(MapPalette.TITLE_TEXT);
        g.drawString(fit(request.title(), g.getFontMetrics(), textWidth), 24, 36);
        g.setFont(SUBTITLE);
        g.setColor(MapPalette.TITLE_SUBTEXT);
        g.drawString(fit(request.timeRange(), g.getFontMetrics(), width - 48), 24, 62);
    }

    /** The text, shortened with an ellipsis to fit {@code maxWidth} pixels. */
    private static String fit(String text, FontMetrics metrics, int maxWidth) {
        if (metrics.stringWidth(text) <= maxWidth) {
            return text;
        }
        String shortened = text;
        while (!shortened.isEmpty() && metrics.stringWidth(shortened + "\u2026") > maxWidth) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened.strip() + "\u2026";
    }
}
