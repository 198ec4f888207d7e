package io.sitrep.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** One page per markup family newsrooms use for live blogs, each read as a reader sees it. */
class LiveBlogFamiliesTests {

    private final PageParser parser = new PageParser(new LiveBlogParser(), new JsonLdLiveBlogParser(), new FeedParser());

    private ParsedPage read(String fixture) throws FetchException {
        String url = "https://news.example/live/" + fixture;
        return parser.parse(Fixtures.page(url, "text/html; charset=utf-8", Fixtures.text("live/" + fixture)),
                SourceFormat.AUTO, "Example");
    }

    private static List<Instant> times(ParsedPage page) {
        return page.entries().stream().map(Entry::time).toList();
    }

    @Test
    void collapsedJsonLdTimesGiveWayToTheTimesOfTheVisibleBlocks() throws FetchException {
        ParsedPage page = read("jsonld-collapsed-times.html");

        assertThat(page.strategy()).isEqualTo("jsonld");
        assertThat(times(page)).containsExactly(Instant.parse("2031-02-03T09:12:00Z"),
                Instant.parse("2031-02-03T08:47:00Z"), Instant.parse("2031-02-03T06:02:00Z"));
        assertThat(page.entries()).extracting(Entry::headline).containsExactly("Sandbags run out on Mill Lane",
                "Two schools in the lower town will stay closed tomorrow.", "Good morning.");
        Entry first = page.entries().get(0);
        assertThat(first.paragraphs()).containsExactly(
                "Sandbags have run out at the depot on Mill Lane, the council says. A second lorry is on its way.",
                "Residents can follow the council's flood map.");
        assertThat(first.links()).containsExactly("https://council.example/flood-map");
        assertThat(first.media()).containsExactly("https://news.example/img/mill-lane.jpg");
        assertThat(page.entries()).allSatisfy(e -> assertThat(e.media()).doesNotContain("https://news.example/img/lead-river.jpg"));
        assertThat(page.timeSource(first)).isEqualTo("time-element");
    }

    @Test
    void aTruncatedArticleBodyIsReplacedByTheFullVisibleText() throws FetchException {
        ParsedPage page = read("jsonld-truncated-body.html");

        // The newest block is not in the JSON-LD yet: the page is ahead of it, and the reader sees it.
        assertThat(page.entries()).extracting(Entry::headline).containsExactly("Counting is under way in every ward.",
                "Turnout up in the north", "First result expected at midnight");
        assertThat(times(page)).containsExactly(Instant.parse("2031-05-09T21:55:00Z"),
                Instant.parse("2031-05-09T21:40:00Z"), Instant.parse("2031-05-09T21:05:00Z"));
        assertThat(page.entries().get(1).paragraphs()).containsExactly("Turnout in the northern wards reached 64 per cent, "
                + "four points higher than at the last vote, the city's elections office said.", "Officials credited the longer opening hours.");
        assertThat(page.entries().get(2).text()).endsWith("once the postal ballots have been checked.");
        assertThat(page.entries().get(2).media()).containsExactly("https://twitter.com/herald/status/1");
        assertThat(page.entries()).allSatisfy(e -> assertThat(e.links()).isEmpty());
        assertThat(page.timeSource(page.entries().get(0))).isEqualTo("timestamp-attribute");
        assertThat(page.timeSource(page.entries().get(1))).isEqualTo("jsonld");
    }

    @Test
    void htmlEntitiesInJsonLdStringsReachTheReaderDecoded() throws FetchException {
        ParsedPage page = read("jsonld-entities.html");

        assertThat(page.title()).isEqualTo("Summit live: leaders' talks run late");
        assertThat(page.entries()).extracting(Entry::headline).containsExactly("\u201cWe are close,\u201d says host",
                "Talks resume after dinner");
        assertThat(page.entries()).extracting(Entry::text).containsExactly(
                "The host told reporters it's \u201ca matter of hours\u201d before a text is agreed & signed.",
                "Delegations returned to the hall at 7pm local time\u2026 no statement yet.");
        assertThat(times(page)).containsExactly(Instant.parse("2031-06-01T18:20:00Z"), Instant.parse("2031-06-01T17:05:00Z"));
        assertThat(page.entries()).allSatisfy(e -> assertThat(e.links()).isEmpty());
        assertThat(page.entries()).allSatisfy(e -> assertThat(e.media()).isEmpty());
    }

    @Test
    void microdataAndRdfaUpdatesAreEntries() throws FetchException {
        ParsedPage page = read("microdata-updates.html");

        assertThat(page.strategy()).isEqualTo("microdata");
        assertThat(times(page)).containsExactly(Instant.parse("2031-04-27T10:58:00Z"),
                Instant.parse("2031-04-27T09:15:00Z"), Instant.parse("2031-04-27T08:00:00Z"));
        assertThat(page.entries()).extracting(Entry::headline).containsExactly("Course record falls",
                "Halfway: the leading group of six passes the river bridge.", "The elite field is away on time.");
        assertThat(page.entries().get(0).paragraphs()).containsExactly(
                "The winner crossed the line in 2:05:11, a course record by 40 seconds.", "Full results");
        assertThat(page.entries().get(0).links()).containsExactly("https://results.example/2031");
        assertThat(page.entries().get(1).media()).containsExactly("https://marathon.example/img/bridge.jpg");
        assertThat(page.entries().get(2).media()).isEmpty();
    }

    @Test
    void blockArticlesWithTimeElementsWinOverTeaserLists() throws FetchException {
        ParsedPage page = read("timed-block-articles.html");

        assertThat(page.strategy()).isEqualTo("timed-blocks");
        assertThat(times(page)).containsExactly(Instant.parse("2031-10-20T14:25:00Z"),
                Instant.parse("2031-10-20T13:50:00Z"), Instant.parse("2031-10-20T13:05:00Z"));
        assertThat(page.entries()).extracting(Entry::headline).containsExactly("Ferries cancelled until Tuesday",
                "Gusts of 90mph were recorded on the headland at lunchtime.",
                "The coastal road is closed between the harbour and the lighthouse.");
        Entry ferries = page.entries().get(0);
        assertThat(ferries.paragraphs()).containsExactly("All sailings to the islands are off until Tuesday morning, the operator says.",
                "See the status page for refunds.");
        assertThat(ferries.links()).containsExactly("https://ferries.example/status");
        assertThat(ferries.text()).doesNotContain("Sam Writer", "Facebook", "Subscribe");
        assertThat(page.entries().get(1).media()).containsExactly("https://coast.example/img/headland.jpg");
        assertThat(page.entries()).allSatisfy(e -> assertThat(e.media()).doesNotContain("https://coast.example/img/lead.jpg"));
    }

    @Test
    void timeParagraphsSeparatedByUnderscoreLinesAreItemsInThePagesZone() throws FetchException {
        ParsedPage page = read("time-paragraphs-separators.html");

        assertThat(times(page)).containsExactly(Instant.parse("2031-08-14T20:14:00Z"),
                Instant.parse("2031-08-14T17:05:00Z"), Instant.parse("2031-08-14T15:20:00Z"));
        assertThat(page.entries()).extracting(Entry::headline).containsExactly(
                "Fire crews say the blaze is now 40% contained after a calmer afternoon.",
                "The state has asked for federal help with the cost of the response.",
                "Smoke has closed the regional airport to arrivals until further notice.");
        assertThat(page.entries().get(0).paragraphs()).hasSize(2);
        assertThat(page.entries()).allSatisfy(e -> {
            assertThat(e.text()).doesNotContain("___", "Follow the wire", "The latest on the wildfire");
            assertThat(e.links()).isEmpty();
            assertThat(e.media()).isEmpty();
        });
        assertThat(page.timeSource(page.entries().get(0))).isEqualTo("clock-at-start");
    }

    @Test
    void uhrHeadingsTakeTheDateOfTheDayHeadingAboveThem() throws FetchException {
        ParsedPage page = read("uhr-ticker-day-headings.html");

        assertThat(page.entries()).extracting(Entry::headline).containsExactly("Pegel in Basel sinkt unter die Warnstufe",
                "Zwei Dörfer wieder erreichbar", "Armee hilft beim Räumen");
        // Stamps in UTC, page in de-CH: the clocks are Zurich time (UTC+2 in July).
        assertThat(times(page)).containsExactly(Instant.parse("2031-07-17T09:04:00Z"),
                Instant.parse("2031-07-17T04:20:00Z"), Instant.parse("2031-07-16T20:45:00Z"));
        assertThat(page.entries().get(0).paragraphs()).containsExactly("Der Rhein ist in der Nacht um 40 Zentimeter gefallen.",
                "Die Schifffahrt bleibt trotzdem bis Freitag eingestellt.");
        assertThat(page.entries()).allSatisfy(e -> {
            assertThat(e.kind()).isEqualTo(EntryKind.UPDATE);
            assertThat(e.text()).doesNotContain("Wichtigste", "Live-Ticker", "Dienstag");
            assertThat(e.links()).isEmpty();
            assertThat(e.media()).isEmpty();
        });
    }

    @Test
    void frenchHourMarkersAreRead() throws FetchException {
        ParsedPage page = read("french-16h05.html");

        assertThat(times(page)).containsExactly(Instant.parse("2031-03-12T15:05:00Z"),
                Instant.parse("2031-03-12T13:30:00Z"), Instant.parse("2031-03-12T08:05:00Z"));
        assertThat(page.entries()).extracting(Entry::headline).containsExactly("Le trafic reprend sur la ligne 4",
                "Manifestation place de la République", "Un train sur trois en Île-de-France");
        assertThat(page.entries().get(1).links()).containsExactly("https://prefecture.example/communique");
        assertThat(page.entries().get(0).links()).isEmpty();
        assertThat(page.entries()).allSatisfy(e -> assertThat(e.media()).isEmpty());
    }

    @Test
    void thePageTitlesCityIsInNoEntryThatDoesNotNameIt() throws FetchException {
        ParsedPage page = read("title-city.html");

        assertThat(page.entries()).extracting(Entry::headline).containsExactly(
                "Drones were shot down over Odesa before dawn, the regional governor says.",
                "Power was cut to parts of Kharkiv after a strike on a substation.",
                "Rail services to Dnipro run with delays of up to two hours.");
        assertThat(page.entries()).allSatisfy(e -> assertThat(e.headline() + " " + e.text()).doesNotContain("Kyiv"));
        assertThat(times(page)).containsExactly(Instant.parse("2031-09-02T07:40:00Z"),
                Instant.parse("2031-09-02T06:55:00Z"), Instant.parse("2031-09-02T06:10:00Z"));
        assertThat(page.entries()).allSatisfy(e -> {
            assertThat(e.links()).isEmpty();
            assertThat(e.media()).isEmpty();
        });
    }

    @Test
    void aStampWithoutAZoneIsThePagesLocalTime() throws FetchException {
        String html = """
                <html lang="en-GB"><head><meta property="article:published_time" content="2031-07-18T06:00:00+01:00"></head>
                <body><div class="entries">
                <div class="entry"><time data-time="2031-07-18T11:48">11:48</time><h3>Pier closed</h3><p>The pier is shut for the day after storm damage.</p></div>
                <div class="entry"><time data-time="2031-07-18T10:05">10:05</time><p>Lifeguards have raised the red flag on the main beach.</p></div>
                <div class="entry"><time data-time="2031-07-18T09:30">09:30</time><p>Trains to the coast are running a reduced service.</p></div>
                </div></body></html>
                """;

        ParsedPage page = parser.parse(Fixtures.page("https://news.example/live/coast", "text/html", html), SourceFormat.AUTO, "Example");

        assertThat(times(page)).containsExactly(Instant.parse("2031-07-18T10:48:00Z"),
                Instant.parse("2031-07-18T09:05:00Z"), Instant.parse("2031-07-18T08:30:00Z"));
        assertThat(page.entries()).extracting(Entry::headline).containsExactly("Pier closed",
                "Lifeguards have raised the red flag on the main beach.", "Trains to the coast are running a reduced service.");
        assertThat(page.entries()).allSatisfy(e -> {
            assertThat(e.links()).isEmpty();
            assertThat(e.media()).isEmpty();
        });
    }
    @Test
    void aClockOpeningAJsonLdHeadlineIsNotPartOfTheHeadline() throws FetchException {
        ParsedPage page = read("jsonld-clock-headlines.html");

        assertThat(page.strategy()).isEqualTo("jsonld");
        assertThat(times(page)).containsExactly(Instant.parse("2031-03-04T09:50:00Z"),
                Instant.parse("2031-03-04T08:35:00Z"), Instant.parse("2031-03-04T06:00:00Z"));
        // The stamp is the entry's time, not its headline; a headline that only repeats the body's start is no headline.
        assertThat(page.entries()).extracting(Entry::headline).containsExactly(
                "Storm flag raised: the last race is postponed by an hour.",
                "Blue Heron crosses the line first in the morning race, four lengths ahead of Tern.",
                "Welcome to our coverage of the final day of the harbour regatta.");
        assertThat(page.entries()).allSatisfy(e -> assertThat(e.headline()).doesNotContain("IST"));
    }

    @Test
    void stampsMarkedUtcThatHoldTheNewsroomsClockAreReadInThePagesZone() throws FetchException {
        ParsedPage page = read("wall-clock-stamps.html");

        // The newest stamp says 11:50Z while the page was last modified at 10:52Z: the stamps are Rome's clock.
        assertThat(page.strategy()).isEqualTo("timed-blocks");
        assertThat(times(page)).containsExactly(Instant.parse("2031-02-11T10:50:00Z"),
                Instant.parse("2031-02-11T09:15:00Z"), Instant.parse("2031-02-11T07:05:00Z"));
        assertThat(page.entries()).extracting(Entry::headline).containsExactly("Riaperto il ponte vecchio",
                "Scuole chiuse domani", "Il livello del fiume è salito di quaranta centimetri durante la notte, dice la protezione civile.");
        assertThat(page.entries()).allSatisfy(e -> assertThat(e.text()).doesNotContain("Aggiornato"));
    }

    @Test
    void blocksShowingTheirStampsUtcClockBesideAPageStampShownInItsZoneAreLocalTimes() throws FetchException {
        ParsedPage page = parser.parse(Fixtures.page("https://news.example/live/parade", "text/html", parade("12:31 p.m.",
                "11:02 a.m.", "9:45 a.m.")), SourceFormat.AUTO, "Example");

        assertThat(times(page)).containsExactly(Instant.parse("2031-01-20T17:31:00Z"),
                Instant.parse("2031-01-20T16:02:00Z"), Instant.parse("2031-01-20T14:45:00Z"));
        assertThat(page.entries()).extracting(Entry::headline).containsExactly(
                "The motorcade has left the hotel for the Capitol.", "Crowds are already ten deep along the parade route.",
                "Security gates opened on time this morning.");
    }

    @Test
    void utcStampsShownInThePagesZoneStayAsTheyAre() throws FetchException {
        ParsedPage page = parser.parse(Fixtures.page("https://news.example/live/parade", "text/html", parade("7:31 a.m.",
                "6:02 a.m.", "4:45 a.m.")), SourceFormat.AUTO, "Example");

        assertThat(times(page)).containsExactly(Instant.parse("2031-01-20T12:31:00Z"),
                Instant.parse("2031-01-20T11:02:00Z"), Instant.parse("2031-01-20T09:45:00Z"));
    }

    private static String parade(String first, String second, String third) {
        return """
                <html lang="en-US"><head><meta property="article:published_time" content="2031-01-20T04:00:00-05:00"></head>
                <body><p>Updated <time datetime="2031-01-20T17:40:00Z">12:40 p.m.</time></p>
                <div class="updates">
                <div class="update"><time datetime="2031-01-20T12:31Z">%s</time><p>The motorcade has left the hotel for the Capitol.</p></div>
                <div class="update"><time datetime="2031-01-20T11:02Z">%s</time><p>Crowds are already ten deep along the parade route.</p></div>
                <div class="update"><time datetime="2031-01-20T09:45Z">%s</time><p>Security gates opened on time this morning.</p></div>
                </div></body></html>
                """.formatted(first, second, third);
    }

    @Test
    void untimedItemsBetweenSeparatorLinesAreEntriesHeadlinedByTheirFirstSentence() throws FetchException {
        ParsedPage page = read("wire-roundup-separators.html");

        assertThat(page.entries()).extracting(Entry::headline).containsExactly(
                "The port authority says all container berths will reopen on Wednesday after two days of high winds.",
                "Gov. Lane Ortiz declared an emergency for three coastal counties late Monday.",
                "Volunteers filled 4,000 sandbags at the fairground, organisers said.");
        assertThat(times(page)).containsOnly(Instant.parse("2031-09-02T11:15:00Z"));
        assertThat(page.timeSource(page.entries().get(0))).isEqualTo("page-published");
        assertThat(page.entries().get(0).paragraphs()).hasSize(2).first().asString().startsWith("HARBOUR CITY (WX)");
        assertThat(page.entries().get(2).links()).containsExactly("https://wire.example/photos/sandbags");
        assertThat(page.entries()).allSatisfy(e -> {
            assertThat(e.text()).doesNotContain("___", "WHAT ELSE", "Follow the wire", "Wire Example Staff", "Tuesday",
                    "MORE FROM THE COAST", "storm names");
            assertThat(e.media()).isEmpty();
        });
        assertThat(page.entries().get(0).links()).isEmpty();
    }

    @Test
    void aFeatureCutIntoSectionsByAFewStarLinesStaysOneStory() throws FetchException {
        String html = """
                <html lang="en"><head><meta property="article:published_time" content="2031-04-01T08:00:00Z"></head>
                <body><article><h1>A winter on the ice road</h1>
                <p>The road opens when the lake freezes thick enough to carry a lorry.</p>
                <p>***</p>
                <p>By February the drivers know every crack by its sound.</p>
                <p>***</p>
                <p>In March the thaw closes the road again, a week earlier than last year.</p>
                </article></body></html>
                """;

        ParsedPage page = parser.parse(Fixtures.page("https://news.example/feature/ice-road", "text/html", html),
                SourceFormat.AUTO, "Example");

        assertThat(page.entries()).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void aBoxOfRelatedStoriesAndShareIconsAfterTheLastEntryAreNotPartOfIt() throws FetchException {
        ParsedPage page = read("ticker-related-box.html");

        assertThat(page.entries()).extracting(Entry::headline).containsExactly("Seepromenade bleibt gesperrt",
                "Pegel sinkt langsam", "Feuerwehr pumpt Keller aus");
        assertThat(times(page)).containsExactly(Instant.parse("2031-06-11T07:12:00Z"),
                Instant.parse("2031-06-11T05:40:00Z"), Instant.parse("2031-06-10T20:05:00Z"));
        Entry last = page.entries().get(2);
        assertThat(last.paragraphs()).containsExactly(
                "In der Altstadt stehen noch zwölf Keller unter Wasser; die Feuerwehr ist mit drei Pumpen im Einsatz.");
        assertThat(page.entries()).allSatisfy(e -> {
            assertThat(e.text()).doesNotContain("Mehr zum Thema", "Pegel seit dem Frühjahr", "nassen Keller", "Lea Muster",
                    "Agenturen");
            assertThat(e.links()).isEmpty();
            assertThat(e.media()).isEmpty();
        });
    }

    @Test
    void anAuthorsBoxAndHeadingsOverNothingButLinksOrAVideoAreNoSectionsWords() throws FetchException {
        ParsedPage page = read("sections-author-box.html");

        assertThat(page.entries()).extracting(Entry::headline)
                .containsExactly("Ferrol se impone en un partido cerrado", "¿Dónde ver el partido?");
        assertThat(page.entries().get(0).paragraphs()).containsExactly(
                "El equipo local aprovechó un error en la salida del balón para marcar en el minuto 71 y sostuvo la ventaja hasta el final.",
                "Tarragona tuvo dos ocasiones claras en la primera parte, pero el portero rival las detuvo con los pies.");
        assertThat(page.entries().get(1).paragraphs()).containsExactly(
                "La retransmisión es por el canal autonómico y por su aplicación, también en el extranjero.");
        assertThat(page.entries()).allSatisfy(e -> assertThat(e.text())
                .doesNotContain("ramon", "Actualizado", "VIDEO RECOMENDADO", "Te puede interesar", "Lo más leído", "lo más visto",
                        "entrenador"));
    }

    @Test
    void shareButtonsWithoutAShareClassLeaveNoWordsOrLinksInAnEntry() throws FetchException {
        String entry = """
                <div class="post"><time datetime="2031-05-02T%s:00Z">%s</time><p>%s</p>
                <div class="opts"><a href="javascript:void(0)" onclick="openShareWindow('https://facebook.example/sharer')"
                 title="Share on Facebook"><span class="tip">facebook</span></a><a href="javascript:void(0)"
                 onclick="openShareWindow('https://x.example/intent')"><span class="tip">twitter</span></a></div></div>
                """;
        String html = "<html lang=\"en\"><body><div class=\"feed\">"
                + entry.formatted("10:40", "10:40", "The second innings starts after a short break.")
                + entry.formatted("10:05", "10:05", "Forty runs came off the last five overs of the first innings.")
                + entry.formatted("09:30", "09:30", "The captain has won the toss and chosen to bat first.")
                + "</div></body></html>";

        ParsedPage page = parser.parse(Fixtures.page("https://news.example/live/cricket", "text/html", html), SourceFormat.AUTO, "Example");

        assertThat(page.entries()).extracting(Entry::headline).containsExactly("The second innings starts after a short break.",
                "Forty runs came off the last five overs of the first innings.", "The captain has won the toss and chosen to bat first.");
        assertThat(times(page)).containsExactly(Instant.parse("2031-05-02T10:40:00Z"), Instant.parse("2031-05-02T10:05:00Z"),
                Instant.parse("2031-05-02T09:30:00Z"));
        assertThat(page.entries()).allSatisfy(e -> {
            assertThat(e.text()).doesNotContain("facebook", "twitter");
            assertThat(e.links()).isEmpty();
        });
    }

    @Test
    void anImageEveryJsonLdUpdateCarriesIsNoUpdatesOwn() throws FetchException {
        String update = """
                {"@type":"BlogPosting","headline":"%s","datePublished":"2031-05-02T%s:00Z","articleBody":"%s",
                 "image":["https://news.example/img/stock-thumb.jpg"%s]}""";
        String html = """
                <html lang="en"><head><script type="application/ld+json">
                {"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"Cup final live","liveBlogUpdate":[%s,%s,%s]}
                </script></head><body><h1>Cup final live</h1></body></html>
                """.formatted(update.formatted("Second half under way", "15:05", "The teams are back out.", ""),
                update.formatted("Half-time", "14:48", "Still goalless at the break.", ",\"https://news.example/img/keeper-save.jpg\""),
                update.formatted("Kick-off", "14:00", "The final is under way in light rain.", ""));

        ParsedPage page = parser.parse(Fixtures.page("https://news.example/live/final", "text/html", html), SourceFormat.AUTO, "Example");

        assertThat(page.entries()).extracting(Entry::headline).containsExactly("Second half under way", "Half-time", "Kick-off");
        assertThat(times(page)).containsExactly(Instant.parse("2031-05-02T15:05:00Z"), Instant.parse("2031-05-02T14:48:00Z"),
                Instant.parse("2031-05-02T14:00:00Z"));
        assertThat(page.entries()).extracting(Entry::media).containsExactly(List.of(),
                List.of("https://news.example/img/keeper-save.jpg"), List.of());
    }

    @Test
    void cardsAfterTheElementHoldingTheClocksAreNotPartOfTheLastEntry() throws FetchException {
        String html = """
                <html lang="fr"><head><meta property="article:published_time" content="2031-03-06T07:00:00+01:00"></head>
                <body><article><h1>Le fil info du jeudi</h1>
                <div class="fil">
                <p><strong>9h05 - La Bourse ouvre en hausse</strong></p><p>L'indice principal gagne un demi-point dans les premiers échanges.</p>
                <p><strong>8h40 - Grève levée au port</strong></p><p>Les dockers reprennent le travail après un accord trouvé dans la nuit.</p>
                <p><strong>7h15 - Neige en montagne</strong></p><p>Les routes des cols restent fermées jusqu'à midi.</p>
                </div>
                <div class="cartes"><h2>Nos vidéos</h2><div><h3>Pourquoi le prix du train varie autant</h3></div>
                <div><h3>Trois questions sur la réforme des retraites</h3></div><p>Abonnez-vous pour lire la suite des analyses.</p></div>
                </article></body></html>
                """;

        ParsedPage page = parser.parse(Fixtures.page("https://news.example/fil", "text/html", html), SourceFormat.AUTO, "Example");

        assertThat(page.entries()).extracting(Entry::headline).containsExactly("La Bourse ouvre en hausse",
                "Grève levée au port", "Neige en montagne");
        assertThat(times(page)).containsExactly(Instant.parse("2031-03-06T08:05:00Z"), Instant.parse("2031-03-06T07:40:00Z"),
                Instant.parse("2031-03-06T06:15:00Z"));
        assertThat(page.entries().get(2).paragraphs()).containsExactly("Les routes des cols restent fermées jusqu'à midi.");
        assertThat(page.entries()).allSatisfy(e -> assertThat(e.text()).doesNotContain("vidéos", "Abonnez", "prix du train"));
    }

    @Test
    void clocksTakeThePagesDayInItsOwnZoneNotTheUtcDayOfItsStamp() throws FetchException {
        // Published at 03:30 UTC on the 20th, which is 22:30 on the 19th in New York, where its clocks are read.
        String html = """
                <html lang="en-US"><head><meta property="article:published_time" content="2031-11-20T03:30:00Z"></head>
                <body><main><div class="story-body">
                <p>10:05 p.m.</p><p>The council vote on the bridge has been put off to next week.</p><p>___</p>
                <p>6:40 p.m.</p><p>Protesters gathered outside city hall before the evening session.</p><p>___</p>
                </div></main></body></html>
                """;

        ParsedPage page = parser.parse(Fixtures.page("https://news.example/latest/bridge", "text/html", html), SourceFormat.AUTO, "Example");

        assertThat(times(page)).containsExactly(Instant.parse("2031-11-20T03:05:00Z"), Instant.parse("2031-11-19T23:40:00Z"));
        assertThat(page.entries()).extracting(Entry::headline).containsExactly(
                "The council vote on the bridge has been put off to next week.",
                "Protesters gathered outside city hall before the evening session.");
    }
}
