package io.sitrep.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the live-blog posts an index lists, newest first: the items of a feed, or the headline links of an HTML list
 * page (links in or around {@code h1}–{@code h4}, or marked {@code rel=bookmark}), optionally only those matching a
 * pattern.
 */
final class FollowedPosts {

    private final FeedParser feeds;

    FollowedPosts(FeedParser feeds) {
        this.feeds = feeds;
    }

    /** The URLs of the newest {@code count} posts the index lists. */
    List<String> newest(FetchedPage index, int count, Pattern match) throws FetchException {
        Map<String, String> titlesByUrl = new LinkedHashMap<>();
        if (FormatDetector.isFeed(index)) {
            for (FeedParser.Item item : feeds.items(index)) {
                titlesByUrl.putIfAbsent(withoutFragment(item.url()), item.title());
            }
        } else {
            headlineLinks(index, titlesByUrl);
        }
        titlesByUrl.remove(withoutFragment(index.url()));
        titlesByUrl.remove(withoutFragment(index.requestedUrl()));
        List<String> newest = new ArrayList<>();
        for (Map.Entry<String, String> post : titlesByUrl.entrySet()) {
            if (match == null || match.pattern().isEmpty()
                    || match.matcher(post.getKey()).find() || match.matcher(post.getValue()).find()) {
                newest.add(post.getKey());
            }
            if (newest.size() == count) {
                break;
            }
        }
        return newest;
    }

    private static void headlineLinks(FetchedPage index, Map<String, String> titlesByUrl) {
        Document document = index.html();
        document.select(LiveBlogParser.NOISE).remove();
        boolean fromFile = index.url().startsWith("file:");
        for (Element a : document.select("a[href]")) {
            boolean headline = a.attr("rel").toLowerCase(java.util.Locale.ROOT).contains("bookmark")
                    || a.parents().stream().anyMatch(p -> p.normalName().matches("h[1-4]"))
                    || !a.select("h1, h2, h3, h4").isEmpty();
            if (!headline) {
                continue;
            }
            String url = withoutFragment(a.absUrl("href"));
            boolean web = url.startsWith("http://") || url.startsWith("https://");
            if (web || (fromFile && url.startsWith("file:"))) {
                titlesByUrl.putIfAbsent(url, LiveBlogParser.normalise(a.text()));
            }
        }
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }
}
