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

        assertThat(answer).contains("<b>Jaish al-Fateh rebel bloc</b> (claimed): <b>more than 50</b> killed");
        assertThat(answer).contains("<b>Regime outlets</b> (confirmed): <b>46</b> killed");
        assertThat(answer).contains("never added up").doesNotContain("<b>96</b>").doesNotContain("total: ");
    }

    @Test
    void runningTotalsStandApartFromSingleIncidents() {
        String answer = String.join("\n", casualties.briefing(""));

        int totals = answer.indexOf("Running totals");
        assertThat(totals).isPositive();
        assertThat(answer.indexOf("<b>more than 250</b> killed")).isGreaterThan(totals);
    }

    @Test
    void aPlaceNarrowsTheClaimsToThatPlaceAndWhatLiesInIt() {
        String khanTuman = String.join("\n", casualties.briefing("khantuman"));
        String aleppo = String.join("\n", casualties.briefing("aleppo"));

        assertThat(khanTuman).contains("Casualty claims in Khan Tuman").contains("<b>more than 50</b> killed").doesNotContain("<b>46</b>");
        assertThat(aleppo).contains("<b>more than 50</b> killed").contains("<b>46</b> killed");
    }

    @Test
    void theSampleNamesWhoClaimsWhatWhereAndWhenAsAReaderWould() {
        String answer = String.join("\n", casualties.briefing(""));

        String khanTuman = section(answer, "\ud83d\udccd <b>Khan Tuman");
        assertThat(khanTuman).contains("spokesman Hossein Ali Rezaie</b> (confirmed): <b>13</b> killed \u2014 IRGC troops")
                .contains("spokesman Hossein Ali Rezaie</b> (confirmed): <b>21</b> wounded");
        assertThat(answer).doesNotContain("<b>Unattributed</b> (reported): <b>13</b>");

        String background = section(answer, "\ud83d\udcc5 <b>Background</b>");
        assertThat(background).contains("<b>55</b> killed").contains("<b>80</b> wounded").contains("<b>more than 100</b> killed");
        String news = answer.substring(0, answer.indexOf("\ud83d\udcc5 <b>Background</b>"));
        assertThat(news).doesNotContain("<b>55</b> killed \u2014 people").doesNotContain("<b>80</b> wounded")
                .doesNotContain("<b>more than 100</b>");

        String totals = section(answer, "\u23f3 <b>Running totals</b>");
        assertThat(totals).contains("<b>more than 20</b> killed \u2014 people");

        assertThat(answer).contains("<b>Rebel outlets</b> (claimed): <b>dozens</b> killed \u2014 fighters");
        assertThat(totals).doesNotContain("dozens");
    }

    @Test
    void aShareOfAFigureGoesWithItAndAChangedTollReplacesTheEarlierFigure() {
        java.time.Instant t = java.time.Instant.parse("2024-05-08T10:00:00Z");
        io.sitrep.source.EntryCache cache = io.sitrep.source.EntryCache.inMemory();
        cache.put("Wire", java.util.List.of(
                entry("e2", t.plusSeconds(3600), "The death toll from the market bombing in Manbij has risen to 20, up from 14, the local council said."),
                entry("e1", t, "A car bomb at a market in Manbij killed 14 people, including three children, the local council said.")));
        CasualtyBriefing briefing = new CasualtyBriefing(cache, new SampleBriefings().analyzer, SampleBriefings.GAZETTEER,
                new SampleBriefings().places);

        String answer = String.join("\n", briefing.briefing(""));

        assertThat(answer).contains("<b>20</b> killed").contains("(up from 14)")
                .doesNotContain("<b>14</b> killed").doesNotContain("<b>3</b> killed");
    }

    private static io.sitrep.source.Entry entry(String id, java.time.Instant time, String text) {
        return new io.sitrep.source.Entry(id, "Wire", "https://example.org/live", io.sitrep.source.EntryKind.UPDATE, time,
                text, java.util.List.of(text), java.util.List.of(), java.util.List.of(), "v1", 0);
    }

    /** The block of an answer from a section's heading to the next blank line. */
    private static String section(String answer, String heading) {
        int start = answer.indexOf(heading);
        assertThat(start).as(heading).isNotNegative();
        int end = answer.indexOf("\n\n", start);
        return end < 0 ? answer.substring(start) : answer.substring(start, end);
    }

    @Test
    void aPlaceWithoutFiguresSaysSo() {
        assertThat(casualties.briefing("kharkiv")).singleElement().asString().contains("No casualty figures in Kharkiv");
    }
}
