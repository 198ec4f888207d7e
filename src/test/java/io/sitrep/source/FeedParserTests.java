package io.sitrep.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class FeedParserTests {

    private final FeedParser feeds = new FeedParser();
    private final PageParser pages = new PageParser(new LiveBlogParser(), new JsonLdLiveBlogParser(), feeds);

    private ParsedPage rss() throws FetchException {
        return feeds.parse(Fixtures.fixture("https://monitor.example/sudan/feed/", "application/rss+xml", "feed-rss.xml"), "Sudan Monitor");
    }

    @Test
    void eachRssItemIsAnUpdateWithItsTitleAsHeadline() throws FetchException {
        ParsedPage page = rss();

        assertThat(page.format()).isEqualTo(SourceFormat.FEED);
        assertThat(page.windowed()).isTrue();
        assertThat(page.title()).isEqualTo("Example Monitor: Sudan updates");
        assertThat(page.url()).isEqualTo("https://monitor.example/sudan/feed/");
        assertThat(page.entries()).extracting(Entry::headline).containsExactly(
                "RSF shelling hits El Fasher market", "Aid convoy reaches Zamzam camp", "Statement from the governor (undated)");
        Entry market = page.entries().get(0);
        assertThat(market.time()).isEqualTo(Instant.parse("2024-05-11T14:05:00Z"));
        assertThat(market.paragraphs()).containsExactly("Shells struck the main market of El Fasher on Saturday.",
                "Medics say at least 9 people were killed.");
        assertThat(market.links()).containsExactly("https://monitor.example/sudan/2024/05/el-fasher-market",
                "https://monitor.example/places/el-fasher");
        assertThat(market.media()).containsExactly("https://monitor.example/img/market.jpg");
    }

    @Test
    void anItemWithoutADateHasNoTimeAndZonesAreConverted() throws FetchException {
        ParsedPage page = rss();

        assertThat(page.entries().get(1).time()).isEqualTo(Instant.parse("2024-05-11T08:30:00Z"));
        assertThat(page.entries().get(1).text()).isEqualTo("Twelve trucks arrived after weeks of delay.");
        assertThat(page.entries().get(2).time()).isNull();
    }

    @Test
    void idsComeFromTheGuidSoAReworkedItemKeepsIt() throws FetchException {
        String feed = Fixtures.text("feed-rss.xml");
        ParsedPage before = rss();
        ParsedPage after = feeds.parse(Fixtures.page("https://monitor.example/sudan/feed/", "application/rss+xml",
                feed.replace("RSF shelling hits El Fasher market", "RSF shelling hits El Fasher's main market")), "Sudan Monitor");

        assertThat(after.entries().get(0).id()).isEqualTo(before.entries().get(0).id());
        assertThat(after.entries().get(0).version()).isNotEqualTo(before.entries().get(0).version());
        assertThat(before.entries()).extracting(Entry::id).doesNotHaveDuplicates();
    }

    @Test
    void atomEntriesUseContentOrSummaryAndPublishedOrUpdated() throws FetchException {
        ParsedPage page = pages.parse(Fixtures.fixture("https://notes.example/gaza.atom", "text/xml", "feed-atom.xml"),
                SourceFormat.AUTO, "Gaza notes");

        assertThat(page.format()).isEqualTo(SourceFormat.FEED);
        assertThat(page.title()).isEqualTo("Gaza live notes");
        assertThat(page.entries()).extracting(Entry::time).containsExactly(
                Instant.parse("2023-11-05T15:45:00Z"), Instant.parse("2023-11-05T10:00:00Z"));
        assertThat(page.entries().get(0).paragraphs()).containsExactly("The crossing closed at midday.", "No reason was given.");
        assertThat(page.entries().get(1).text()).isEqualTo("Two fuel trucks entered, officials say.");
    }

    @Test
    void autoReadsAFeedServedAsHtmlByItsFirstBytes() throws FetchException {
        ParsedPage page = pages.parse(Fixtures.fixture("https://monitor.example/sudan/feed/", "text/html; charset=utf-8", "feed-rss.xml"),
                SourceFormat.AUTO, "Sudan Monitor");

        assertThat(page.format()).isEqualTo(SourceFormat.FEED);
        assertThat(page.entries()).hasSize(3);
    }

    @Test
    void aBrokenFeedIsAReadErrorNamingTheUrl() {
        assertThatThrownBy(() -> feeds.parse(Fixtures.fixture("https://monitor.example/broken.xml", "application/rss+xml",
                "feed-broken.xml"), "Broken"))
                .isInstanceOf(FetchException.class).hasMessageContaining("not a readable RSS or Atom feed at https://monitor.example/broken.xml");
    }

    @Test
    void aFeedWithADoctypeIsRefusedSoNoExternalEntityIsRead() {
        assertThatThrownBy(() -> feeds.parse(Fixtures.fixture("https://monitor.example/xxe.xml", "application/rss+xml",
                "feed-doctype.xml"), "XXE"))
                .isInstanceOf(FetchException.class).hasMessageContaining("not a readable RSS or Atom feed");
    }

    @Test
    void anHtmlPageIsNotAFeed() {
        assertThat(FormatDetector.isFeed(Fixtures.page("https://x.example/", "application/xml", LivePage.sample()))).isFalse();
        assertThat(FormatDetector.isFeed(Fixtures.fixture("https://x.example/", "", "feed-atom.xml"))).isTrue();
        assertThat(FormatDetector.isFeed(Fixtures.page("https://x.example/", "application/rss+xml", "\ufeff  <!-- hi --><rss/>"))).isTrue();
    }
}
