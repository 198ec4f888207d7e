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

    private static void save(MapResult result, String name) throws IOException {
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.write(target, result.png());
    }
}
