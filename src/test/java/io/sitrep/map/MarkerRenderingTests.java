package io.sitrep.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MarkerRenderingTests {

    static MapRenderer renderer;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
        renderer = new MapRenderer();
    }

    @Test
    void casualtyMarkersWearARedRingAndOthersDoNot() throws IOException {
        MapResult result = renderer.render(new MapRequest("Source", "today", List.of(
                new MapPoint("Kharkiv", 49.99, 36.23, 5, true, 1),
                new MapPoint("Poltava", 49.59, 34.55, 5, false, 1))));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(result.png()));

        PlacedMarker kharkiv = marker(result, "Kharkiv");
        PlacedMarker poltava = marker(result, "Poltava");
        double ring = kharkiv.radius() + MarkerSize.RING_GAP + MarkerSize.RING_WIDTH / 2;
        assertThat(colourAt(image, kharkiv.x() + ring, kharkiv.y())).isEqualTo(MapPalette.CASUALTY);
        assertThat(colourAt(image, kharkiv.x(), kharkiv.y())).isEqualTo(MapPalette.CASUALTY);
        assertThat(colourAt(image, poltava.x(), poltava.y())).isEqualTo(MapPalette.MARKER);
        double wouldBeRing = poltava.radius() + MarkerSize.RING_GAP + MarkerSize.RING_WIDTH / 2;
        assertThat(colourAt(image, poltava.x() - wouldBeRing, poltava.y())).isNotEqualTo(MapPalette.CASUALTY);
    }

    @Test
    void markersGrowWithMentions() {
        MapResult result = renderer.render(new MapRequest("Source", "today", List.of(
                new MapPoint("Once", 49.0, 36.0, 1, false, 1),
                new MapPoint("Often", 49.5, 37.0, 9, false, 1),
                new MapPoint("Constantly", 48.5, 38.0, 40, false, 1))));
        assertThat(marker(result, "Once").radius())
                .isLessThan(marker(result, "Often").radius())
                .isLessThan(marker(result, "Constantly").radius());
    }

    private static PlacedMarker marker(MapResult result, String name) {
        return result.layout().markers().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    private static Color colourAt(BufferedImage image, double x, double y) {
        return new Color(image.getRGB((int) Math.round(x), (int) Math.round(y)));
    }
}
