package io.sitrep.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceBriefingTests {

    private final SampleBriefings sample = new SampleBriefings();

    @Test
    void aleppoFindsTheVillagesAndDistrictsThatLieInAleppoProvince() {
        String answer = String.join("\n", sample.places.briefing("aleppo"));

        assertThat(answer).contains("Khan Tuman").contains("al-Zahra").contains("Kafr Naha");
        assertThat(answer).contains("Regime Outlets: 46 Pro-Assad Troops Killed in Aleppo Tunnel Bomb");
    }

    @Test
    void aTransliterationFindsTheSamePlace() {
        String answer = String.join("\n", sample.places.briefing("Khan Touman"));

        assertThat(answer).startsWith("<b>Khan Tuman</b>").contains("UPDATE 8 May, 20:30 GMT");
    }

    @Test
    void aRegionIncludesThePlacesInsideIt() {
        String answer = String.join("\n", sample.places.briefing("idlib"));

        assertThat(answer).contains("Maarat al-Nu\u2019man");
    }

    @Test
    void aNearMissGetsDidYouMean() {
        assertThat(sample.places.briefing("aleppoo")).singleElement().asString().contains("Did you mean /aleppo");
        assertThat(sample.places.suggestions("khantumn")).contains("/khantuman");
    }

    @Test
    void aKnownPlaceWithoutNewsSaysSo() {
        assertThat(sample.places.briefing("kharkiv")).singleElement().asString()
                .contains("Nothing in the current entries mentions <b>Kharkiv</b>");
    }

    @Test
    void placesListsEachPlaceOnceWithItsCommandAndCount() {
        String list = String.join("\n", sample.places.placesInTheNews());

        assertThat(list).contains("/khantuman \u2014 Khan Tuman").contains("/kafrnaha");
        assertThat(list.split("/aleppo \u2014", -1)).hasSize(2);
    }

    @Test
    void typedHtmlIsEscapedInTheAnswer() {
        assertThat(String.join("", sample.places.briefing("<script>x</script>"))).doesNotContain("<script>").contains("&lt;script&gt;");
    }
}
