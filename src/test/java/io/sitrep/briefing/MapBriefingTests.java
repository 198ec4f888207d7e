package io.sitrep.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;

import io.sitrep.map.MapRenderer;
import io.sitrep.source.EntryCache;
import org.junit.jupiter.api.Test;

class MapBriefingTests {

    private static final MapRenderer RENDERER = new MapRenderer();

    private final SampleBriefings sample = new SampleBriefings();
    private final MapBriefing maps = new MapBriefing(sample.cache, sample.analyzer, SampleBriefings.GAZETTEER, sample.places, RENDERER);

    @Test
    void theSampleMapShowsTheDaysPlacesWithACaptionUnderTelegramsLimit() throws Exception {
        MapBriefing.MapReply reply = maps.map(null);

        assertThat(reply.hasPicture()).isTrue();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(reply.png()));
        assertThat(image.getWidth()).isEqualTo(MapRenderer.DEFAULT_WIDTH);
        assertThat(reply.captionHtml()).contains("Aleppo").contains("Khan Tuman").contains("Kafr Naha").contains("Hama")
                .contains("Idlib").contains("GeoNames");
        assertThat(reply.captionHtml().length()).isLessThanOrEqualTo(MapBriefing.CAPTION_LIMIT);
        assertThat(reply.captionHtml()).contains("Khan Tuman (3, casualties)");
    }

    @Test
    void aRepeatedMapIsServedFromTheCache() {
        MapBriefing.MapReply first = maps.map(null);
        MapBriefing.MapReply second = maps.map(null);

        assertThat(second.png()).isSameAs(first.png());
    }

    @Test
    void aPlaceZoomsToItsArea() {
        MapBriefing.MapReply reply = maps.map("idlib");

        assertThat(reply.hasPicture()).isTrue();
        assertThat(reply.captionHtml()).startsWith("<b>Map: Idlib</b>").doesNotContain("Khan Tuman");
    }

    @Test
    void noEntriesIsSaidInText() {
        MapBriefing empty = new MapBriefing(EntryCache.inMemory(), sample.analyzer, SampleBriefings.GAZETTEER, sample.places, RENDERER);

        assertThat(empty.map(null).hasPicture()).isFalse();
        assertThat(empty.map(null).textHtml()).contains("No places to map");
    }
}
