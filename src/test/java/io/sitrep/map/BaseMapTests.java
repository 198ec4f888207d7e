package io.sitrep.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BaseMapTests {

    @Test
    void bundledBaseMapHasTheCountriesOfTheWorld() {
        BaseMap baseMap = BaseMap.loadBundled();
        assertThat(baseMap.countryCount()).isGreaterThan(200);
        assertThat(baseMap.countryNames()).contains("Syria", "Ukraine", "Israel", "Palestine", "Sudan", "Russia");
        assertThat(baseMap.borders()).isNotEmpty();
        assertThat(baseMap.loadTime().toMillis()).isLessThan(2_000);
        System.out.printf("base map: %d countries, %d border lines, loaded in %d ms%n",
                baseMap.countryCount(), baseMap.borders().size(), baseMap.loadTime().toMillis());
    }

    @Test
    void sharedBaseMapIsLoadedOnce() {
        assertThat(BaseMap.shared()).isSameAs(BaseMap.shared());
    }

    @Test
    void shapeCrossingTheAntimeridianIsMadeContinuousAndRepeated() {
        float east = (float) Math.toRadians(179);
        float west = (float) Math.toRadians(-179);
        float[] line = {east, 1f, west, 1f, west, 2f};

        List<float[]> parts = BaseMap.acrossAntimeridian(line);

        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)[2]).isCloseTo((float) Math.toRadians(181), org.assertj.core.data.Offset.offset(1e-5f));
        assertThat(parts.get(1)[0]).isCloseTo((float) Math.toRadians(-181), org.assertj.core.data.Offset.offset(1e-5f));
    }

    @Test
    void shapeThatStaysOnOneSideIsUntouched() {
        float[] line = {0f, 0f, 1f, 1f};
        assertThat(BaseMap.acrossAntimeridian(line)).containsExactly(line);
    }
}
