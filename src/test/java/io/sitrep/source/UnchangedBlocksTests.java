package io.sitrep.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** A poll of a changed live blog reads again only the blocks that changed; what it reads is the same either way. */
class UnchangedBlocksTests {

    private final PageParser parser = new PageParser(new LiveBlogParser(), new JsonLdLiveBlogParser(), new FeedParser());
    private final String url = "https://news.example/live/" + UUID.randomUUID();

    private static String page(String token, int blocks, String editedSecond) {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en-GB\"><head><title>Floods live</title></head>"
                + "<body><main><h1>Floods live</h1><div id=\"live\">");
        for (int i = blocks - 1; i >= 0; i--) {
            String text = i == 1 && editedSecond != null ? editedSecond
                    : "Crews cleared drain " + i + " on Mill Lane before the evening tide, the council said (" + token + ").";
            html.append("<article id=\"post-").append(i).append("\"><time datetime=\"2031-03-01T")
                    .append(String.format("%02d", 6 + i / 60)).append(':').append(String.format("%02d", i % 60))
                    .append(":00Z\">").append(String.format("%02d:%02d", 6 + i / 60, i % 60)).append("</time><h2>Drain ")
                    .append(i).append("</h2><p>").append(text).append("</p><p>More on <a href=\"/drains/").append(i)
                    .append("\">the drains page</a>.</p></article>");
        }
        return html.append("</div></main></body></html>").toString();
    }

    private ParsedPage read(String html) throws FetchException {
        return parser.parse(Fixtures.page(url, "text/html; charset=utf-8", html), SourceFormat.AUTO, "Floods");
    }

    @Test
    void theSamePageReadAgainReadsNoBlockAgainAndGivesTheSameEntries() throws FetchException {
        String token = UUID.randomUUID().toString();
        ParsedPage first = read(page(token, 40, null));
        long before = BlockReader.blocksRead();

        ParsedPage again = read(page(token, 40, null));

        assertThat(BlockReader.blocksRead() - before).isZero();
        assertThat(again.entries()).isEqualTo(first.entries());
        assertThat(again.strategy()).isEqualTo("timed-blocks");
        assertThat(first.entries()).hasSize(40);
    }

    @Test
    void aNewBlockAndAnEditedBlockAreReadAgainAndShowTheirNewText() throws FetchException {
        String token = UUID.randomUUID().toString();
        ParsedPage first = read(page(token, 40, null));
        long before = BlockReader.blocksRead();

        ParsedPage later = read(page(token, 41, "Crews cleared drain 1 on Mill Lane; the road reopened at noon."));

        // The new block and the edited one, each once in every container tried: not the 39 blocks left as they were.
        assertThat(BlockReader.blocksRead() - before).isBetween(2L, 6L);
        List<Entry> entries = later.entries();
        assertThat(entries).hasSize(41);
        assertThat(entries.get(0).headline()).isEqualTo("Drain 40");
        assertThat(entries.get(39).text()).startsWith("Crews cleared drain 1 on Mill Lane; the road reopened at noon.");
        assertThat(entries.get(39).version()).isNotEqualTo(first.entries().get(38).version());
        assertThat(entries.get(39).id()).isEqualTo(first.entries().get(38).id());
        assertThat(entries.subList(1, 39)).extracting(Entry::version)
                .containsExactlyElementsOf(first.entries().subList(0, 38).stream().map(Entry::version).toList());
        assertThat(entries.get(20).links()).containsExactly("https://news.example/drains/20");
    }

    private static String jsonLdPage(String token, int updates) {
        StringBuilder items = new StringBuilder();
        for (int i = updates - 1; i >= 0; i--) {
            items.append(items.length() == 0 ? "" : ",").append("{\"@type\":\"BlogPosting\",\"@id\":\"#u").append(i)
                    .append("\",\"headline\":\"Gauge ").append(i).append(" read\",\"datePublished\":\"2031-03-01T0")
                    .append(i).append(":00:00Z\",\"articleBody\":\"<p>The river gauge at point ").append(i)
                    .append(" read 2.").append(i).append(" metres (").append(token).append(").</p><p>See <a href='https://river.example/")
                    .append(i).append("'>the gauge</a>.</p>\"}");
        }
        return "<!doctype html><html><head><title>River live</title><script type=\"application/ld+json\">{\"@context\":"
                + "\"https://schema.org\",\"@type\":\"LiveBlogPosting\",\"headline\":\"River live\",\"liveBlogUpdate\":["
                + items + "]}</script></head><body><h1>River live</h1></body></html>";
    }

    @Test
    void aJsonLdUpdateAlreadyReadIsNotReadAgainAndANewOneIs() throws FetchException {
        String token = UUID.randomUUID().toString();
        ParsedPage first = read(jsonLdPage(token, 3));
        long before = JsonLdLiveBlogParser.bodiesRead();

        ParsedPage later = read(jsonLdPage(token, 4));

        assertThat(JsonLdLiveBlogParser.bodiesRead() - before).isEqualTo(1);
        assertThat(later.strategy()).isEqualTo("jsonld");
        assertThat(later.entries()).hasSize(4);
        assertThat(later.entries().get(0).paragraphs()).containsExactly("The river gauge at point 3 read 2.3 metres (" + token + ").",
                "See the gauge.");
        assertThat(later.entries().get(0).links()).containsExactly("https://river.example/3");
        assertThat(later.entries().subList(1, 4)).extracting(Entry::id, Entry::version, Entry::links)
                .isEqualTo(first.entries().stream().map(e -> org.assertj.core.groups.Tuple.tuple(e.id(), e.version(), e.links())).toList());
    }
}
