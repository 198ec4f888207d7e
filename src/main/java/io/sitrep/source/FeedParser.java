package io.sitrep.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads RSS 2.0 and Atom feeds with Rome: each item is an UPDATE entry (its title the headline, its content or
 * summary the text); for {@code follow}, the items are the posts the feed lists. Doctypes are refused (no XXE).
 */
public class FeedParser {

    /** One item of a feed, as a post to follow. */
    public record Item(String url, String title, Instant time) {
    }

    /** Every item of the feed as an entry. */
    public ParsedPage parse(FetchedPage page, String sourceName) throws FetchException {
        SyndFeed feed = read(page);
        String pageUrl = page.url();
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> seenKeys = new HashMap<>();
        for (SyndEntry item : feed.getEntries()) {
            Body body = body(item, pageUrl);
            String headline = LiveBlogParser.normalise(item.getTitle() == null ? "" : Jsoup.parse(item.getTitle()).text());
            if (headline.isEmpty() && !body.paragraphs.isEmpty()) {
                headline = Sentences.first(body.paragraphs.get(0));
            }
            if (headline.isEmpty() && body.paragraphs.isEmpty()) {
                continue;
            }
            Instant time = time(item);
            String link = absolute(item.getLink(), pageUrl);
            String guid = item.getUri() == null ? "" : item.getUri().trim();
            String key = !guid.isEmpty() ? "guid:" + guid
                    : !link.isEmpty() ? "link:" + link
                    : "at:" + (time == null ? "" : time.toString()) + "|" + LiveBlogParser.slug(headline);
            int repeat = seenKeys.merge(key, 1, Integer::sum);
            if (repeat > 1) {
                key = key + "#" + repeat;
            }
            Set<String> links = new LinkedHashSet<>();
            if (link.startsWith("http")) {
                links.add(link);
            }
            links.addAll(body.links);
            String id = Hashes.shortHash(sourceName + "|" + pageUrl + "|" + EntryKind.UPDATE + "|" + key, 10);
            String version = Hashes.shortHash(headline + "\n" + String.join("\n", body.paragraphs), 8);
            entries.add(new Entry(id, sourceName, pageUrl, EntryKind.UPDATE, time, headline, body.paragraphs,
                    List.copyOf(links), List.copyOf(body.media), version, entries.size()));
        }
        String title = LiveBlogParser.normalise(feed.getTitle() == null ? "" : feed.getTitle());
        LocalDate date = feed.getPublishedDate() == null ? null : feed.getPublishedDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        return new ParsedPage(pageUrl, title, date, entries, SourceFormat.FEED, true);
    }

    /** The posts the feed lists, newest first (items without a date keep their feed order, after dated ones). */
    public List<Item> items(FetchedPage page) throws FetchException {
        List<Item> items = new ArrayList<>();
        for (SyndEntry entry : read(page).getEntries()) {
            String link = absolute(entry.getLink(), page.url());
            if (link.startsWith("http://") || link.startsWith("https://") || link.startsWith("file:")) {
                items.add(new Item(link, LiveBlogParser.normalise(entry.getTitle() == null ? "" : entry.getTitle()), time(entry)));
            }
        }
        items.sort(Comparator.comparing(Item::time, Comparator.nullsLast(Comparator.reverseOrder())));
        return items;
    }

    private static SyndFeed read(FetchedPage page) throws FetchException {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(page.body()),
                page.contentType().isBlank() ? null : page.contentType(), true)) {
            return input.build(reader);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new FetchException("not a readable RSS or Atom feed at " + page.url() + ": " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    private static Instant time(SyndEntry item) {
        if (item.getPublishedDate() != null) {
            return item.getPublishedDate().toInstant();
        }
        return item.getUpdatedDate() == null ? null : item.getUpdatedDate().toInstant();
    }

    /** The text, links and media of one item. */
    private record Body(List<String> paragraphs, Set<String> links, Set<String> media) {
    }

    private static Body body(SyndEntry item, String baseUrl) {
        String html = "";
        for (SyndContent content : item.getContents()) {
            if (content.getValue() != null && !content.getValue().isBlank()) {
                html = content.getValue();
                break;
            }
        }
        if (html.isBlank() && item.getDescription() != null && item.getDescription().getValue() != null) {
            html = item.getDescription().getValue();
        }
        Document fragment = Jsoup.parseBodyFragment(html, baseUrl);
        fragment.select("script, style").remove();
        List<String> paragraphs = new ArrayList<>();
        Elements blocks = fragment.body().select("p, li, h1, h2, h3, h4, h5, h6, blockquote");
        if (blocks.isEmpty()) {
            for (String part : fragment.body().wholeText().split("\\n\\s*\\n|\\r?\\n")) {
                addParagraph(part, paragraphs);
            }
        } else {
            for (Element block : blocks) {
                if (block.parents().stream().noneMatch(blocks::contains)) {
                    addParagraph(block.text(), paragraphs);
                }
            }
        }
        Set<String> links = new LinkedHashSet<>();
        fragment.select("a[href]").forEach(a -> {
            String href = a.absUrl("href");
            if (href.startsWith("http")) {
                links.add(href);
            }
        });
        Set<String> media = new LinkedHashSet<>();
        fragment.select("img[src], iframe[src], video[src], source[src]").forEach(m -> {
            String src = m.absUrl("src");
            if (src.startsWith("http")) {
                media.add(src);
            }
        });
        for (SyndEnclosure enclosure : item.getEnclosures()) {
            String url = absolute(enclosure.getUrl(), baseUrl);
            if (url.startsWith("http")) {
                media.add(url);
            }
        }
        return new Body(paragraphs, links, media);
    }

    private static void addParagraph(String text, List<String> paragraphs) {
        String paragraph = LiveBlogParser.normalise(text);
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
    }

    private static String absolute(String link, String base) {
        if (link == null || link.isBlank()) {
            return "";
        }
        try {
            return java.net.URI.create(base).resolve(link.trim()).toString();
        } catch (IllegalArgumentException e) {
            return link.trim();
        }
    }
}
