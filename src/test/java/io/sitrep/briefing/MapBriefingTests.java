package io.sitrep.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;

import io.sitrep.language.Language;
import io.sitrep.map.MapLabels;
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

    @Test
    void thePictureAndItsCaptionAreDrawnInTheReadersLanguageWithItsPlurals() throws Exception {
        ReaderSettings arabic = ReaderSettings.of(null, Language.ARABIC);
        MapBriefing.MapReply english = maps.map(null);
        MapBriefing.MapReply reply = maps.map(null, arabic);

        assertThat(reply.hasPicture()).isTrue();
        assertThat(reply.png()).isNotEqualTo(english.png());
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "map-ar.png"), reply.png());
        assertThat(reply.captionHtml()).startsWith("<b>\u062e\u0631\u064a\u0637\u0629</b>").doesNotContain("Places:");

        MapLabels labels = MapBriefing.labels(arabic);
        assertThat(labels.mentions()).isEqualTo("\u0645\u0646\u0634\u0648\u0631\u0627\u062a \u062a\u0630\u0643\u0631 \u0627\u0644\u0645\u0643\u0627\u0646");
        assertThat(labels.places(2)).isEqualTo("\u0645\u0643\u0627\u0646\u0627\u0646"); // the dual
        assertThat(labels.places(5)).isEqualTo("5 \u0623\u0645\u0627\u0643\u0646");
        assertThat(MapBriefing.labels(ReaderSettings.of(null, Language.UKRAINIAN)).places(5)).isEqualTo("5 місць");
        assertThat(MapBriefing.labels(ReaderSettings.of(null, Language.GERMAN)).withCasualties(1)).isEqualTo("1 mit Opferzahlen");
        assertThat(MapBriefing.labels(ReaderSettings.GMT)).isEqualTo(MapLabels.ENGLISH);
        assertThat(MapLabels.ENGLISH.places(1)).isEqualTo("1 place");
    }
}
