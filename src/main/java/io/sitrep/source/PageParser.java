package io.sitrep.source;

import org.jsoup.nodes.Document;

/**
 * Turns fetched bytes into entries with the source's format; {@code auto} reads a feed as a feed, then prefers the
 * page's JSON-LD updates and falls back to its inline markers when there are none (or the JSON-LD is broken).
 */
public class PageParser {

    private final LiveBlogParser inline;
    private final JsonLdLiveBlogParser jsonLd;
    private final FeedParser feeds;

    public PageParser(LiveBlogParser inline, JsonLdLiveBlogParser jsonLd, FeedParser feeds) {
        this.inline = inline;
        this.jsonLd = jsonLd;
        this.feeds = feeds;
    }

    /** The page's entries; a feed that cannot be read is a {@link FetchException}, a page without entries is not. */
    public ParsedPage parse(FetchedPage page, SourceFormat format, String sourceName) throws FetchException {
        return switch (format) {
            case FEED -> feeds.parse(page, sourceName);
            case INLINE -> inline.parse(page.html(), sourceName);
            case JSONLD -> jsonLd.parse(page.html(), sourceName);
            case AUTO -> {
                if (FormatDetector.isFeed(page)) {
                    yield feeds.parse(page, sourceName);
                }
                Document document = page.html();
                if (jsonLd.holdsUpdates(document)) {
                    ParsedPage read = jsonLd.parse(document, sourceName);
                    if (!read.entries().isEmpty()) {
                        yield read;
                    }
                }
                yield inline.parse(document, sourceName);
            }
        };
    }
}
