package io.sitrep.source;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the schema.org {@code LiveBlogPosting} a page declares in {@code <script type="application/ld+json">} (alone,
 * in an array or inside {@code @graph}): each {@code liveBlogUpdate} item becomes an UPDATE entry. A script that is
 * not valid JSON is skipped, so the caller can fall back to reading the visible page.
 */
public class JsonLdLiveBlogParser {

    private static final Logger log = LoggerFactory.getLogger(JsonLdLiveBlogParser.class);
    private static final Pattern HAS_TAGS = Pattern.compile("<\\s*[a-zA-Z/!]");
    private static final int MAX_DEPTH = 12;
    /** Update bodies read lately, by a digest of what they are read from; bounded like {@link BlockReader}'s. */
    private static final Cache<String, Body> BODIES = Caffeine.newBuilder().maximumSize(50_000).build();
    private static final java.util.concurrent.atomic.LongAdder BODIES_READ = new java.util.concurrent.atomic.LongAdder();

    private final JsonMapper json = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();

    /** The page's live-blog updates; no entries when it declares no {@code LiveBlogPosting} with updates. */
    public ParsedPage parse(Document document, String sourceName) {
        return parse(document, sourceName, List.of());
    }

    /**
     * The page's live-blog updates reconciled with the blocks a reader sees ({@code visible}, already timed): see
     * {@link JsonLdReconciler}.
     */
    ParsedPage parse(Document document, String sourceName, List<Draft> visible) {
        return parse(document, sourceName, visible, livePosting(document));
    }

    /** The page's updates from a posting already found with {@link #livePosting}. */
    ParsedPage parse(Document document, String sourceName, List<Draft> visible, JsonNode posting) {
        String pageUrl = LiveBlogParser.canonicalUrl(document);
        if (posting == null) {
            return new ParsedPage(pageUrl, LiveBlogParser.title(document), null, List.of(), SourceFormat.JSONLD, true);
        }
        if ((pageUrl == null || pageUrl.isBlank()) && !text(posting, "url").isEmpty()) {
            pageUrl = text(posting, "url");
        }
        String title = LiveBlogParser.normalise(text(posting, "headline"));
        Set<String> leadImages = new java.util.HashSet<>();
        for (String selector : List.of("meta[property=og:image]", "meta[name=twitter:image]", "meta[property=twitter:image]")) {
            document.select(selector).forEach(meta -> leadImages.add(meta.attr("content").trim()));
        }
        for (JsonNode image : asList(posting.get("image"))) {
            leadImages.add(image.isTextual() ? image.asText() : text(image, "url"));
        }
        if (title.isEmpty()) {
            title = LiveBlogParser.title(document);
        }
        Optional<ZonedDateTime> started = LiveBlogParser.parseDateTime(text(posting, "coverageStartTime"))
                .or(() -> LiveBlogParser.parseDateTime(text(posting, "datePublished")))
                .or(() -> LiveBlogParser.publishedTime(document));
        LocalDate date = started.map(ZonedDateTime::toLocalDate).orElse(null);
        List<JsonNode> items = asList(posting.get("liveBlogUpdate"));
        List<JsonLdReconciler.Item> read = items(items, document.location(), leadImages);
        int declared = read.size();
        String explanation = JsonLdReconciler.reconcile(read, visible, title, pageUrl);
        EntryIdsForJsonLd result = entries(read, sourceName, pageUrl);
        return new ParsedPage(pageUrl, title, date, result.entries, SourceFormat.JSONLD, true, "jsonld", result.timeSources,
                List.of("jsonld: " + declared + " liveBlogUpdate items in a LiveBlogPosting" + explanation));
    }

    private record EntryIdsForJsonLd(List<Entry> entries, Map<String, String> timeSources) {
    }

    /** True when the page declares a {@code LiveBlogPosting} that has at least one update. */
    public boolean holdsUpdates(Document document) {
        return holdsUpdates(livePosting(document));
    }

    static boolean holdsUpdates(JsonNode posting) {
        return posting != null && !asList(posting.get("liveBlogUpdate")).isEmpty();
    }

    /** The page's live {@code LiveBlogPosting} (the one with most updates), or null. */
    JsonNode livePosting(Document document) {
        List<JsonNode> found = new ArrayList<>();
        for (Element script : document.getElementsByTag("script")) {
            if (!script.attr("type").trim().toLowerCase(Locale.ROOT).startsWith("application/ld+json")) {
                continue;
            }
            try {
                collectPostings(json.readTree(script.data()), found, 0);
            } catch (JsonProcessingException e) {
                log.debug("Skipping a JSON-LD block that is not valid JSON on {}: {}", document.location(), e.getOriginalMessage());
            }
        }
        // A page may declare several (an embedded older one, say): the one with the most updates is the live one.
        return found.stream().max(java.util.Comparator.comparingInt(p -> asList(p.get("liveBlogUpdate")).size())).orElse(null);
    }

    private static void collectPostings(JsonNode node, List<JsonNode> found, int depth) {
        if (node == null || depth > MAX_DEPTH) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> collectPostings(child, found, depth + 1));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (hasType(node, "LiveBlogPosting")) {
            found.add(node);
            return;
        }
        node.fields().forEachRemaining(field -> {
            if (field.getValue().isContainerNode()) {
                collectPostings(field.getValue(), found, depth + 1);
            }
        });
    }

    private static boolean hasType(JsonNode node, String type) {
        for (JsonNode t : asList(node.get("@type"))) {
            String name = t.asText("");
            int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf(':'));
            if ((cut >= 0 ? name.substring(cut + 1) : name).equalsIgnoreCase(type)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A headline that opens with the update's own clock ("19:02(IST) Toss won ...") without it: the clock is the entry's
     * time, not its headline. What is left is no headline ("") when the body only begins with the same words.
     */
    static String withoutLeadingClock(String headline, List<String> paragraphs) {
        Optional<ClockText.Found> clock = ClockText.atStart(headline);
        if (clock.isEmpty() || !(clock.get().labelled() || clock.get().marker()) || clock.get().rest().isEmpty()) {
            return headline;
        }
        String rest = clock.get().rest();
        String stem = rest.replaceAll("(\\.\\.\\.|\u2026)$", "").trim();
        boolean repeatsBody = !paragraphs.isEmpty() && !stem.isEmpty() && paragraphs.get(0).startsWith(stem);
        return repeatsBody ? "" : rest;
    }

    private static List<JsonLdReconciler.Item> items(List<JsonNode> items, String baseUrl, Set<String> leadImages) {
        List<JsonLdReconciler.Item> read = new ArrayList<>();
        for (JsonNode item : items) {
            if (!item.isObject()) {
                continue;
            }
            Body body = body(item, baseUrl);
            String headline = LiveBlogParser.normalise(text(item, "headline"));
            if (headline.isEmpty()) {
                headline = LiveBlogParser.normalise(text(item, "name"));
            }
            headline = withoutLeadingClock(headline, body.paragraphs);
            if (headline.isEmpty() && body.paragraphs.isEmpty()) {
                continue;
            }
            String published = text(item, "datePublished");
            Instant time = LiveBlogParser.parseDateTime(published)
                    .or(() -> LiveBlogParser.parseDateTime(text(item, "dateCreated")))
                    .or(() -> LiveBlogParser.parseDateTime(text(item, "dateModified")))
                    .map(ZonedDateTime::toInstant).orElse(null);
            Draft draft = new Draft(EntryKind.UPDATE, headline.isEmpty() ? null : headline, null, null);
            draft.paragraphs.addAll(body.paragraphs);
            draft.links.addAll(body.links);
            body.media.stream().filter(m -> !leadImages.contains(m)).forEach(draft.media::add);
            draft.time = time;
            draft.timeSource = time == null ? null : "jsonld";
            read.add(new JsonLdReconciler.Item(draft, itemUrl(item), published));
        }
        dropSharedMedia(read);
        return read;
    }

    /** An image every update carries (the site's stock thumbnail) is the page's, not any one update's. */
    private static void dropSharedMedia(List<JsonLdReconciler.Item> read) {
        if (read.size() < 3) {
            return;
        }
        Set<String> shared = new java.util.HashSet<>(read.get(0).draft().media);
        for (JsonLdReconciler.Item item : read) {
            shared.retainAll(item.draft().media);
        }
        if (!shared.isEmpty()) {
            read.forEach(item -> item.draft().media.removeAll(shared));
        }
    }

    private static EntryIdsForJsonLd entries(List<JsonLdReconciler.Item> items, String sourceName, String pageUrl) {
        Map<String, Integer> urlCounts = new HashMap<>();
        for (JsonLdReconciler.Item item : items) {
            urlCounts.merge(item.url(), 1, Integer::sum);
        }
        List<Entry> entries = new ArrayList<>();
        Map<String, String> timeSources = new HashMap<>();
        Map<String, Integer> seenKeys = new HashMap<>();
        for (JsonLdReconciler.Item item : items) {
            Draft d = item.draft();
            String headline = d.headline != null ? d.headline : d.paragraphs.isEmpty() ? "" : Sentences.first(d.paragraphs.get(0));
            String url = item.url();
            Instant time = d.time;
            // An item's own url/@id is the steadiest key, unless every item shares the page's address.
            String key = !url.isEmpty() && urlCounts.get(url) == 1 && !url.equals(pageUrl)
                    ? "url:" + url
                    : "at:" + (time != null ? time.atOffset(ZoneOffset.UTC).toString() : item.published()) + "|" + LiveBlogParser.slug(headline);
            int repeat = seenKeys.merge(key, 1, Integer::sum);
            if (repeat > 1) {
                key = key + "#" + repeat;
            }
            String id = Hashes.shortHash(sourceName + "|" + pageUrl + "|" + EntryKind.UPDATE + "|" + key, 10);
            String version = Hashes.shortHash(headline + "\n" + String.join("\n", d.paragraphs), 8);
            entries.add(new Entry(id, sourceName, pageUrl, EntryKind.UPDATE, time, headline, d.paragraphs,
                    List.copyOf(d.links), List.copyOf(d.media), version, entries.size()));
            if (time != null && d.timeSource != null) {
                timeSources.put(id, d.timeSource);
            }
        }
        return new EntryIdsForJsonLd(entries, timeSources);
    }

    private static String itemUrl(JsonNode item) {
        String url = text(item, "url");
        return url.isEmpty() ? text(item, "@id") : url;
    }

    /** The text, links and media of one update. */
    private record Body(List<String> paragraphs, Set<String> links, Set<String> media) {
    }

    /**
     * The update's body, recalled when an update with the same body, pictures and videos was read lately (the next
     * poll of a live blog repeats all its older updates): reading an HTML body parses it as a page of its own.
     */
    private static Body body(JsonNode item, String baseUrl) {
        String raw = text(item, "articleBody");
        if (raw.isBlank()) {
            raw = text(item, "text");
        }
        if (raw.isBlank()) {
            raw = text(item, "description");
        }
        String body = raw;
        String key = Hashes.digestKey(BlockFingerprint.with("", body, baseUrl, String.valueOf(item.get("image")),
                String.valueOf(item.get("video"))));
        return BODIES.get(key, k -> readBody(item, body, baseUrl));
    }

    /** How many update bodies were read rather than recalled, since start-up (for tests). */
    static long bodiesRead() {
        return BODIES_READ.sum();
    }

    private static Body readBody(JsonNode item, String raw, String baseUrl) {
        BODIES_READ.increment();
        List<String> paragraphs = new ArrayList<>();
        Set<String> links = new LinkedHashSet<>();
        Set<String> media = new LinkedHashSet<>();
        if (HAS_TAGS.matcher(raw).find()) {
            Document fragment = Jsoup.parseBodyFragment(raw, baseUrl == null ? "" : baseUrl);
            fragment.select("script, style").remove();
            var blocks = fragment.body().select("p, li, h1, h2, h3, h4, h5, h6, blockquote");
            if (blocks.isEmpty()) {
                addParagraphs(fragment.body().wholeText(), paragraphs);
            } else {
                for (Element block : blocks) {
                    if (block.parents().stream().noneMatch(p -> blocks.contains(p))) {
                        String text = LiveBlogParser.normalise(block.text());
                        if (!text.isEmpty()) {
                            paragraphs.add(text);
                        }
                    }
                }
            }
            fragment.select("a[href]").forEach(a -> addHttp(LiveBlogParser.absolute(a, "href"), links));
            fragment.select("img[src], iframe[src], video[src], source[src]").forEach(m -> addHttp(LiveBlogParser.absolute(m, "src"), media));
        } else {
            addParagraphs(raw, paragraphs);
        }
        for (JsonNode image : asList(item.get("image"))) {
            addHttp(image.isTextual() ? image.asText() : text(image, "url").isEmpty() ? text(image, "contentUrl") : text(image, "url"), media);
        }
        for (JsonNode video : asList(item.get("video"))) {
            addHttp(text(video, "embedUrl").isEmpty() ? text(video, "contentUrl") : text(video, "embedUrl"), media);
        }
        return new Body(List.copyOf(paragraphs), java.util.Collections.unmodifiableSet(links),
                java.util.Collections.unmodifiableSet(media));
    }

    private static void addParagraphs(String text, List<String> paragraphs) {
        for (String part : text.split("\\n\\s*\\n|\\r?\\n")) {
            String paragraph = LiveBlogParser.normalise(part);
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
        }
    }

    private static void addHttp(String url, Set<String> into) {
        if (url != null && (url.startsWith("http://") || url.startsWith("https://"))) {
            into.add(url);
        }
    }

    private static String text(JsonNode node, String field) {
        if (node == null) {
            return "";
        }
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            value = value.size() > 0 ? value.get(0) : null;
        }
        if (value != null && value.isObject()) {
            value = value.has("@id") ? value.get("@id") : value.get("@value");
        }
        if (value == null || value.isContainerNode()) {
            return "";
        }
        String raw = value.asText("").trim();
        // Newsrooms put HTML entities (&#39;, &ldquo;) into JSON strings; a reader must never see them raw.
        return raw.indexOf('&') < 0 || HAS_TAGS.matcher(raw).find() ? raw : org.jsoup.parser.Parser.unescapeEntities(raw, false);
    }

    private static List<JsonNode> asList(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (node.isArray()) {
            List<JsonNode> list = new ArrayList<>();
            node.forEach(list::add);
            return list;
        }
        return List.of(node);
    }
}
