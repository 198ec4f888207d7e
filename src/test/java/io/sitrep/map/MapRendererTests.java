package io.sitrep.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MapRendererTests {

    static final List<MapPoint> SYRIA = List.of(
            new MapPoint("Aleppo", 36.20, 37.16, 12, true, 5),
            new MapPoint("Khan Tuman", 36.06, 37.07, 4, true, 3),
            new MapPoint("Kafr Naha", 36.13, 36.93, 2, false, 2),
            new MapPoint("Hama", 35.13, 36.76, 3, false, 3),
            new MapPoint("Idlib", 35.93, 36.63, 6, true, 4));

    static MapRenderer renderer;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
        renderer = new MapRenderer();
    }

    @Test
    void syrianPlacesAreAllMarkedAndLabelled() throws IOException {
        MapResult result = renderer.render(new MapRequest("Al Jazeera live blog", "12 May 2016, 06:00–18:00 UTC", SYRIA));
        save(result, "map-syria.png");

        assertThat(result.layout().markers()).hasSize(5)
                .allSatisfy(marker -> assertThat(new PixelBox(0, 0, result.width(), result.height())
                        .contains(new PixelBox(marker.x() - marker.outerRadius(), marker.y() - marker.outerRadius(),
                                2 * marker.outerRadius(), 2 * marker.outerRadius()))).isTrue());
        List<String> labelled = result.layout().labels(LabelKind.PLACE).stream().map(PlacedLabel::text).toList();
        assertThat(labelled).contains("Aleppo", "Idlib", "Khan Tuman", "Hama");
        assertThat(labelled.size() + result.layout().unlabelled().size()).isEqualTo(5);
        assertThat(result.skipped()).isEmpty();
    }

    @Test
    void pngDecodesWithTheExpectedSize() throws IOException {
        MapResult result = renderer.render(new MapRequest("Source", "today", SYRIA));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(result.png()));
        assertThat(image.getWidth()).isEqualTo(MapRenderer.DEFAULT_WIDTH);
        assertThat(image.getHeight()).isEqualTo(MapRenderer.DEFAULT_HEIGHT);
        assertThat(result.png().length).isLessThan(1_000_000);
    }

    @Test
    void placeWithoutCoordinatesIsSkippedWithANote() {
        List<MapPoint> points = new ArrayList<>(SYRIA);
        points.add(MapPoint.withoutCoordinates("Atlantis", 3, false, 9));
        MapResult result = renderer.render(new MapRequest("Source", "today", points));
        assertThat(result.skipped()).containsExactly("Atlantis");
        assertThat(result.skippedNote()).contains("Atlantis");
        assertThat(result.layout().markers()).hasSize(5);
    }

    @Test
    void twoHundredPlacesAcrossTheWorld() throws IOException {
        Random random = new Random(42);
        List<MapPoint> points = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            points.add(new MapPoint("Place " + i, -50 + random.nextDouble() * 120, -170 + random.nextDouble() * 340,
                    1 + random.nextInt(30), random.nextInt(5) == 0, random.nextInt(10)));
        }
        MapResult result = renderer.render(new MapRequest("World", "last 24 hours", points));
        save(result, "map-world.png");
        assertThat(result.layout().markers()).hasSize(200);
        assertThat(result.layout().labels(LabelKind.PLACE)).isNotEmpty();
    }

    @Test
    void emptyRequestDrawsTheWorldWithoutMarkers() throws IOException {
        MapResult result = renderer.render(new MapRequest(null, null, null));
        assertThat(result.layout().markers()).isEmpty();
        assertThat(ImageIO.read(new ByteArrayInputStream(result.png()))).isNotNull();
    }

    @Test
    void onlyUnlocatedPlacesAreAllSkipped() {
        MapResult result = renderer.render(new MapRequest("Source", "today", List.of(
                MapPoint.withoutCoordinates("Nowhere", 1, false, 0),
                new MapPoint("Off the globe", 123, 500, 1, false, 0))));
        assertThat(result.skipped()).containsExactly("Nowhere", "Off the globe");
        assertThat(result.layout().markers()).isEmpty();
    }

    @Test
    void singlePlaceGetsARegionalView() throws IOException {
        MapResult result = renderer.render(new MapRequest("Source", "today",
                List.of(new MapPoint("Avdiivka", 48.14, 37.74, 7, true, 1))));
        save(result, "map-single.png");
        BoundingBox shown = result.layout().projection().bounds(result.layout().mapArea());
        assertThat(shown.width()).isBetween(3.0, 12.0);
        assertThat(shown.height()).isBetween(2.0, 12.0);
        PlacedMarker marker = result.layout().markers().get(0);
        assertThat(marker.x()).isCloseTo(result.layout().mapArea().centerX(), org.assertj.core.api.Assertions.within(1.0));
    }

    @Test
    void focusAreaIsShownAndPlacesOutsideItAreReported() {
        BoundingBox levant = new BoundingBox(32.0, 34.5, 37.5, 42.5);
        List<MapPoint> points = new ArrayList<>(SYRIA);
        points.add(new MapPoint("Kyiv", 50.45, 30.52, 3, false, 1));
        MapResult result = renderer.render(new MapRequest("Source", "today", points, levant));
        BoundingBox shown = result.layout().projection().bounds(result.layout().mapArea());
        assertThat(shown.west()).isLessThanOrEqualTo(34.5);
        assertThat(shown.east()).isGreaterThanOrEqualTo(42.5);
        assertThat(shown.south()).isLessThanOrEqualTo(32.0);
        assertThat(shown.north()).isGreaterThanOrEqualTo(37.5);
        assertThat(result.outsideView()).containsExactly("Kyiv");
        assertThat(result.layout().markers()).hasSize(5);
    }

    @Test
    void equalRequestsShareACacheKey() {
        MapRequest one = new MapRequest("Source", "today", SYRIA);
        MapRequest two = new MapRequest("Source", "today", new ArrayList<>(SYRIA));
        assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
        assertThat(one.cacheKey()).isEqualTo(two.cacheKey()).hasSize(64);
        assertThat(one.cacheKey()).isNotEqualTo(new MapRequest("Source", "yesterday", SYRIA).cacheKey());
    }

    @Test
    void creditsAndTitleArePanelsOfTheLayout() {
        MapResult result = renderer.render(new MapRequest("Source", "today", SYRIA));
        assertThat(result.layout().panels()).hasSize(3);
        assertThat(MapRenderer.CREDITS).contains("GeoNames (CC BY 4.0)").contains("Natural Earth");
    }

    @Test
    void nonLatinNamesAreLabelled() {
        MapResult result = renderer.render(new MapRequest("Источник", "сегодня", List.of(
                new MapPoint("حلب", 36.20, 37.16, 3, false, 2),
                new MapPoint("Харків", 49.99, 36.23, 3, true, 2))));
        assertThat(result.layout().labels(LabelKind.PLACE)).extracting(PlacedLabel::text).contains("حلب", "Харків");
    }

    private static void save(MapResult result, String name) throws IOException {
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.write(target, result.png());
    }
}
