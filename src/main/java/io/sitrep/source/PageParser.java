package io.sitrep.source;

import org.jsoup.nodes.Document;

/**
 * Turns fetched bytes into entries with the source's format; {@code auto} reads a feed as a feed, and a web page by
 * whichever way of reading it explains it best (see {@link EntryDiscovery}).
 */
public class PageParser {

    private final LiveBlogParser inline;
    private final JsonLdLiveBlogParser jsonLd;
    private final FeedParser feeds;
    private final EntryDiscovery discovery;

    public PageParser(LiveBlogParser inline, JsonLdLiveBlogParser jsonLd, FeedParser feeds) {
        this.inline = inline;
        this.jsonLd = jsonLd;
        this.feeds = feeds;
        this.discovery = new EntryDiscovery(inline, jsonLd);
    }

    /** The page's entries; a feed that cannot be read is a {@link FetchException}, a page without entries is not. */
    public ParsedPage parse(FetchedPage page, SourceFormat format, String sourceName) throws FetchException {
        return parse(page, format, sourceName, ParseHints.NONE);
    }

    /** The page's entries, read with what the operator set for this source (selectors, time zone). */
    ParsedPage parse(FetchedPage page, SourceFormat format, String sourceName, ParseHints hints) throws FetchException {
        return switch (format) {
            case FEED -> feeds.parse(page, sourceName);
            case INLINE -> hints.hasEntrySelector() ? discovery.read(page.html(), sourceName, hints, format)
                    : inline.parse(page.html(), sourceName, hints);
            case JSONLD -> discovery.read(page.html(), sourceName, hints, format);
            case AUTO -> {
                if (FormatDetector.isFeed(page)) {
                    yield feeds.parse(page, sourceName);
                }
                Document document = page.html();
                yield discovery.read(document, sourceName, hints, format);
            }
        };
    }
}
