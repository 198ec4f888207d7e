package io.sitrep.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LabelPlacementTests {

    static MapRenderer renderer;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
        renderer = new MapRenderer();
    }

    @Test
    void labelsNeverOverlap() {
        for (MapResult result : List.of(crowdedRegion(), world())) {
            List<PlacedLabel> labels = result.layout().labels();
            assertThat(labels).isNotEmpty();
            for (int i = 0; i < labels.size(); i++) {
                for (int j = i + 1; j < labels.size(); j++) {
                    assertThat(labels.get(i).box().intersects(labels.get(j).box()))
                            .as("%s overlaps %s", labels.get(i), labels.get(j))
                            .isFalse();
                }
            }
        }
    }

    @Test
    void labelsStayOffOtherMarkersAndPanelsAndInsideTheMap() {
        for (MapResult result : List.of(crowdedRegion(), world())) {
            MapLayout layout = result.layout();
            for (PlacedLabel label : layout.labels()) {
                assertThat(layout.mapArea().contains(label.box())).as("%s inside the map", label).isTrue();
                for (PixelBox panel : layout.panels()) {
                    assertThat(panel.intersects(label.box())).as("%s clear of panel %s", label, panel).isFalse();
                }
                for (PlacedMarker marker : layout.markers()) {
                    if (label.kind() == LabelKind.PLACE && marker.name().equals(label.text())) {
                        continue;
                    }
                    assertThat(label.box().intersectsCircle(marker.x(), marker.y(), marker.outerRadius()))
                            .as("%s clear of marker %s", label, marker)
                            .isFalse();
                }
            }
        }
    }

    @Test
    void leastImportantLabelsAreDroppedFirst() {
        List<MapPoint> stacked = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            stacked.add(new MapPoint("Village number " + i, 48.0, 37.8, 3, false, i));
        }
        MapResult result = renderer.render(new MapRequest("Crowded", "today", stacked));
        List<String> labelled = result.layout().labels(LabelKind.PLACE).stream().map(PlacedLabel::text).toList();

        assertThat(result.layout().markers()).hasSize(14);
        assertThat(result.layout().unlabelled()).isNotEmpty().contains("Village number 0");
        assertThat(labelled).contains("Village number 13").doesNotContain("Village number 0");
        int weakestLabelled = labelled.stream().mapToInt(name -> Integer.parseInt(name.substring(15))).min().orElseThrow();
        assertThat(result.layout().unlabelled())
                .allSatisfy(name -> assertThat(Integer.parseInt(name.substring(15))).isLessThan(weakestLabelled));
    }

    @Test
    void countriesInViewAreNamed() {
        MapResult result = renderer.render(new MapRequest("Source", "today", MapRendererTests.SYRIA));
        assertThat(result.layout().labels(LabelKind.COUNTRY)).extracting(PlacedLabel::text).contains("SYRIA", "TURKEY");
    }

    private static MapResult crowdedRegion() {
        Random random = new Random(3);
        List<MapPoint> points = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            points.add(new MapPoint("Settlement " + i, 47.5 + random.nextDouble() * 1.5, 36.5 + random.nextDouble() * 2.5,
                    1 + random.nextInt(15), random.nextBoolean(), random.nextInt(6)));
        }
        MapResult result = renderer.render(new MapRequest("Crowded front line", "last 24 hours", points));
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
            java.nio.file.Files.write(java.nio.file.Path.of("target", "map-crowded.png"), result.png());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return result;
    }

    private static MapResult world() {
        Random random = new Random(11);
        List<MapPoint> points = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            points.add(new MapPoint("City " + i, -45 + random.nextDouble() * 110, -160 + random.nextDouble() * 320,
                    1 + random.nextInt(25), random.nextInt(3) == 0, random.nextInt(6)));
        }
        return renderer.render(new MapRequest("World", "last 24 hours", points));
    }
}
