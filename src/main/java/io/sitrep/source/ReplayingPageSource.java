package io.sitrep.source;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.sitrep.shared.SitrepProperties;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The console demo's source: serves a page with its UPDATEs hidden, then reveals one more, oldest first, on each
 * read once someone watches ({@link ReplayAudience}), so a newcomer watches pushes arrive however late they subscribe.
 */
class ReplayingPageSource implements PageSource {

    private final PageFetcher fetcher;
    private final ReplayAudience audience;
    /** Per page: how many UPDATEs are revealed, or absent before its first (baseline) read. */
    private final Map<String, Integer> revealedSoFar = new ConcurrentHashMap<>();

    ReplayingPageSource(PageFetcher fetcher) {
        this(fetcher, ReplayAudience.ALWAYS);
    }

    ReplayingPageSource(PageFetcher fetcher, ReplayAudience audience) {
        this.fetcher = fetcher;
        this.audience = audience;
    }

    @Override
    public FetchOutcome read(SitrepProperties.Source source, String url, CacheValidators previous) throws FetchException {
        FetchedPage page = fetcher.fetch(url, source.allowPrivate());
        Document document = page.html();
        // The first read is the baseline and reveals nothing; after it, each read while someone watches reveals one more.
        boolean watching = audience.isWatching();
        int revealed = revealedSoFar.compute(source.name() + "|" + url,
                (key, before) -> before == null ? 0 : watching ? before + 1 : before);
        List<List<Element>> updates = updateGroups(document);
        int hide = Math.max(0, updates.size() - revealed);
        // The page lists the newest UPDATE first, so hiding the first groups hides the newest ones.
        for (int i = 0; i < hide; i++) {
            updates.get(i).forEach(Element::remove);
        }
        document.outputSettings().charset(StandardCharsets.UTF_8);
        return new FetchedPage(url, page.url(), "text/html; charset=utf-8",
                document.outerHtml().getBytes(StandardCharsets.UTF_8), CacheValidators.NONE);
    }

    private static List<List<Element>> updateGroups(Document document) {
        List<List<Element>> groups = new ArrayList<>();
        List<Element> current = null;
        for (Element element : document.select("p, h2, h3, h4, blockquote, figure")) {
            if (element.parents().stream().anyMatch(p -> p.normalName().equals("blockquote") || p.normalName().equals("figure"))) {
                continue;
            }
            if (element.closest(LiveBlogParser.NOISE) != null) {
                continue; // a reader comment saying "UPDATE: ..." is not one of the page's updates
            }
            var marker = UpdateMarker.find(LiveBlogParser.normalise(element.text()));
            if (marker.isPresent() && !marker.get().original()) {
                current = new ArrayList<>();
                groups.add(current);
                current.add(element);
            } else if (marker.isPresent() || element.normalName().startsWith("h")) {
                current = null;
            } else if (current != null) {
                current.add(element);
            }
        }
        return groups;
    }
}
