package io.sitrep.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class JsonLdLiveBlogParserTests {

    private final JsonLdLiveBlogParser parser = new JsonLdLiveBlogParser();
    private final PageParser pages = new PageParser(new LiveBlogParser(), parser, new FeedParser());

    private ParsedPage parse(String html) {
        return parser.parse(Jsoup.parse(html, "https://news.example/live/"), "Example Live");
    }

    @Test
    void eachLiveBlogUpdateInsideAGraphIsAnUpdateEntry() {
        ParsedPage page = parse(Fixtures.text("jsonld-live-blog.html"));

        assertThat(page.format()).isEqualTo(SourceFormat.JSONLD);
        assertThat(page.windowed()).isTrue();
        assertThat(page.title()).isEqualTo("Ukraine war live: drone attacks overnight");
        assertThat(page.url()).isEqualTo("https://news.example/live/2024/03/ukraine-war-live");
        assertThat(page.date()).hasToString("2024-03-02");
        assertThat(page.entries()).allMatch(e -> e.kind() == EntryKind.UPDATE);
        assertThat(page.entries()).extracting(Entry::headline).containsExactly(
                "Air defence shoots down 14 drones over Odesa", "Kharkiv: power restored after strike", "Summary");
        assertThat(page.entries()).extracting(Entry::time).containsExactly(
                Instant.parse("2024-03-02T07:15:00Z"), Instant.parse("2024-03-02T07:40:00Z"), Instant.parse("2024-03-02T05:00:00Z"));
        Entry odesa = page.entries().get(0);
        assertThat(odesa.paragraphs()).containsExactly(
                "Ukraine's air force says 14 of 17 drones were shot down over the Odesa region.",
                "Debris damaged a residential building; no casualties were reported.");
        assertThat(odesa.media()).containsExactly("https://news.example/img/odesa.jpg");
    }

    @Test
    void htmlInTheArticleBodyBecomesParagraphsAndAbsoluteLinks() {
        Entry kharkiv = parse(Fixtures.text("jsonld-live-blog.html")).entries().get(1);

        assertThat(kharkiv.paragraphs()).containsExactly("Power has been restored to most of Kharkiv, the mayor says.",
                "Repairs continue in two districts.");
        assertThat(kharkiv.links()).containsExactly("https://news.example/topics/kharkiv");
    }

    @Test
    void entitiesInAPlainTextBodyAreDecoded() {
        Entry summary = parse(Fixtures.text("jsonld-live-blog.html")).entries().get(2);

        assertThat(summary.text()).isEqualTo("Welcome to our live coverage of the war in Ukraine & its fallout.");
    }

    @Test
    void typoFixKeepsEntryIdAndChangesItsVersion() {
        String html = Fixtures.text("jsonld-live-blog.html");
        ParsedPage before = parse(html);
        ParsedPage after = parse(html.replace("Air defence shoots down 14 drones", "Air defense shoots down 14 drones")
                .replace("14 of 17 drones", "14 of 18 drones"));

        assertThat(after.entries()).extracting(Entry::id).containsExactlyElementsOf(before.entries().stream().map(Entry::id).toList());
        assertThat(after.entries().get(0).version()).isNotEqualTo(before.entries().get(0).version());
        assertThat(after.entries().get(1).version()).isEqualTo(before.entries().get(1).version());
    }

    @Test
    void anArrayOfTopLevelObjectsWithASingleUpdateAndNoUrlsIsRead() {
        ParsedPage page = parse("""
                <html><head><script type="application/ld+json">
                [{"@type": "NewsMediaOrganization", "name": "Paper"},
                 {"@type": ["LiveBlogPosting"], "headline": "Live", "url": "https://news.example/live/",
                  "liveBlogUpdate": {"headline": "First", "datePublished": "2024-01-05T10:00:00", "articleBody": "Text one."}}]
                </script></head><body></body></html>""");

        assertThat(page.entries()).singleElement().satisfies(e -> {
            assertThat(e.headline()).isEqualTo("First");
            assertThat(e.time()).isEqualTo(Instant.parse("2024-01-05T10:00:00Z"));
            assertThat(e.text()).isEqualTo("Text one.");
        });
    }

    @Test
    void updatesSharingThePageUrlAreKeyedByTimeAndHeadline() {
        String html = """
                <html><head><link rel="canonical" href="https://news.example/live/">
                <script type="application/ld+json">
                {"@type": "LiveBlogPosting", "liveBlogUpdate": [
                  {"headline": "A", "url": "https://news.example/live/", "datePublished": "2024-01-05T10:00:00Z", "articleBody": "One."},
                  {"headline": "B", "url": "https://news.example/live/", "datePublished": "2024-01-05T09:00:00Z", "articleBody": "Two."}]}
                </script></head><body></body></html>""";

        List<Entry> entries = parse(html).entries();
        List<Entry> reordered = parse(html.replace("\"One.\"", "\"One, now longer.\"")).entries();

        assertThat(entries).extracting(Entry::id).doesNotHaveDuplicates();
        assertThat(reordered).extracting(Entry::id).containsExactlyElementsOf(entries.stream().map(Entry::id).toList());
    }

    @Test
    void aPageWithoutLiveBlogPostingHasNoJsonLdEntries() {
        Document sample = Jsoup.parse(LivePage.sample(), "https://example.org/");

        assertThat(parser.holdsUpdates(sample)).isFalse();
        assertThat(parser.parse(sample, "x").entries()).isEmpty();
    }

    @Test
    void brokenJsonLdFallsBackToTheVisibleInlineMarkers() throws FetchException {
        ParsedPage page = pages.parse(Fixtures.fixture("https://example.org/yemen/", "text/html", "jsonld-broken.html"),
                SourceFormat.AUTO, "Yemen Daily");

        assertThat(page.format()).isEqualTo(SourceFormat.INLINE);
        assertThat(page.entries()).extracting(Entry::kind).containsExactly(EntryKind.UPDATE, EntryKind.UPDATE, EntryKind.ORIGINAL);
        assertThat(page.entries().get(0).time()).isEqualTo(Instant.parse("2019-06-03T17:30:00Z"));
    }

    @Test
    void autoPrefersJsonLdUpdatesOverTheVisibleHeadings() throws FetchException {
        ParsedPage page = pages.parse(Fixtures.fixture("https://news.example/live/", "text/html", "jsonld-live-blog.html"),
                SourceFormat.AUTO, "Example Live");

        assertThat(page.format()).isEqualTo(SourceFormat.JSONLD);
        assertThat(page.entries()).hasSize(3).allMatch(Entry::isUpdate);
    }
}
