package io.sitrep.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ProjectionTests {

    /** The Web Mercator world as one 256-pixel tile, as in every slippy map at zoom 0. */
    private static final Projection TILE_ZERO = new Projection(256 / (2 * Math.PI), 128, 128);

    @Test
    void knownCoordinatesLandOnTheirSlippyMapPixels() {
        assertThat(TILE_ZERO.x(0)).isCloseTo(128, within(1e-9));
        assertThat(TILE_ZERO.y(0)).isCloseTo(128, within(1e-9));
        assertThat(TILE_ZERO.x(-180)).isCloseTo(0, within(1e-9));
        assertThat(TILE_ZERO.x(180)).isCloseTo(256, within(1e-9));
        assertThat(TILE_ZERO.y(Projection.MAX_LATITUDE)).isCloseTo(0, within(1e-6));
        assertThat(TILE_ZERO.y(-Projection.MAX_LATITUDE)).isCloseTo(256, within(1e-6));

        // Aleppo (36.20 N, 37.16 E) by the slippy-map tile formula
        double lat = Math.toRadians(36.20);
        double expectedX = (37.16 + 180) / 360 * 256;
        double expectedY = (1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2 * 256;
        assertThat(TILE_ZERO.x(37.16)).isCloseTo(expectedX, within(1e-9));
        assertThat(TILE_ZERO.y(36.20)).isCloseTo(expectedY, within(1e-9));
        assertThat(expectedX).isCloseTo(154.43, within(0.01));
        assertThat(expectedY).isCloseTo(100.35, within(0.01));
    }

    @Test
    void latitudesBeyondTheMercatorLimitAreClamped() {
        assertThat(TILE_ZERO.y(90)).isCloseTo(0, within(1e-6));
        assertThat(TILE_ZERO.y(-90)).isCloseTo(256, within(1e-6));
    }

    @Test
    void inverseUndoesForward() {
        assertThat(TILE_ZERO.lat(TILE_ZERO.y(48.85))).isCloseTo(48.85, within(1e-9));
        assertThat(TILE_ZERO.lon(TILE_ZERO.x(-73.99))).isCloseTo(-73.99, within(1e-9));
    }

    @Test
    void fittingCentresTheViewInsideThePaddedArea() {
        BoundingBox view = new BoundingBox(35.0, 36.0, 37.0, 40.0);
        PixelBox area = new PixelBox(0, 80, 1280, 880);
        Projection projection = Projection.fitting(view, area, 40);

        double west = projection.x(view.west());
        double east = projection.x(view.east());
        double north = projection.y(view.north());
        double south = projection.y(view.south());
        assertThat((west + east) / 2).isCloseTo(area.centerX(), within(1e-6));
        assertThat((Projection.mercatorY(35) + Projection.mercatorY(37)) / 2)
                .isCloseTo(Projection.mercatorY(projection.lat(area.centerY())), within(1e-9));
        assertThat(west).isGreaterThanOrEqualTo(40 - 1e-6);
        assertThat(east).isLessThanOrEqualTo(1240 + 1e-6);
        assertThat(north).isGreaterThanOrEqualTo(120 - 1e-6);
        assertThat(south).isLessThanOrEqualTo(920 + 1e-6);
        // the tighter dimension touches the padding: aspect ratio is kept, nothing is stretched
        assertThat(Math.min(west - 40, 1240 - east) < 1e-6 || Math.min(north - 120, 920 - south) < 1e-6).isTrue();
    }

    @Test
    void boundsAreTheInverseOfTheArea() {
        PixelBox area = new PixelBox(0, 0, 256, 256);
        BoundingBox bounds = TILE_ZERO.bounds(area);
        assertThat(bounds.west()).isCloseTo(-180, within(1e-9));
        assertThat(bounds.east()).isCloseTo(180, within(1e-9));
        assertThat(bounds.north()).isCloseTo(Projection.MAX_LATITUDE, within(1e-6));
    }
}
