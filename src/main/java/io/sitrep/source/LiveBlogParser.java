package io.sitrep.source;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Splits an inline-marker live-blog page (WordPress style, like "Syria Daily") into entries: each
 * {@code UPDATE hhmm GMT:} paragraph group, the {@code ORIGINAL ENTRY} with its sub-heads, and each headlined story.
 * Only the article body is read; comments, sidebars, navigation and share widgets are dropped first.
 */
public class LiveBlogParser {

    private static final List<String> BODY_SELECTORS = List.of(
            "[itemprop=articleBody]", ".entry-content", ".post-content", ".article-body", ".article-content",
            ".story-body", "article", "main", "[role=main]");

    static final String NOISE = String.join(", ",
            "script", "style", "noscript", "form", "nav", "aside", "footer", "button", "svg", "template",
            "#comments", ".comments", ".comments-area", ".comment-list", ".comment", "#respond",
            ".sharedaddy", ".sd-sharing", ".share", ".sharing", ".social-share", ".share-buttons",
            ".jp-relatedposts", ".related", ".related-posts", ".yarpp-related", ".widget", ".widget-area",
            ".sidebar", "#secondary", ".newsletter", ".advert", ".ad", ".ads", "[role=complementary]",
            "[role=navigation]", ".entry-footer", ".post-navigation", ".nav-links", ".author-bio", ".entry-meta",
            ".footnote");

    // Parsed once: Jsoup would otherwise parse each CSS query again on every call, which dominated parse time.
    private static final Evaluator NOISE_QUERY = QueryParser.parse(NOISE);
    private static final List<Evaluator> BODY_QUERIES = BODY_SELECTORS.stream().map(QueryParser::parse).toList();
    private static final Set<String> MEDIA_TAGS = Set.of("img", "iframe", "video", "source", "embed");
    private static final Evaluator BOLD = QueryParser.parse("strong, b");
    private static final Evaluator LAYOUT_TABLE_CONTENT = QueryParser.parse("p, h2, h3, h4");
    private static final Pattern HEADING = Pattern.compile("h[2-6]");
    private static final List<Evaluator> PUBLISHED_QUERIES = Stream.of("meta[property=article:published_time]",
            "meta[itemprop=datePublished]", "meta[name=date]", "meta[name=pubdate]", "meta[name=dc.date]",
            "meta[property=og:published_time]").map(QueryParser::parse).toList();
    private static final List<Evaluator> TITLE_QUERIES = Stream.of("meta[property=og:title]", "meta[name=twitter:title]")
            .map(QueryParser::parse).toList();
    private static final List<Evaluator> MODIFIED_QUERIES = Stream.of("meta[property=article:modified_time]",
            "meta[itemprop=dateModified]", "meta[property=og:updated_time]", "meta[name=last-modified]")
            .map(QueryParser::parse).toList();
    private static final Evaluator JSON_LD = QueryParser.parse("script[type~=(?i)application/ld\\+json]");
    private static final Pattern DATE_MODIFIED = Pattern.compile("\"dateModified\"\\s*:\\s*\"([^\"]{10,40})\"");
    private static final Evaluator PUBLISHED_TIME = QueryParser.parse(
            "time.published[datetime], time[itemprop=datePublished][datetime], article time[datetime], time[datetime]");

    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
            "figure", "ul", "ol", "table", "pre", "iframe", "img", "video", "dl", "hr");

    private static final Pattern SEPARATOR = Pattern.compile("^(?:[_*=~\\-\u2013\u2014\u00b7\u2022\\s]{3,}|\\s*_{2}\\s*)$");
    private static final Pattern SECTION_LABEL = Pattern.compile("^[\\p{Lu}\\d\\s:!.-]{1,24}$");
    private static final int BOLD_LINE_LEVEL = 6;
    private static final double TEASER_SHARE = 0.7;

    private final java.time.Clock clock;

    /** A parser that dates undated pages by today's date in UTC. */
    public LiveBlogParser() {
        this(java.time.Clock.systemUTC());
    }

    /** A parser whose "today", for pages without a date, comes from the given clock. */
    public LiveBlogParser(java.time.Clock clock) {
        this.clock = clock;
    }

    /** Today's date by this parser's clock: the day of a page that names none. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Parses a page already read into a Jsoup document. */
    public ParsedPage parse(Document document, String sourceName) {
        return parse(document, sourceName, ParseHints.NONE);
    }

    /** Parses a page, with the source's time zone when it sets one. */
    ParsedPage parse(Document document, String sourceName, ParseHints hints) {
        return parse(document, sourceName, hints, null);
    }

    /**
     * Parses the markers inside {@code container} (the element where the page's clocks are, when another search found
     * it), or inside the article body when it is null.
     */
    ParsedPage parse(Document document, String sourceName, ParseHints hints, Element container) {
        String pageUrl = canonicalUrl(document);
        String title = title(document);
        Optional<ZonedDateTime> published = publishedTime(document);
        LocalDate date = published.map(ZonedDateTime::toLocalDate).orElse(null);
        ZoneId zone = PageZone.of(document, hints);
        LocalDate today = published.map(p -> p.withZoneSameInstant(zone).toLocalDate()).orElseGet(() -> LocalDate.now(clock));
        Element body;
        if (container == null) {
            body = articleBody(document);
        } else {
            body = container.clone();
            body.select(NOISE_QUERY).remove();
            dropBylines(body);
        }
        List<Draft> drafts = drafts(body, latestDate(document).orElse(today));
        DraftTimes.assign(drafts, today, zone);
        published.ifPresent(at -> drafts.stream().filter(d -> d.time == null && SeparatedItems.PAGE_TIME.equals(d.timeSource))
                .forEach(d -> d.time = at.toInstant()));
        EntryIds.Result result = EntryIds.entries(drafts, sourceName, pageUrl);
        long timed = drafts.stream().filter(d -> d.time != null).count();
        return new ParsedPage(pageUrl, title, date, result.entries()).withDiscovery("inline-markers", result.timeSources(),
                List.of("inline-markers: " + drafts.size() + " entries from markers and headings in "
                        + (container == null ? "the article text" : TimedBlocks.describe(container)) + ", " + timed + " with a time"));
    }

    /** The entries of an article body: marker paragraphs, clock headings, headlined stories. */
    static List<Draft> drafts(Element body, LocalDate latest) {
        List<Block> blocks = new ArrayList<>();
        collectBlocks(body, blocks);
        int storyLevel = blocks.stream().filter(b -> b.headingLevel > 0 && !opensWithClock(b))
                .mapToInt(b -> b.headingLevel).min().orElse(BOLD_LINE_LEVEL);

        List<Draft> drafts = new ArrayList<>();
        Draft current = null;
        LocalDate day = null;
        for (int index = 0; index < blocks.size(); index++) {
            Block block = blocks.get(index);
            if (block.separator) {
                current = null; // "___", "***" or <hr>: the item above is over
                continue;
            }
            if (block.teaser) {
                continue; // related stories and "more on this" lists belong to no entry
            }
            Optional<UpdateMarker.Found> marker = block.text.isEmpty() ? Optional.empty() : UpdateMarker.find(block.text);
            if (marker.isEmpty() && block.text.length() <= 48) {
                Optional<LocalDate> heading = DayHeading.read(block.text, latest);
                if (heading.isPresent()) {
                    day = heading.get();
                    current = null;
                    continue;
                }
            }
            if (marker.isEmpty() && opensWithClock(block)) {
                ClockText.Found clock = ClockText.atStart(block.text).orElseThrow();
                current = new Draft(EntryKind.UPDATE, block.headingLevel > 0 && !clock.rest().isEmpty() ? clock.rest() : null,
                        clock.time(), clock.zone());
                current.timeSource = "clock-at-start";
                current.clockHeading = block.headingLevel > 0;
                current.day = day;
                drafts.add(current);
                if (block.headingLevel <= 0 && !clock.rest().isEmpty()) {
                    current.paragraphs.add(clock.rest());
                }
                current.addLinksAndMedia(block);
                continue;
            }
            if (block.headingLevel > 0) {
                if (block.headingLevel <= storyLevel || current == null) {
                    current = new Draft(EntryKind.STORY, block.text, null, null);
                    drafts.add(current);
                } else if (!headsNothing(blocks, index)) {
                    current.paragraphs.add(block.text);
                }
                current.addLinksAndMedia(block);
                continue;
            }
            if (marker.isPresent()) {
                UpdateMarker.Found found = marker.get();
                current = found.original()
                        ? new Draft(EntryKind.ORIGINAL, null, null, null)
                        : new Draft(EntryKind.UPDATE, null, found.time(), found.zone());
                current.timeSource = found.time() != null ? "inline-marker" : null;
                current.day = day;
                drafts.add(current);
                if (!found.rest().isEmpty()) {
                    current.paragraphs.add(found.rest());
                }
                current.addLinksAndMedia(block);
                continue;
            }
            if (current == null) {
                continue; // preamble before the first entry: photo captions, "LATEST" labels
            }
            if (!block.text.isEmpty() && !labelsLinks(blocks, index)) {
                current.paragraphs.add(block.text);
            }
            current.addLinksAndMedia(block);
        }
        drafts.removeIf(Draft::isEmpty);
        List<Draft> read = foldTickerHeadings(drafts);
        if (read.stream().noneMatch(d -> d.localTime != null || d.time != null)) {
            // No clock anywhere: a round-up cut by separator lines is read item by item.
            List<Draft> items = SeparatedItems.read(blocks);
            if (items.size() > read.size()) {
                return items;
            }
        }
        return read;
    }

    /**
     * In a ticker (timed UPDATEs), a heading without a clock before the first UPDATE is the page's teaser ("The
     * essentials", "Live ticker"), not an entry; after one, when such headings are fewer than the UPDATEs, it is a
     * sub-head of the UPDATE above it — but only while it stands among the timed UPDATEs (or the clocks are
     * headings themselves): headlined stories below the last UPDATE or below an ORIGINAL ENTRY, as on a daily page
     * of UPDATE paragraphs above its stories, stay stories however many UPDATEs the day brings.
     */
    private static List<Draft> foldTickerHeadings(List<Draft> drafts) {
        long timed = drafts.stream().filter(d -> d.kind == EntryKind.UPDATE && d.localTime != null).count();
        long stories = drafts.stream().filter(d -> d.kind == EntryKind.STORY).count();
        if (timed < 2 || stories == 0) {
            return drafts;
        }
        boolean fold = stories <= timed;
        boolean clockHeadings = drafts.stream().filter(d -> d.kind == EntryKind.UPDATE && d.localTime != null)
                .filter(d -> d.clockHeading).count() * 2 >= timed;
        int lastTimed = -1;
        for (int i = 0; i < drafts.size(); i++) {
            if (drafts.get(i).kind == EntryKind.UPDATE && drafts.get(i).localTime != null) {
                lastTimed = i;
            }
        }
        List<Draft> folded = new ArrayList<>();
        Draft previous = null;
        boolean afterOriginal = false;
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            afterOriginal |= d.kind == EntryKind.ORIGINAL;
            boolean subHead = fold && !afterOriginal && (clockHeadings || i < lastTimed);
            if (d.kind != EntryKind.STORY) {
                folded.add(d);
                previous = d;
            } else if (previous != null && !subHead) {
                folded.add(d);
            } else if (previous != null) {
                previous.paragraphs.add(d.headline);
                previous.paragraphs.addAll(d.paragraphs);
                previous.links.addAll(d.links);
                previous.media.addAll(d.media);
            }
        }
        return folded;
    }

    private static boolean opensWithClock(Block block) {
        if (block.text.isEmpty() || !Character.isDigit(firstNonSpace(block.text)) && !Character.isLetter(firstNonSpace(block.text))) {
            return false;
        }
        return ClockText.atStart(block.text).filter(clock -> block.headingLevel > 0 || clock.marker()).isPresent();
    }

    private static char firstNonSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return ' ';
    }

    /** The page's last-modified date (else its published date): the newest day a weekday heading can mean. */
    static Optional<LocalDate> latestDate(Document document) {
        return modifiedTime(document).or(() -> publishedTime(document)).map(ZonedDateTime::toLocalDate);
    }

    /** When the page says it was last changed: its meta tags, else the newest {@code dateModified} in its JSON-LD. */
    static Optional<ZonedDateTime> modifiedTime(Document document) {
        return DocumentMemo.once(document, "modified", () -> readModifiedTime(document));
    }

    private static Optional<ZonedDateTime> readModifiedTime(Document document) {
        Elements metas = document.getElementsByTag("meta");
        for (Evaluator selector : MODIFIED_QUERIES) {
            Element meta = first(metas, selector);
            if (meta != null) {
                Optional<ZonedDateTime> parsed = parseDateTime(meta.attr("content").trim());
                if (parsed.isPresent()) {
                    return parsed;
                }
            }
        }
        ZonedDateTime newest = null;
        for (Element script : document.select(JSON_LD)) {
            java.util.regex.Matcher m = DATE_MODIFIED.matcher(script.data());
            while (m.find()) {
                Optional<ZonedDateTime> parsed = parseDateTime(m.group(1));
                if (parsed.isPresent() && (newest == null || parsed.get().isAfter(newest))) {
                    newest = parsed.get();
                }
            }
        }
        return Optional.ofNullable(newest);
    }

    static Element articleBody(Document document) {
        // Find the body in the page as it is, then copy only that subtree and strip its widgets: copying and
        // cleaning the whole document cost several times the parse itself.
        for (Evaluator selector : BODY_QUERIES) {
            for (Element found : document.select(selector)) {
                if (!isInsideNoise(found)) {
                    Element body = found.clone();
                    body.select(NOISE_QUERY).remove();
                    dropBylines(body);
                    if (body.hasText()) {
                        return body;
                    }
                }
            }
        }
        Element body = document.body().clone();
        body.select(NOISE_QUERY).remove();
        dropBylines(body);
        return body;
    }

    private static final Evaluator BYLINES = QueryParser.parse("[class*=author], [class*=byline]");

    /**
     * An author's box (name, handle, e-mail, "updated ..." line) is the page's, not an entry's words; only small
     * ones go, so a container that merely carries an author class is never taken for one.
     */
    static void dropBylines(Element body) {
        for (Element box : body.select(BYLINES)) {
            if (box != body && box.parent() != null && box.text().length() <= 160) {
                box.remove();
            }
        }
    }

    private static boolean isInsideNoise(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.is(NOISE_QUERY)) {
                return true;
            }
        }
        return false;
    }

    static void collectBlocks(Element parent, List<Block> out) {
        StringBuilder looseText = new StringBuilder();
        int linked = 0;
        for (Node node : parent.childNodes()) {
            if (node instanceof TextNode text) {
                looseText.append(text.text());
                continue;
            }
            if (!(node instanceof Element element)) {
                continue;
            }
            String tag = element.normalName();
            boolean layoutTable = tag.equals("table") && element.selectFirst(LAYOUT_TABLE_CONTENT) != null;
            if (BLOCKS.contains(tag) && !layoutTable) {
                flushLoose(looseText, linked, out);
                linked = 0;
                out.add(Block.of(element));
            } else if (element.isBlock()) {
                flushLoose(looseText, linked, out);
                linked = 0;
                if (!isListOfStories(element)) {
                    collectBlocks(element, out);
                }
            } else {
                String text = element.text();
                looseText.append(text);
                linked += linkedLength(element);
            }
        }
        flushLoose(looseText, linked, out);
    }

    /**
     * Whether the sub-heading at {@code index} has no words of its own under it: the next heading, a separator or
     * the end comes before any text but lists of links and their labels ("You may also like", "Most read", a
     * video's title over its player).
     */
    private static boolean headsNothing(List<Block> blocks, int index) {
        for (int i = index + 1; i < blocks.size(); i++) {
            Block next = blocks.get(i);
            if (next.teaser || next.text.isEmpty() && !next.separator) {
                continue;
            }
            if (next.separator || next.headingLevel > 0) {
                return true;
            }
            return labelsLinks(blocks, i);
        }
        return true;
    }

    /**
     * Whether the short line at {@code index} ("lo más visto", "Related") only labels the lists of links after it:
     * no sentence of its own, and nothing but links, other labels or nothing before the next heading or the end.
     */
    private static boolean labelsLinks(List<Block> blocks, int index) {
        Block label = blocks.get(index);
        if (label.headingLevel > 0 || label.text.length() > 60 || label.text.matches(".*[.!?:;,»\"”)]$")) {
            return false;
        }
        boolean links = false;
        for (int i = index + 1; i < blocks.size(); i++) {
            Block next = blocks.get(i);
            if (next.teaser) {
                links = true;
            } else if (next.separator || next.headingLevel > 0) {
                return links;
            } else if (!next.text.isEmpty()) {
                return false;
            }
        }
        return links;
    }

    /** A box of teasers for other stories ("more on this subject"): several articles that are mostly links. */
    private static boolean isListOfStories(Element element) {
        if (element.getElementsByTag("article").size() < 2) {
            return false;
        }
        int length = element.text().length();
        return length > 0 && linkedLength(element) >= TEASER_SHARE * length;
    }

    /** How much of an element's text is link text. */
    private static int linkedLength(Element element) {
        if (element.normalName().equals("a")) {
            return element.text().length();
        }
        int linked = 0;
        for (Element a : element.getElementsByTag("a")) {
            if (a != element) {
                linked += a.text().length();
            }
        }
        return linked;
    }

    private static void flushLoose(StringBuilder loose, int linked, List<Block> out) {
        String text = normalise(loose.toString());
        if (!text.isEmpty()) {
            Block block = Block.ofText(text);
            out.add(linked >= TEASER_SHARE * text.length() ? block.asTeaser() : block);
        }
        loose.setLength(0);
    }

    static String slug(String text) {
        return java.text.Normalizer.normalize(text == null ? "" : text, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }

    static String canonicalUrl(Document document) {
        return DocumentMemo.once(document, "canonical-url", () -> readCanonicalUrl(document));
    }

    private static String readCanonicalUrl(Document document) {
        Element canonical = document.selectFirst("link[rel=canonical][href]");
        if (canonical != null && !canonical.absUrl("href").isEmpty()) {
            return canonical.absUrl("href");
        }
        Element og = document.selectFirst("meta[property=og:url][content]");
        if (og != null && !og.attr("content").isBlank()) {
            return og.attr("content").trim();
        }
        return document.location();
    }

    static String title(Document document) {
        return DocumentMemo.once(document, "title", () -> readTitle(document));
    }

    private static String readTitle(Document document) {
        Elements metas = document.getElementsByTag("meta");
        for (Evaluator selector : TITLE_QUERIES) {
            Element meta = first(metas, selector);
            if (meta != null && !meta.attr("content").isBlank()) {
                return normalise(meta.attr("content"));
            }
        }
        Element h1 = document.selectFirst("h1");
        return h1 != null ? normalise(h1.text()) : normalise(document.title());
    }

    // One walk of the page for its meta tags, then each query over those few: a query per tag walked it each time.
    private static Element first(Elements metas, Evaluator selector) {
        for (Element meta : metas) {
            if (meta.is(selector)) {
                return meta;
            }
        }
        return null;
    }

    static Optional<ZonedDateTime> publishedTime(Document document) {
        return DocumentMemo.once(document, "published", () -> readPublishedTime(document));
    }

    private static Optional<ZonedDateTime> readPublishedTime(Document document) {
        List<String> candidates = new ArrayList<>();
        Elements metas = document.getElementsByTag("meta");
        for (Evaluator selector : PUBLISHED_QUERIES) {
            Element meta = first(metas, selector);
            if (meta != null) {
                candidates.add(meta.attr("content"));
            }
        }
        Element time = document.selectFirst(PUBLISHED_TIME);
        if (time != null) {
            candidates.add(time.attr("datetime"));
        }
        for (String candidate : candidates) {
            Optional<ZonedDateTime> parsed = parseDateTime(candidate.trim());
            if (parsed.isPresent()) {
                return parsed;
            }
        }
        return Optional.empty();
    }

    static Optional<ZonedDateTime> parseDateTime(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value).toZonedDateTime());
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        try {
            return Optional.of(ZonedDateTime.parse(value));
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        try {
            return Optional.of(java.time.LocalDateTime.parse(value).atZone(ZoneOffset.UTC)); // no zone given: UTC
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        try {
            return Optional.of(LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value)
                    .atTime(LocalTime.NOON).atZone(ZoneOffset.UTC));
        } catch (DateTimeParseException ignored) {
            return Optional.empty();
        }
    }

    /** Jsoup's text() is already whitespace-normalised, except for no-break spaces: only those need the slow path. */
    private static String blockText(Element element) {
        String text = element.text();
        return text.indexOf('\u00a0') < 0 ? text : normalise(text);
    }

    /** An attribute as an absolute URL; resolving costs a URL parse, so an address already absolute is kept as is. */
    static String absolute(Element element, String attribute) {
        String value = element.attr(attribute).trim();
        if (value.startsWith("https://") || value.startsWith("http://")) {
            return value;
        }
        return element.absUrl(attribute);
    }

    static String normalise(String text) {
        // By hand rather than replaceAll("\\s+"): this runs on every block of every page.
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\u00a0' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** One block-level element of the body, flattened. */
    /**
     * A paragraph-sized piece of the body; a {@code teaser} is one whose text is mostly link text (a list of related
     * stories, "more on this"), the page's furniture rather than an entry's words.
     */
    record Block(String text, int headingLevel, List<String> links, List<String> media, boolean separator, boolean teaser) {

        Block(String text, int headingLevel, List<String> links, List<String> media, boolean separator) {
            this(text, headingLevel, links, media, separator, false);
        }

        static Block ofText(String text) {
            return new Block(text, 0, List.of(), List.of(), SEPARATOR.matcher(text).matches());
        }

        Block asTeaser() {
            return new Block(text, headingLevel, links, media, separator, !separator);
        }

        static Block of(Element element) {
            String tag = element.normalName();
            if (tag.equals("hr")) {
                return new Block("", 0, List.of(), List.of(), true);
            }
            String text = blockText(element);
            if (SEPARATOR.matcher(text).matches()) {
                return new Block("", 0, List.of(), List.of(), true);
            }
            int level = 0;
            if (tag.equals("h1")) {
                level = -1; // the page title, already known from the metadata
            } else if (HEADING.matcher(tag).matches()) {
                level = tag.charAt(1) - '0';
            } else if (tag.equals("p") && isBoldLine(element, text) && UpdateMarker.find(text).isEmpty()) {
                level = SECTION_LABEL.matcher(text).matches() && text.split("\\s+").length <= 2 ? -1 : BOLD_LINE_LEVEL;
            }
            List<String> links = new ArrayList<>();
            List<String> media = new ArrayList<>();
            boolean embed = isEmbed(element);
            // One walk of the block for its links and media: two selector queries per block cost more than the walk.
            for (Element e : element.getAllElements()) {
                String name = e.normalName();
                if (name.equals("a") && e.hasAttr("href")) {
                    String href = absolute(e, "href");
                    if (href.startsWith("http")) {
                        (embed ? media : links).add(href);
                    }
                } else if (MEDIA_TAGS.contains(name) && e.hasAttr("src")) {
                    String src = absolute(e, "src");
                    if (src.startsWith("http")) {
                        media.add(src);
                    }
                }
            }
            if (embed || tag.equals("figure") || level == -1) {
                text = "";
                level = 0;
            }
            boolean teaser = level == 0 && !text.isEmpty() && !tag.equals("p")
                    && linkedLength(element) >= TEASER_SHARE * text.length();
            return new Block(text, level, links, media, false, teaser);
        }

        private static boolean isEmbed(Element element) {
            String classes = element.className().toLowerCase(Locale.ROOT);
            return element.normalName().equals("blockquote")
                    && (classes.contains("twitter") || classes.contains("instagram") || classes.contains("tiktok")
                    || classes.contains("embed") || element.hasAttr("data-instgrm-permalink"));
        }

        private static boolean isBoldLine(Element p, String text) {
            if (text.isEmpty() || text.length() > 200) {
                return false;
            }
            String bold = normalise(p.select(BOLD).text());
            return bold.equals(text);
        }
    }
}
