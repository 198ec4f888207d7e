package io.sitrep.casualty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.function.UnaryOperator;

import io.sitrep.language.Language;
import io.sitrep.language.Texts;
import org.junit.jupiter.api.Test;

/** A casualty figure in the reader's language: its bounds and vague words translated, the outcome agreeing with it. */
class CasualtyFigureLanguageTests {

    private static CasualtyClaim killed(Integer low, Integer high, String vague, String bound) {
        return new CasualtyClaim(low, high, vague, CasualtyClaim.KILLED, null, CasualtyClaim.UNKNOWN, null,
                CasualtyClaim.CLAIMED, false, null, false, false, null, bound);
    }

    private static String in(Language language, CasualtyClaim c) {
        return CasualtyFigure.withOutcome(c, language, UnaryOperator.identity());
    }

    @Test
    void everyBoundAndVagueWordTheReaderKnowsHasItsWordsInEveryLanguage() {
        Set<String> keys = new HashSet<>();
        CasualtyWords.LOWER_BOUND.forEach(w -> keys.add("casualty.bound." + CasualtyFigure.key(w)));
        CasualtyWords.UPPER_BOUND.forEach(w -> keys.add("casualty.bound." + CasualtyFigure.key(w)));
        CasualtyWords.VAGUE.keySet().forEach(w -> keys.add("casualty.vague." + CasualtyFigure.key(w)));
        for (String outcome : Set.of(CasualtyClaim.KILLED, CasualtyClaim.WOUNDED, CasualtyClaim.CAPTURED,
                CasualtyClaim.MISSING, CasualtyClaim.FREED)) {
            keys.add("casualty." + outcome);
            keys.add("casualty." + outcome + ".vague");
        }
        for (String status : Set.of(CasualtyClaim.CLAIMED, CasualtyClaim.CONFIRMED, CasualtyClaim.REPORTED, CasualtyClaim.DENIED)) {
            keys.add("casualty.status." + status);
        }
        for (String key : keys) {
            assertThat(Texts.bundles().has(key)).as(key).isTrue();
        }
    }

    @Test
    void englishReadsAsTheSourceGaveIt() {
        assertThat(CasualtyFigure.withOutcome(killed(50, null, null, "more than"))).isEqualTo("more than 50 killed");
        assertThat(CasualtyFigure.withOutcome(killed(12, null, "dozens", null))).isEqualTo("dozens killed");
        assertThat(CasualtyFigure.withOutcome(killed(5, 6, null, null))).isEqualTo("5\u20136 killed");
        assertThat(CasualtyFigure.withOutcome(killed(null, 400, null, null))).isEqualTo("up to 400 killed");
        assertThat(CasualtyFigure.of(killed(1200, null, null, null))).isEqualTo("1,200");
    }

    @Test
    void arabicTakesTheDualTheFewAndTheManyForms() {
        assertThat(in(Language.ARABIC, killed(1, null, null, null))).isEqualTo("1 قتيل");
        assertThat(in(Language.ARABIC, killed(2, null, null, null))).isEqualTo("2 قتيلان");
        assertThat(in(Language.ARABIC, killed(5, null, null, null))).isEqualTo("5 قتلى");
        assertThat(in(Language.ARABIC, killed(13, null, null, null))).isEqualTo("13 قتيلًا");
        assertThat(in(Language.ARABIC, killed(100, null, null, null))).isEqualTo("100 قتيل");
        assertThat(in(Language.ARABIC, killed(50, null, null, "more than"))).isEqualTo("أكثر من 50 قتيلًا");
        assertThat(in(Language.ARABIC, killed(12, null, "dozens", null))).isEqualTo("عشرات من القتلى");
    }

    @Test
    void ukrainianRussianFrenchAndGermanAgreeWithTheirNumbers() {
        assertThat(in(Language.UKRAINIAN, killed(21, null, null, null))).isEqualTo("21 загиблий");
        assertThat(in(Language.UKRAINIAN, killed(3, null, null, null))).isEqualTo("3 загиблих");
        assertThat(in(Language.UKRAINIAN, killed(12, null, "dozens", null))).isEqualTo("десятки загиблих");
        assertThat(in(Language.RUSSIAN, killed(5, 6, null, null))).isEqualTo("5\u20136 погибших");
        assertThat(in(Language.RUSSIAN, killed(null, 400, null, null))).isEqualTo("до 400 погибших");
        assertThat(in(Language.FRENCH, killed(1, null, null, null))).isEqualTo("1 mort");
        assertThat(in(Language.FRENCH, killed(50, null, null, "at least"))).isEqualTo("au moins 50 morts");
        assertThat(in(Language.FRENCH, killed(1200, null, null, null))).isEqualTo("1\u202f200 morts");
        assertThat(in(Language.GERMAN, killed(1, null, null, null))).isEqualTo("1 Toter");
        assertThat(in(Language.GERMAN, killed(12, null, "a dozen", null))).isEqualTo("ein Dutzend Tote");
        assertThat(CasualtyFigure.upFrom(new CasualtyClaim(20, null, null, CasualtyClaim.KILLED, null, CasualtyClaim.UNKNOWN,
                null, CasualtyClaim.CLAIMED, false, null, false, false, 14, null), Language.GERMAN)).isEqualTo("zuvor 14");
    }
}
