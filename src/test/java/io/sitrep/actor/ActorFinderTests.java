package io.sitrep.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorFinderTests {

    static final ActorFinder finder = new ActorFinder(ActorDictionary.loadDefault());

    private static List<String> names(String text) {
        return finder.find(text).stream().map(m -> m.actor().name()).toList();
    }

    @Test
    void revolutionaryGuardsAreTheIrgc() {
        assertThat(names("The Islamic Revolutionary Guards Corps said two advisers died.")).containsExactly("IRGC");
        assertThat(names("Revolutionary Guards commanders were buried in Tehran.")).containsExactly("IRGC");
        assertThat(names("He said 13 IRGC troops had been killed.")).containsExactly("IRGC");
    }

    @Test
    void nusraTypoIsTolerated() {
        assertThat(names("Jahbat al-Nusra and Jaish al-Fateh fighters advanced.")).containsExactly("Jabhat al-Nusra", "Jaish al-Fateh");
        assertThat(names("Nusra Front claimed the attack.")).containsExactly("Jabhat al-Nusra");
    }

    @Test
    void islamicStateAbbreviationsMatchOnlyInCapitals() {
        assertThat(names("IS fighters attacked; ISIL and Daesh are the same group.")).containsExactly("Islamic State", "Islamic State", "Islamic State");
        assertThat(names("This is what it is.")).isEmpty();
    }

    @Test
    void proAssadTroopsAreTheSyrianArmy() {
        assertThat(names("46 pro-Assad troops were killed")).containsExactly("Syrian army");
        assertThat(names("regime forces shelled the town")).containsExactly("Syrian army");
    }

    @Test
    void longestAliasWins() {
        assertThat(names("Kataib Hezbollah denied it.")).containsExactly("Kataib Hezbollah");
        assertThat(names("Armed Forces of Ukraine said")).containsExactly("Ukrainian forces");
    }

    @Test
    void findsPartiesOfOtherWars() {
        assertThat(names("Ansar Allah, the Saudi-led coalition, the RSF, the Sudanese army, al-Shabab, Wagner and the IDF"))
                .containsExactly("Houthis", "Saudi-led coalition", "RSF", "SAF", "al-Shabaab", "Wagner", "Israeli military");
    }

    @Test
    void spansPointAtTheText() {
        String text = "Daesh claimed it.";
        ActorMention m = finder.find(text).get(0);
        assertThat(text.substring(m.start(), m.end())).isEqualTo("Daesh");
    }

    @Test
    void loadsAnotherDictionary() throws Exception {
        String tsv = "# test\nBlue Army\tblue\t\tBlues|BA\n";
        ActorDictionary d = ActorDictionary.load(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
        assertThat(new ActorFinder(d).find("The blues and BA, not ba.")).hasSize(2);
    }
}
