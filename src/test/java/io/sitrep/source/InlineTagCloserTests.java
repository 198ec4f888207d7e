package io.sitrep.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class InlineTagCloserTests {

    private static final String URL = "https://example.org/live/";

    private final PageParser parser = new PageParser(new LiveBlogParser(), new JsonLdLiveBlogParser(), new FeedParser());

    private static String page(String secondEntry) {
        return """
                <html><head><meta property="article:published_time" content="2030-03-02T08:00:00Z"></head>
                <body><article><div class="entry-content">
                <p><strong>UPDATE 1400 GMT:</strong> The ferry to the island runs again after the storm.</p>
                <p>Harbour staff cleared the slipway overnight.</p>
                %s
                <p><strong>UPDATE 1200 GMT:</strong> Schools in the valley stay shut for a second day.</p>
                <p>Parents were told by text message at dawn.</p>
                <p><strong>UPDATE 1000 GMT:</strong> Power is back in the northern districts.</p>
                <p>Crews are still working on the southern lines.</p>
                <p><strong>UPDATE 0800 GMT:</strong> The storm has passed the coast.</p>
                </div></article></body></html>
                """.formatted(secondEntry);
    }

    private List<Entry> entries(String html) throws FetchException {
        return parser.parse(Fixtures.page(URL, "text/html; charset=utf-8", html), SourceFormat.AUTO, "Test").entries();
    }

    @Test
    void oneUnclosedBoldTagDoesNotSwallowTheEntriesBelowIt() throws FetchException {
        String closed = page("<p><strong>UPDATE 1300 GMT:</strong> The bridge is <b>closed</b> to lorries.</p>");
        String unclosed = page("<p><strong>UPDATE 1300 GMT:</strong> The bridge is <b>closed to lorries.</p>");

        List<Entry> expected = entries(closed);
        List<Entry> actual = entries(unclosed);

        assertThat(actual).extracting(Entry::kind).containsOnly(EntryKind.UPDATE);
        assertThat(actual).extracting(Entry::time).containsExactly(
                Instant.parse("2030-03-02T14:00:00Z"), Instant.parse("2030-03-02T13:00:00Z"),
                Instant.parse("2030-03-02T12:00:00Z"), Instant.parse("2030-03-02T10:00:00Z"),
                Instant.parse("2030-03-02T08:00:00Z"));
        assertThat(actual).extracting(Entry::id).isEqualTo(expected.stream().map(Entry::id).toList());
        assertThat(actual).extracting(Entry::paragraphs).isEqualTo(expected.stream().map(Entry::paragraphs).toList());
        assertThat(actual.get(2).paragraphs()).containsExactly("Schools in the valley stay shut for a second day.",
                "Parents were told by text message at dawn.");
    }

    @Test
    void anUnclosedItalicInsideABlockArticleStaysInsideIt() throws FetchException {
        String html = """
                <html><body><main>
                <div class="post"><time datetime="2030-03-02T14:05:00Z">14:05</time><p>Rain moves <i>east tonight.</p></div>
                <div class="post"><time datetime="2030-03-02T13:40:00Z">13:40</time><p>Trains run to time.</p></div>
                <div class="post"><time datetime="2030-03-02T13:10:00Z">13:10</time><p>The airport reopens.</p></div>
                </main></body></html>
                """;

        List<Entry> entries = entries(html);

        assertThat(entries).extracting(Entry::headline).containsExactly("Rain moves east tonight.", "Trains run to time.",
                "The airport reopens.");
    }

    @Test
    void closesOnlyWhatIsStillOpenAndLeavesScriptsAlone() {
        assertThat(InlineTagCloser.close("<p>a <b>b</p><p>c</p>")).isEqualTo("<p>a <b>b</b></p><p>c</p>");
        assertThat(InlineTagCloser.close("<p>a <b>b</b></p><p>c</p>")).isEqualTo("<p>a <b>b</b></p><p>c</p>");
        assertThat(InlineTagCloser.close("<p><em><strong>x</p>")).isEqualTo("<p><em><strong>x</strong></em></p>");
        assertThat(InlineTagCloser.close("<script>var s = '<b>';</script><p>x</p>"))
                .isEqualTo("<script>var s = '<b>';</script><p>x</p>");
        assertThat(InlineTagCloser.close("<p title=\"a > b\"><b>x</p>")).isEqualTo("<p title=\"a > b\"><b>x</b></p>");
        assertThat(InlineTagCloser.close("<!-- <b> --><p>x</p>")).isEqualTo("<!-- <b> --><p>x</p>");
    }
}
