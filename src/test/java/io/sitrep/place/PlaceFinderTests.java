package io.sitrep.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlaceFinderTests {

    static PlaceFinder finder;

    @BeforeAll
    static void load() {
        finder = new PlaceFinder(PlaceGazetteer.loadDefault());
    }

    private static List<String> names(String text) {
        return finder.find(text).stream().map(m -> m.place().name()).toList();
    }

    private static List<PlaceKind> kinds(String text) {
        return finder.find(text).stream().map(m -> m.place().kind()).toList();
    }

    @Test
    void hamaIsNotFoundInsideHamas() {
        assertThat(names("Hamas fighters fired rockets overnight.")).doesNotContain("Hama");
        assertThat(names("Rebels advanced on Hama on Friday.")).containsExactly("Hama");
    }

    @Test
    void provinceQualifierMeansTheRegion() {
        assertThat(kinds("Shelling continued in Aleppo Province.")).containsExactly(PlaceKind.REGION);
        assertThat(kinds("Shelling continued in Aleppo governorate.")).containsExactly(PlaceKind.REGION);
        assertThat(kinds("Rebels hold most of Idlib province.")).containsExactly(PlaceKind.REGION);
        assertThat(kinds("Strikes hit the Kharkiv region overnight.")).containsExactly(PlaceKind.REGION);
        assertThat(kinds("Clashes in the province of Hama.")).containsExactly(PlaceKind.REGION);
    }

    @Test
    void cityQualifierMeansTheCity() {
        List<PlaceMention> found = finder.find("Barrel bombs fell on Aleppo city.");
        assertThat(found).extracting(m -> m.place().kind()).containsExactly(PlaceKind.CITY);
        assertThat(found.get(0).place().name()).isEqualTo("Aleppo");
    }

    @Test
    void arabicArticlesAndCurlyApostrophesAreHandled() {
        assertThat(names("A tunnel bomb exploded in the al-Zahra district of northwest Aleppo.")).containsExactly("al-Zahra", "Aleppo");
        assertThat(names("Jets struck Maarat al-Nu’man and Saraqib.")).containsExactly("Maarat al-Numan", "Saraqib");
        assertThat(names("Fighting near Deir ez-Zor and Dayr az-Zawr airport.")).containsExactly("Deir ez-Zor", "Deir ez-Zor");
    }

    @Test
    void streetsPeopleAndTitlesAreNotPlaces() {
        assertThat(names("Protesters gathered on Damascus Street in the capital.")).isEmpty();
        assertThat(names("Gossip about Paris Hilton filled the tabloids.")).isEmpty();
        assertThat(names("Commander Hossein Salami spoke on television.")).isEmpty();
    }

    @Test
    void capitalisedCommonWordsOpeningASentenceAreNotPlaces() {
        assertThat(names("Of the fighters, most had fled.")).isEmpty();
        assertThat(names("Mobile phone networks were down.")).isEmpty();
        assertThat(names("Nice day for a ceasefire, one official joked.")).isEmpty();
        assertThat(names("The summit was held in Nice last week.")).containsExactly("Nice");
    }

    @Test
    void lowercaseWordsAreNotPlaces() {
        assertThat(names("the army said it would mobile deploy units of reserve troops")).isEmpty();
    }

    @Test
    void highwayBetweenTwoCitiesMentionsBoth() {
        assertThat(names("Rebels cut the Aleppo-to-Damascus highway.")).containsExactly("Aleppo", "Damascus");
    }

    @Test
    void prefersPlacesInTheCountryTheTextIsAbout() {
        List<PlaceMention> found = finder.find("Syrian rebels said they had taken Khan Tuman, south of Aleppo, in Syria.");
        assertThat(found).extracting(m -> m.place().country()).containsOnly("SY");
        assertThat(finder.find("Tripoli was quiet, a resident said.", "LB").get(0).place().country()).isEqualTo("LB");
        assertThat(finder.find("Tripoli was quiet, a resident said.").get(0).place().country()).isEqualTo("LY");
    }

    @Test
    void villagesOfTheSamplePageAreFound() {
        assertThat(names("Rebels captured Khan Touman, Khalsa and Kafr Naha after fierce clashes around al-Eis."))
                .contains("Khan Tuman", "Kafr Naha", "al-Eis");
    }

    @Test
    void possessivesAndCountriesAreFound() {
        assertThat(names("Gaza's health ministry said strikes hit Khan Younis and Rafah.")).contains("Khan Younis", "Rafah");
        assertThat(names("Ukraine said Russia attacked Kharkiv and Zaporizhzhia.")).containsExactly("Ukraine", "Russia", "Kharkiv", "Zaporizhzhia");
    }

    @Test
    void spansPointAtTheText() {
        String text = "Fighting in Khan Yunis resumed.";
        PlaceMention m = finder.find(text).get(0);
        assertThat(text.substring(m.start(), m.end())).isEqualTo("Khan Yunis");
        assertThat(m.place().name()).isEqualTo("Khan Younis");
    }

    @Test
    void unitsAndPartiesNamedAfterPlacesAreNotPlaces() {
        assertThat(names("The Azov regiment said its fighters held out.")).isEmpty();
        assertThat(names("A US envoy and the UN agency met in Geneva.")).containsExactly("Geneva");
        assertThat(names("The US-led coalition and Iran-backed militias clashed.")).isEmpty();
    }
}
