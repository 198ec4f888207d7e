package io.sitrep.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class LiveBlogParserTests {

    private final LiveBlogParser parser = new LiveBlogParser();

    private ParsedPage parse(String html) {
        Document document = Jsoup.parse(html, "https://example.org/live/");
        return parser.parse(document, "Test Daily");
    }

    private static List<Entry> ofKind(ParsedPage page, EntryKind kind) {
        return page.entries().stream().filter(e -> e.kind() == kind).toList();
    }

    @Test
    void sampleSplitsIntoTwoUpdatesOneOriginalEntryAndSixStories() {
        ParsedPage page = parse(LivePage.sample());

        List<Entry> updates = ofKind(page, EntryKind.UPDATE);
        assertThat(updates).extracting(Entry::time).containsExactly(
                Instant.parse("2016-05-08T20:30:00Z"), Instant.parse("2016-05-08T10:00:00Z"));
        assertThat(updates.get(0).headline()).isEqualTo("The Jaish al-Fateh rebel bloc claims that it killed more than 50 "
                + "fighters in repelling today\u2019s attempt by Iranian units, foreign militia, and the Syrian army to retake "
                + "Khan Tuman south of Aleppo.");
        assertThat(updates.get(0).paragraphs()).hasSize(2).last().isEqualTo("The bloc says that it destroyed four armored vehicles.");
        assertThat(ofKind(page, EntryKind.ORIGINAL)).hasSize(1);
        assertThat(ofKind(page, EntryKind.STORY)).extracting(Entry::headline).containsExactly(
                "Regime Outlets: 46 Pro-Assad Troops Killed in Aleppo Tunnel Bomb",
                "Reports: Russian or Regime Warplanes Hit Another Hospital in Aleppo Province",
                "Turkey: We Killed 55 Islamic State Fighters Inside Syria",
                "Video: Protest in Maarat al-Nu\u2019man Against Jabhat al-Nusra",
                "Video: Message from Detainees of Besieged Hama Prison",
                "3 Spanish Journalists Freed After 9 Months");
        assertThat(page.date()).hasToString("2016-05-08");
        assertThat(page.url()).isEqualTo("https://example.org/2016/05/syria-daily-iran-revolutionary-guards-admit-losses/");
    }

    @Test
    void aBusyDayOfUpdateParagraphsKeepsTheHeadlinedStoriesBelowTheOriginalEntry() {
        StringBuilder more = new StringBuilder();
        for (int minute = 9; minute >= 0; minute--) {
            more.append("<p><strong>UPDATE 21").append(String.format("%02d", minute))
                    .append(" GMT:</strong> Shelling resumed on the western edge of town, witness ").append(minute).append(" says.</p>\n");
        }
        ParsedPage busy = parse(LivePage.sample().replace("<p><strong>UPDATE 2030 GMT:</strong>",
                more + "<p><strong>UPDATE 2030 GMT:</strong>"));
        ParsedPage quiet = parse(LivePage.sample());

        assertThat(ofKind(busy, EntryKind.UPDATE)).hasSize(12);
        assertThat(ofKind(busy, EntryKind.STORY)).extracting(Entry::id)
                .containsExactlyElementsOf(ofKind(quiet, EntryKind.STORY).stream().map(Entry::id).toList());
        assertThat(ofKind(busy, EntryKind.ORIGINAL).get(0).version()).isEqualTo(ofKind(quiet, EntryKind.ORIGINAL).get(0).version());
    }

    @Test
    void originalEntryKeepsItsSubHeadsAndLinks() {
        Entry original = ofKind(parse(LivePage.sample()), EntryKind.ORIGINAL).get(0);

        assertThat(original.paragraphs()).contains("A Deepening Involvement");
        assertThat(original.text()).contains("Iranian media have acknowledged more than 250 deaths");
        assertThat(original.links()).contains("https://example.org/2016/05/syrias-assad-should-stay-5-more-years/");
        assertThat(original.headline()).startsWith("Iran\u2019s Revolutionary Guards made a significant but limited admission");
    }

    @Test
    void nothingIsReadFromCommentsSidebarNavigationOrShareWidgets() {
        ParsedPage page = parse(LivePage.sample());
        String everything = page.entries().stream().map(e -> e.headline() + " " + e.text() + " " + e.links()).reduce("", String::concat);

        assertThat(everything).doesNotContain("reader comment").doesNotContain("99 killed")
                .doesNotContain("Recent Posts").doesNotContain("Share this").doesNotContain("?share=")
                .doesNotContain("category/iran").doesNotContain("Example World View");
    }

    @Test
    void embeddedVideosAndPostsBecomeMediaLinks() {
        List<Entry> stories = ofKind(parse(LivePage.sample()), EntryKind.STORY);

        assertThat(stories.get(0).media()).contains("https://www.youtube.com/embed/aleppoTunnel01");
        assertThat(stories.get(1).media()).contains("https://twitter.com/example_monitor/status/729000000000000001");
        assertThat(stories.get(1).text()).doesNotContain("pic.twitter.com");
    }

    @Test
    void idsSurviveAOneWordEditWhileTheVersionChanges() {
        ParsedPage before = parse(LivePage.sample());
        ParsedPage after = parse(LivePage.sample()
                .replace("The bloc says that it destroyed four armored vehicles.", "The bloc says that it destroyed five armored vehicles.")
                .replace("Regime outlets have confirmed that 46", "Regime outlets have now confirmed that 46")
                .replace("Iran’s Revolutionary Guards made a significant", "Iran’s Revolutionary Guard made a significant"));

        assertThat(after.entries()).extracting(Entry::id).containsExactlyElementsOf(before.entries().stream().map(Entry::id).toList());
        assertThat(after.entries().get(0).version()).isNotEqualTo(before.entries().get(0).version());
        assertThat(after.entries().get(4).version()).isEqualTo(before.entries().get(4).version());
    }

    @Test
    void markerVariantsAndTimeZonesAreUnderstood() {
        ParsedPage page = parse("""
                <html><head><meta property="article:published_time" content="2023-10-12T06:00:00+01:00"></head>
                <body><article>
                <p><strong>Update 9.05pm BST</strong> Strikes reported near Kharkiv.</p>
                <p><b>UPDATE 1415 ET:</b> Washington comments on the offensive.</p>
                <p>UPDATE, 10:45 GMT: Air raid alerts across the east.</p>
                <p>UPDATE 0800 CET: Talks in Vienna.</p>
                <p>ORIGINAL ENTRY: The day began quietly.</p>
                </article></body></html>""");

        assertThat(ofKind(page, EntryKind.UPDATE)).extracting(Entry::time).containsExactly(
                Instant.parse("2023-10-12T20:05:00Z"), Instant.parse("2023-10-12T18:15:00Z"),
                Instant.parse("2023-10-12T10:45:00Z"), Instant.parse("2023-10-12T07:00:00Z"));
        assertThat(ofKind(page, EntryKind.UPDATE).get(0).headline()).isEqualTo("Strikes reported near Kharkiv.");
    }

    @Test
    void anUpdateWrittenAfterMidnightBelongsToTheNextDay() {
        ParsedPage page = parse("""
                <html><head><meta property="article:published_time" content="2016-05-08T07:45:00+00:00"></head>
                <body><div class="entry-content">
                <p>UPDATE 0130 GMT: Shelling continues overnight.</p>
                <p>UPDATE 2310 GMT: Clashes resume.</p>
                <p>UPDATE 1200 GMT: Midday lull.</p>
                <p>ORIGINAL ENTRY: Morning summary.</p>
                </div></body></html>""");

        assertThat(ofKind(page, EntryKind.UPDATE)).extracting(Entry::time).containsExactly(
                Instant.parse("2016-05-09T01:30:00Z"), Instant.parse("2016-05-08T23:10:00Z"), Instant.parse("2016-05-08T12:00:00Z"));
    }

    @Test
    void boldLinesOnTheirOwnAreStoryHeadlinesWhenThePageHasNoHeadings() {
        ParsedPage page = parse("""
                <html><body><div class="entry-content">
                <p><strong>Hodeidah: Port Hit by Airstrikes</strong></p>
                <p>Coalition aircraft struck the port on Sunday.</p>
                <p><strong>Sanaa: Protest Over Salaries</strong></p>
                <p>Thousands marched.</p>
                </div></body></html>""");

        assertThat(page.entries()).extracting(Entry::headline)
                .containsExactly("Hodeidah: Port Hit by Airstrikes", "Sanaa: Protest Over Salaries");
        assertThat(page.entries()).allMatch(e -> e.kind() == EntryKind.STORY);
    }

    @Test
    void tagSoupStillYieldsTheUpdatesItHolds() {
        ParsedPage page = parse("<div class=entry-content><p>UPDATE 1200 GMT: Fighting in <b>Marib<p>More text <i>unclosed"
                + "<p>UPDATE 1100 GMT: Earlier report</div></span></table>");

        assertThat(ofKind(page, EntryKind.UPDATE)).hasSize(2);
        assertThat(ofKind(page, EntryKind.UPDATE)).extracting(Entry::headline).containsExactly("Fighting in Marib", "Earlier report");
    }

    @Test
    void easternEuropeanAndSummerZonesAreConverted() {
        ParsedPage page = parse("""
                <html><head><meta property="article:published_time" content="2022-03-10T05:00:00+02:00"></head>
                <body><article>
                <p>UPDATE 2130 EET: Sirens in Kyiv.</p>
                <p>UPDATE 1900 CEST: Brussels summit ends.</p>
                <p>UPDATE 1600 EEST: Mariupol convoy leaves.</p>
                <p>UPDATE 1200 UTC: Talks resume.</p>
                </article></body></html>""");

        assertThat(ofKind(page, EntryKind.UPDATE)).extracting(Entry::time).containsExactly(
                Instant.parse("2022-03-10T19:30:00Z"), Instant.parse("2022-03-10T17:00:00Z"),
                Instant.parse("2022-03-10T13:00:00Z"), Instant.parse("2022-03-10T12:00:00Z"));
    }

    @Test
    void easternTimeFollowsAmericanDaylightSaving() {
        String page = """
                <html><head><meta property="article:published_time" content="%s"></head>
                <body><article><p>UPDATE 1415 ET: Pentagon briefing.</p></article></body></html>""";

        assertThat(ofKind(parse(page.formatted("2023-07-04T08:00:00Z")), EntryKind.UPDATE).get(0).time())
                .isEqualTo(Instant.parse("2023-07-04T18:15:00Z"));
        assertThat(ofKind(parse(page.formatted("2023-01-04T08:00:00Z")), EntryKind.UPDATE).get(0).time())
                .isEqualTo(Instant.parse("2023-01-04T19:15:00Z"));
    }

    @Test
    void anOldestFirstPageAlsoRollsOverMidnight() {
        ParsedPage page = parse("""
                <html><head><meta property="article:published_time" content="2016-05-08T07:45:00+00:00"></head>
                <body><div class="entry-content">
                <p>ORIGINAL ENTRY: Morning summary.</p>
                <p>UPDATE 0900 GMT: First report.</p>
                <p>UPDATE 1800 GMT: Evening clashes.</p>
                <p>UPDATE 2350 GMT: Late shelling.</p>
                <p>UPDATE 0020 GMT: After midnight.</p>
                </div></body></html>""");

        assertThat(ofKind(page, EntryKind.UPDATE)).extracting(Entry::time).containsExactly(
                Instant.parse("2016-05-08T09:00:00Z"), Instant.parse("2016-05-08T18:00:00Z"),
                Instant.parse("2016-05-08T23:50:00Z"), Instant.parse("2016-05-09T00:20:00Z"));
    }

    @Test
    void twelveHourMarkersAroundMidnightAndNoonAreRead() {
        ParsedPage page = parse("""
                <html><head><meta property="article:published_time" content="2020-02-01T06:00:00+00:00"></head>
                <body><article>
                <p>Update 12.30am GMT: Past midnight.</p>
                <p>Update 11.15pm GMT: Late evening.</p>
                <p>Update 12.05pm GMT: Just after noon.</p>
                </article></body></html>""");

        assertThat(ofKind(page, EntryKind.UPDATE)).extracting(Entry::time).containsExactly(
                Instant.parse("2020-02-02T00:30:00Z"), Instant.parse("2020-02-01T23:15:00Z"), Instant.parse("2020-02-01T12:05:00Z"));
    }

    @Test
    void anUnclosedTagSoupFileStillYieldsItsEntries() {
        ParsedPage page = parse(Fixtures.text("tag-soup.html"));

        assertThat(page.entries()).extracting(Entry::kind).containsExactly(EntryKind.UPDATE, EntryKind.UPDATE, EntryKind.ORIGINAL);
        assertThat(page.entries().get(0).headline()).isEqualTo("Shelling reported in Deir ez-Zor");
        assertThat(page.entries().get(0).links()).containsExactly("https://example.org/x");
        assertThat(page.entries().get(1).headline()).startsWith("Morning calm in Raqqa");
    }
}
