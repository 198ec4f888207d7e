package io.sitrep.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CasualtyBriefingTests {

    private final SampleBriefings sample = new SampleBriefings();
    private final CasualtyBriefing casualties = new CasualtyBriefing(sample.cache, sample.analyzer,
            SampleBriefings.GAZETTEER, sample.places);

    @Test
    void competingClaimsAreListedWithTheirClaimantFirstAndNeverAddedUp() {
        String answer = String.join("\n", casualties.briefing(""));

        assertThat(answer).contains("<b>Jaish al-Fateh rebel bloc</b> (claimed): <b>50</b> killed");
        assertThat(answer).contains("<b>Regime outlets</b> (confirmed): <b>46</b> killed");
        assertThat(answer).contains("never added up").doesNotContain("<b>96</b>").doesNotContain("total: ");
    }

    @Test
    void runningTotalsStandApartFromSingleIncidents() {
        String answer = String.join("\n", casualties.briefing(""));

        int totals = answer.indexOf("Running totals");
        assertThat(totals).isPositive();
        assertThat(answer.indexOf("<b>250</b> killed")).isGreaterThan(totals);
    }

    @Test
    void aPlaceNarrowsTheClaimsToThatPlaceAndWhatLiesInIt() {
        String khanTuman = String.join("\n", casualties.briefing("khantuman"));
        String aleppo = String.join("\n", casualties.briefing("aleppo"));

        assertThat(khanTuman).contains("Casualty claims in Khan Tuman").contains("<b>50</b> killed").doesNotContain("<b>46</b>");
        assertThat(aleppo).contains("<b>50</b> killed").contains("<b>46</b> killed");
    }

    @Test
    void aPlaceWithoutFiguresSaysSo() {
        assertThat(casualties.briefing("kharkiv")).singleElement().asString().contains("No casualty figures in Kharkiv");
    }
}
