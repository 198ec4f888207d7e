package io.sitrep.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlaceGazetteerTests {

    static PlaceGazetteer gazetteer;

    @BeforeAll
    static void load() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        gazetteer = PlaceGazetteer.loadDefault();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long cpuMs = (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
        System.out.printf("gazetteer: %d entries loaded in %d ms wall, %d ms cpu (cold JVM)%n", gazetteer.size(), ms, cpuMs);
    }

    @Test
    void aGazetteerLoadingInTheBackgroundReturnsAtOnceAndAnswersLikeTheLoadedOne() {
        long t0 = System.nanoTime();
        PlaceGazetteer background = PlaceGazetteer.loadDefaultInBackground();
        long returnedMs = (System.nanoTime() - t0) / 1_000_000;

        Place khanTuman = background.byCommand("khantuman").orElseThrow(); // waits for the load

        assertThat(returnedMs).isLessThan(200);
        assertThat(background.isLoaded()).isTrue();
        assertThat(khanTuman).isEqualTo(gazetteer.byCommand("khantuman").orElseThrow());
        assertThat(background.size()).isEqualTo(gazetteer.size());
    }

    @Test
    void aGazetteerLoadedLaterReadsNothingUntilALookupAndThenReadsOnceOnTheLookupsThread() throws Exception {
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<String> readOn = new java.util.concurrent.atomic.AtomicReference<>();
        PlaceGazetteer later = PlaceGazetteer.later(() -> {
            reads.incrementAndGet();
            readOn.set(Thread.currentThread().getName());
            return tinyIndex();
        });

        assertThat(later.isLoaded()).isFalse();
        assertThat(reads).hasValue(0);

        assertThat(later.byCommand("khantuman")).map(Place::name).contains("Khan Tuman");
        later.loadInBackground(); // too late: the lookup has read them already
        Thread.sleep(50);

        assertThat(later.isLoaded()).isTrue();
        assertThat(reads).hasValue(1);
        assertThat(readOn).hasValue(Thread.currentThread().getName());
    }

    @Test
    void aLookupWhileTheBackgroundReadRunsWaitsForThatReadInsteadOfStartingAnother() throws Exception {
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.CountDownLatch reading = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        PlaceGazetteer later = PlaceGazetteer.later(() -> {
            reads.incrementAndGet();
            reading.countDown();
            await(release);
            return tinyIndex();
        });

        later.loadInBackground();
        assertThat(reading.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        java.util.concurrent.CompletableFuture<Integer> lookup = java.util.concurrent.CompletableFuture.supplyAsync(later::size);
        Thread.sleep(50);
        assertThat(lookup).isNotDone();
        release.countDown();

        assertThat(lookup.get(5, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(reads).hasValue(1);
    }

    private static PlaceIndex tinyIndex() {
        String tsv = "CITY\tKhan Tuman\t\tSY\tAleppo\t36.1\t37.0\t5000\tKhan Touman\n";
        try {
            return PlaceIndex.load(new java.io.ByteArrayInputStream(tsv.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    null, null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void loadsTensOfThousandsOfPlacesOfEveryKind() {
        assertThat(gazetteer.size()).isGreaterThan(30_000);
        assertThat(gazetteer.places()).extracting(Place::kind).contains(PlaceKind.CITY, PlaceKind.REGION, PlaceKind.COUNTRY);
    }

    @Test
    void khanTumanAnswersItsCommandAndItsSpellings() {
        Place p = gazetteer.byCommand("khantuman").orElseThrow();
        assertThat(p.name()).isEqualTo("Khan Tuman");
        assertThat(p.region()).isEqualTo("Aleppo");
        assertThat(p.country()).isEqualTo("SY");
        assertThat(gazetteer.byName("Khan Touman")).contains(p);
        assertThat(gazetteer.byCommand("/khantouman")).contains(p);
    }

    @Test
    void villagesKnowTheirGovernorate() {
        for (String village : List.of("Khan Tuman", "al-Zahra", "Kafr Naha", "al-Eis")) {
            Place p = gazetteer.byName(village).orElseThrow();
            assertThat(p.region()).as(village).isEqualTo("Aleppo");
            Place aleppo = gazetteer.byName("Aleppo Governorate").orElseThrow();
            assertThat(gazetteer.isWithin(p, aleppo)).as(village).isTrue();
        }
    }

    @Test
    void conflictTransliterationsResolve() {
        assertThat(gazetteer.byName("Deir Ezzor").orElseThrow().name()).isEqualTo("Deir ez-Zor");
        assertThat(gazetteer.byName("Dayr az-Zawr").orElseThrow().country()).isEqualTo("SY");
        assertThat(gazetteer.byName("Tadmur").orElseThrow().name()).isEqualTo("Palmyra");
        assertThat(gazetteer.byName("Deraa").orElseThrow().name()).isEqualTo("Daraa");
        assertThat(gazetteer.byName("Kharkov").orElseThrow().name()).isEqualTo("Kharkiv");
        assertThat(gazetteer.byName("Zaporozhye").orElseThrow().name()).isEqualTo("Zaporizhzhia");
        assertThat(gazetteer.byName("Artemivsk").orElseThrow().name()).isEqualTo("Bakhmut");
        assertThat(gazetteer.byName("Falluja").orElseThrow().name()).isEqualTo("Fallujah");
        assertThat(gazetteer.byName("Sana'a").orElseThrow().name()).isEqualTo("Sanaa");
        assertThat(gazetteer.byName("Hudaydah").orElseThrow().name()).isEqualTo("Hodeidah");
        assertThat(gazetteer.byName("Khan Yunis").orElseThrow().name()).isEqualTo("Khan Younis");
        assertThat(gazetteer.byName("Al-Fashir").orElseThrow().name()).isEqualTo("El Fasher");
        assertThat(gazetteer.byName("Gaza City").orElseThrow().country()).isEqualTo("PS");
        assertThat(gazetteer.byName("Mariupol").orElseThrow().country()).isEqualTo("UA");
        assertThat(gazetteer.byName("Mosul").orElseThrow().country()).isEqualTo("IQ");
        assertThat(gazetteer.byName("Omdurman").orElseThrow().country()).isEqualTo("SD");
        assertThat(gazetteer.byName("Rafah").orElseThrow().country()).isEqualTo("PS");
    }

    @Test
    void curlyApostrophesAndArticlesFoldAway() {
        assertThat(gazetteer.byName("Maarat al-Nu’man").orElseThrow().name()).isEqualTo("Maarat al-Numan");
        assertThat(gazetteer.byName("Zahra")).isEqualTo(gazetteer.byName("al-Zahra"));
    }

    @Test
    void bareNameSharedWithItsProvinceIsTheCity() {
        assertThat(gazetteer.byCommand("aleppo").orElseThrow().kind()).isEqualTo(PlaceKind.CITY);
        assertThat(gazetteer.byName("Aleppo Province").orElseThrow().kind()).isEqualTo(PlaceKind.REGION);
        assertThat(gazetteer.byName("Idlib province").orElseThrow().kind()).isEqualTo(PlaceKind.REGION);
    }

    @Test
    void suggestsTheNearMissForATypo() {
        assertThat(gazetteer.suggest("alepo")).extracting(Place::command).first().isEqualTo("aleppo");
        assertThat(gazetteer.suggest("khantumn")).extracting(Place::name).contains("Khan Tuman");
        assertThat(gazetteer.suggest("mariupl")).extracting(Place::name).first().isEqualTo("Mariupol");
    }

    @Test
    void countryContainsItsRegionsAndPlaces() {
        Place syria = gazetteer.country("SY").orElseThrow();
        Place aleppoRegion = gazetteer.byName("Aleppo Governorate").orElseThrow();
        Place khanTuman = gazetteer.byName("Khan Tuman").orElseThrow();
        assertThat(gazetteer.isWithin(aleppoRegion, syria)).isTrue();
        assertThat(gazetteer.isWithin(khanTuman, syria)).isTrue();
        assertThat(gazetteer.isWithin(khanTuman, gazetteer.byName("Idlib Province").orElseThrow())).isFalse();
        assertThat(gazetteer.isWithin(gazetteer.byName("Kyiv").orElseThrow(), syria)).isFalse();
        assertThat(gazetteer.regionOf(khanTuman)).contains(aleppoRegion);
    }

    @Test
    void commandsAreShortLowercaseAscii() {
        for (Place p : gazetteer.places()) {
            assertThat(p.command()).matches("[a-z0-9_]{0,32}");
        }
        assertThat(PlaceNames.commandOf("Khan Tuman")).isEqualTo("khantuman");
        assertThat(PlaceNames.commandOf("Deir ez-Zor")).isEqualTo("deirezzor");
    }

    @Test
    void curatedPlacesHaveCoordinates() {
        for (Place p : gazetteer.places()) {
            if (gazetteer.isCurated(p) && p.kind() == PlaceKind.CITY) {
                assertThat(Math.abs(p.lat()) + Math.abs(p.lon())).as(p.name()).isGreaterThan(1);
            }
        }
    }

    @Test
    void summaryHasTheAnalyzeShape() {
        PlaceSummary s = gazetteer.byName("Khan Tuman").orElseThrow().summary();
        assertThat(s).isEqualTo(new PlaceSummary("Khan Tuman", "Aleppo", "SY", 36.06, 37.07));
    }
}
