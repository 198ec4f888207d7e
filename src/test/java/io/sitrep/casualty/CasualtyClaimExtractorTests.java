package io.sitrep.casualty;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CasualtyClaimExtractorTests {

    static CasualtyClaimExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = CasualtyClaimExtractor.withDefaults();
    }

    private static CasualtyClaim only(String text) {
        List<CasualtyClaim> claims = extractor.extract(text);
        assertThat(claims).as(text).hasSize(1);
        return claims.get(0);
    }

    @Test
    void aDecimalBesideACasualtyFigureIsReadWithoutFailing() {
        List<CasualtyClaim> claims = extractor.extract("After 15.5 overs the match was halted when shelling killed 3 people near the ground.");

        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.low()).isEqualTo(3);
            assertThat(c.outcome()).isEqualTo("killed");
        });
    }

    @Test
    void rebelBlocClaimsItKilledMoreThanFifty() {
        CasualtyClaim c = only("The Jaish al-Fateh rebel bloc claims that it killed more than 50 fighters.");
        assertThat(c.low()).isEqualTo(50);
        assertThat(c.high()).isNull();
        assertThat(c.outcome()).isEqualTo("killed");
        assertThat(c.claimedBy()).isEqualTo("Jaish al-Fateh rebel bloc");
        assertThat(c.status()).isEqualTo("claimed");
    }

    @Test
    void spokesmanAdmittingOwnLossesIsConfirmation() {
        String context = "Iran's Revolutionary Guards admit heavy losses near Aleppo. An IRGC spokesman, Ramezan Sharif, "
                + "gave details of the battle for Khan Tuman.";
        List<CasualtyClaim> claims = extractor.extract("He said 13 IRGC troops had been killed and 21 wounded.", context);
        assertThat(claims).hasSize(2);
        CasualtyClaim killed = claims.get(0);
        CasualtyClaim wounded = claims.get(1);
        assertThat(killed).isEqualTo(new CasualtyClaim(13, null, null, "killed", "IRGC troops", "IRGC",
                "IRGC spokesman", "confirmed", false, "Aleppo"));
        assertThat(wounded.low()).isEqualTo(21);
        assertThat(wounded.outcome()).isEqualTo("wounded");
        assertThat(wounded.side()).isEqualTo("IRGC");
        assertThat(wounded.status()).isEqualTo("confirmed");
    }

    @Test
    void regimeOutletsConfirmTunnelBombDeathsInAlZahra() {
        CasualtyClaim c = only("Regime outlets have confirmed that 46 pro-Assad troops were killed by a rebel tunnel bomb "
                + "in the al-Zahra district of northwest Aleppo.");
        assertThat(c.low()).isEqualTo(46);
        assertThat(c.side()).isEqualTo("Syrian army");
        assertThat(c.claimedBy()).isEqualTo("Regime outlets");
        assertThat(c.status()).isEqualTo("confirmed");
        assertThat(c.place()).isEqualTo("al-Zahra");
    }

    @Test
    void runningTotalsAreMarkedCumulative() {
        CasualtyClaim c = only("Iranian media have acknowledged more than 250 deaths of commanders and troops since October 7.");
        assertThat(c.low()).isEqualTo(250);
        assertThat(c.outcome()).isEqualTo("killed");
        assertThat(c.cumulative()).isTrue();
        assertThat(c.status()).isEqualTo("confirmed");
        assertThat(only("The death toll has risen to 41,000, the ministry said.").cumulative()).isTrue();
        assertThat(only("So far this year 320 civilians have been killed in the province.").cumulative()).isTrue();
        assertThat(only("Rebels killed 12 soldiers on Monday.").cumulative()).isFalse();
    }

    @Test
    void dozensIsCodedAsTwelve() {
        CasualtyClaim c = only("Jets pounded the town, killing dozens of fighters.");
        assertThat(c.low()).isEqualTo(12);
        assertThat(c.vague()).isEqualTo("dozens");
        assertThat(only("Hundreds of civilians were killed.").low()).isEqualTo(100);
        CasualtyClaim dozen = only("A dozen soldiers were wounded.");
        assertThat(dozen.low()).isEqualTo(12);
        assertThat(dozen.vague()).isEqualTo("a dozen");
    }

    @Test
    void prisonersStillHeldAreNotClaims() {
        CasualtyClaim c = only("The deal secured the release of 46 detainees; however, more than 1,200 remain.");
        assertThat(c.low()).isEqualTo(46);
        assertThat(c.outcome()).isEqualTo("freed");
        assertThat(extractor.extract("About 100 hostages are still held in Gaza.")).isEmpty();
        assertThat(extractor.extract("More than 1,200 detainees remain in government prisons.")).isEmpty();
    }

    @Test
    void spelledOutNumbersAreRead() {
        CasualtyClaim c = only("Three freelance journalists held by Nusra have been freed.");
        assertThat(c.low()).isEqualTo(3);
        assertThat(c.outcome()).isEqualTo("freed");
        assertThat(c.side()).isEqualTo("civilians");
        assertThat(only("Forty-six soldiers were killed.").low()).isEqualTo(46);
        assertThat(only("Two hundred and fifty people died in the siege.").low()).isEqualTo(250);
    }

    @Test
    void vehiclesAndWeaponsAreNotPeople() {
        assertThat(extractor.extract("In the counter-attack three vehicles and three rocket launchers were destroyed.")).isEmpty();
        assertThat(extractor.extract("Russia fired 40 missiles; 35 were shot down.")).isEmpty();
    }

    @Test
    void anAgeIsNotACount() {
        CasualtyClaim c = only("A 13-year-old boy was killed when a shell hit his school.");
        assertThat(c.low()).isEqualTo(1);
        assertThat(c.outcome()).isEqualTo("killed");
    }

    @Test
    void yearsDatesTermsMoneyAndSharesAreNotCounts() {
        assertThat(extractor.extract("Assad was sworn in for a seven-year term in 2014.")).isEmpty();
        assertThat(extractor.extract("Fighting killed 2016 hopes of peace on October 7.")).isEmpty();
        assertThat(extractor.extract("The shells cost $3,000 each and 70 percent of them were lost.")).isEmpty();
        assertThat(extractor.extract("A 60-hour truce began at 7am; 90% of residents stayed.")).isEmpty();
        assertThat(extractor.extract("The convoy travelled 120 km in 48 hours.")).isEmpty();
    }

    @Test
    void boundsAndRanges() {
        CasualtyClaim range = only("Five or six civilians were wounded.");
        assertThat(range.low()).isEqualTo(5);
        assertThat(range.high()).isEqualTo(6);
        CasualtyClaim dashed = only("Officials said 10-15 soldiers were captured.");
        assertThat(dashed.low()).isEqualTo(10);
        assertThat(dashed.high()).isEqualTo(15);
        CasualtyClaim between = only("Between 20 and 30 fighters were killed.");
        assertThat(between.low()).isEqualTo(20);
        assertThat(between.high()).isEqualTo(30);
        CasualtyClaim upTo = only("The ministry claimed it had killed up to 400 servicemen.");
        assertThat(upTo.low()).isNull();
        assertThat(upTo.high()).isEqualTo(400);
        CasualtyClaim nearly = only("Nearly 30 people were killed.");
        assertThat(nearly.low()).isNull();
        assertThat(nearly.high()).isEqualTo(30);
        assertThat(only("At least 1,200 people were killed.").low()).isEqualTo(1200);
        assertThat(only("Over 80 fighters were captured.").low()).isEqualTo(80);
    }

    @Test
    void twoFiguresInOneClauseAreTwoClaims() {
        List<CasualtyClaim> claims = extractor.extract("A car bomb killed 13 people and wounded 21 in the market.");
        assertThat(claims).extracting(CasualtyClaim::low).containsExactly(13, 21);
        assertThat(claims).extracting(CasualtyClaim::outcome).containsExactly("killed", "wounded");
        assertThat(claims.get(1).victims()).isEqualTo("people");
    }

    @Test
    void denialsAreMarked() {
        CasualtyClaim none = only("The army denied that any soldiers were killed in the raid.");
        assertThat(none.low()).isEqualTo(0);
        assertThat(none.status()).isEqualTo("denied");
        assertThat(none.claimedBy()).isEqualTo("army");
        CasualtyClaim figure = only("The ministry denied that 30 soldiers were killed.");
        assertThat(figure.low()).isEqualTo(30);
        assertThat(figure.status()).isEqualTo("denied");
    }

    @Test
    void capturedAndMissingOutcomes() {
        assertThat(only("Rebels said they had captured 15 regime soldiers.").outcome()).isEqualTo("captured");
        assertThat(only("Four soldiers are missing after the ambush.").outcome()).isEqualTo("missing");
        assertThat(only("The army said it had taken 31 soldiers prisoner.").outcome()).isEqualTo("captured");
    }

    @Test
    void sideComesFromTheVictimsOrTheSpeaker() {
        assertThat(only("Palestinian Islamic Jihad said 12 of its fighters had been killed.").side())
                .isEqualTo("Palestinian Islamic Jihad");
        assertThat(only("Israeli strikes killed 20 civilians.").side()).isEqualTo("civilians");
        assertThat(only("The Israeli military said two soldiers were killed.").side()).isEqualTo("Israeli military");
        assertThat(only("Rebels said they killed 40 people.").side()).isEqualTo("unknown");
    }

    @Test
    void reportedWhenNobodyIsAParty() {
        CasualtyClaim c = only("At least 28 people died in air strikes on Douma, the Syrian Observatory for Human Rights said.");
        assertThat(c.status()).isEqualTo("reported");
        assertThat(c.claimedBy()).isEqualTo("Syrian Observatory for Human Rights");
        assertThat(c.place()).isEqualTo("Douma");
        assertThat(only("Bombings killed 27 people, according to police.").claimedBy()).isEqualTo("police");
    }

    @Test
    void placeFallsBackToTheEntryContext() {
        List<CasualtyClaim> claims = extractor.extract("Two civilians were killed overnight.", "Shelling in Kharkiv");
        assertThat(claims).extracting(CasualtyClaim::place).containsExactly("Kharkiv");
        assertThat(extractor.extract("Two civilians were killed overnight.")).extracting(CasualtyClaim::place)
                .containsOnlyNulls();
    }

    @Test
    void recordHasTheAnalyzeJsonComponents() {
        assertThat(Arrays.stream(CasualtyClaim.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("low", "high", "vague", "outcome", "victims", "side", "claimedBy", "status",
                        "cumulative", "place", "part", "background", "upFrom", "bound");
    }

    @Test
    void verbsSaidOnlyOfPeopleMakeAnUnknownNounPeople() {
        assertThat(only("The army said 21 reservists died in the collapse.").low()).isEqualTo(21);
        CasualtyClaim kidnapped = only("Gunmen kidnapped 26 Qatari hunters in the desert.");
        assertThat(kidnapped.outcome()).isEqualTo("captured");
        assertThat(extractor.extract("Ukraine said it destroyed 12 tanks and 40 trucks.")).isEmpty();
    }

    @Test
    void anotherPersonCountsAsOne() {
        List<CasualtyClaim> claims = extractor.extract("One soldier was killed and another was wounded.");
        assertThat(claims).extracting(CasualtyClaim::low).containsExactly(1, 1);
        assertThat(claims).extracting(CasualtyClaim::outcome).containsExactly("killed", "wounded");
    }

    @Test
    void includedSingularInheritsTheOutcome() {
        List<CasualtyClaim> claims = extractor.extract("The strike killed 15 people, including a baby, in the camp.");
        assertThat(claims).extracting(CasualtyClaim::low).containsExactly(15, 1);
        assertThat(claims).extracting(CasualtyClaim::outcome).containsOnly("killed");
    }

    @Test
    void pronounResolvesToTheSpeakerEarlierInTheSameEntry() {
        List<CasualtyClaim> claims = extractor.extract("An IRGC spokesman, Ramezan Sharif, spoke to state television. "
                + "He said 13 IRGC troops had been killed and 21 wounded near Khan Tuman.");
        assertThat(claims).extracting(CasualtyClaim::claimedBy).containsOnly("IRGC spokesman");
        assertThat(claims).extracting(CasualtyClaim::place).containsOnly("Khan Tuman");
        assertThat(claims).extracting(CasualtyClaim::status).containsOnly("confirmed");
    }

    @Test
    void returningOrRescuedPeopleAreFreedOnlyIfTheyWereHeld() {
        assertThat(extractor.extract("Two years on, 5 million people have returned home.")).isEmpty();
        assertThat(extractor.extract("Rescuers pulled 15 survivors from the rubble and rescued 3 residents.")).isEmpty();
        assertThat(only("Ukraine said 90 POWs had returned in the swap.").outcome()).isEqualTo("freed");
        assertThat(only("Commandos rescued four hostages in Nuseirat.").low()).isEqualTo(4);
    }

    @Test
    void numbersNamingThingsAreNotCounts() {
        assertThat(extractor.extract("He died in 2019 aged 83.")).isEmpty();
        assertThat(extractor.extract("Resolution 2254 was backed by 15 members of the Security Council.")).isEmpty();
        assertThat(extractor.extract("The 3rd Assault Brigade said 12 villages were liberated.")).isEmpty();
        assertThat(extractor.extract("Israel has called up 300,000 reservists.")).isEmpty();
        assertThat(extractor.extract("Five people were arrested at the protest.")).isEmpty();
    }

    @Test
    void aReleaseThatIsPromisedIsNotFreedButOneThatHappenedIs() {
        assertThat(extractor.extract("Moscow will free 150 Ukrainian prisoners under the deal, the Kremlin said.")).isEmpty();
        assertThat(extractor.extract("The group agreed to release 40 hostages next week.")).isEmpty();
        assertThat(only("Talks led to the release of 46 detainees on Saturday.").outcome()).isEqualTo("freed");
    }

    @Test
    void aRebuttedFigureIsNotAClaimButAFigureSomeoneElseRejectsStillIs() {
        assertThat(extractor.extract("The army said reports that 40 soldiers had died were \"false\".")).isEmpty();
        CasualtyClaim c = only("Al-Shabaab said it killed 47 soldiers in the raid, a figure the government denied.");
        assertThat(c.status()).isEqualTo("claimed");
        assertThat(c.claimedBy()).isEqualTo("Al-Shabaab");
    }

    @Test
    void aChangedTollIsOneClaimWithItsEarlierFigure() {
        CasualtyClaim c = only("The death toll from Sunday's car bombing has risen to 20, up from 14, the council said.");
        assertThat(c.low()).isEqualTo(20);
        assertThat(c.upFrom()).isEqualTo(14);
        assertThat(c.cumulative()).isFalse();
        CasualtyClaim revised = only("The number of people killed was revised from 60 to 71, the ministry said.");
        assertThat(revised.low()).isEqualTo(71);
        assertThat(revised.upFrom()).isEqualTo(60);
    }

    @Test
    void soFarInASameDayClauseIsNewsWhileThisYearIsARunningTotal() {
        assertThat(only("Rebels say they repelled the attacks so far, killing dozens of soldiers.").cumulative()).isFalse();
        assertThat(only("Rockets have killed more than 20 people in Kilis Province this year.").cumulative()).isTrue();
    }

    @Test
    void aFigureAboutAnEarlierDatedEventIsBackground() {
        List<CasualtyClaim> claims = extractor.extract("On April 27, a hospital in Aleppo was hit by missiles, killing 55 people and wounding 80.");
        assertThat(claims).extracting(CasualtyClaim::background).containsExactly(true, true);
        assertThat(only("Ten days later, they repelled a counter-attack, killing more than 100 Iranians.").background()).isTrue();
        assertThat(only("Three journalists, who went missing last July, have been freed.").background()).isFalse();
    }

    @Test
    void aShareOfAFigureIsMarkedAsPart() {
        List<CasualtyClaim> claims = extractor.extract("The strike killed 31 people, including five children, officials said.");
        assertThat(claims).extracting(CasualtyClaim::part).containsExactly(false, true);
    }

    @Test
    void claimantsAreNounPhrasesAReaderWouldName() {
        assertThat(only("The Syrian Network for Human Rights, a monitoring group, said barrel bombs killed 22 civilians.").claimedBy())
                .isEqualTo("Syrian Network for Human Rights");
        assertThat(only("\"We held them off,\" a commander of the Hamza Division said, adding that 17 attackers were killed.").claimedBy())
                .isEqualTo("commander of the Hamza Division");
        assertThat(only("Police chief Aliyu Musa was quoted as saying by the agency that 14 people had died.").claimedBy())
                .isEqualTo("Police chief Aliyu Musa");
        assertThat(extractor.extract("He said 13 troops had been killed.", "The army command issued a statement on Monday."))
                .extracting(CasualtyClaim::claimedBy).containsExactly("army command");
    }

    @Test
    void listsGiveOneFigurePerGroupAndVagueNumberFormsAreRead() {
        assertThat(extractor.extract("Two women and three children were injured when a shell hit the house."))
                .extracting(CasualtyClaim::low).containsExactlyInAnyOrder(2, 3);
        CasualtyClaim floor = only("No fewer than six soldiers were killed in the ambush.");
        assertThat(floor.low()).isEqualTo(6);
        assertThat(floor.high()).isNull();
        assertThat(only("Over two dozen people were wounded in the blast.").low()).isEqualTo(24);
        assertThat(extractor.extract("Police arrested 30 people in dawn raids.")).isEmpty();
    }
}
