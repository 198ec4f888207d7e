package io.sitrep.source;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads one live-blog block (an {@code <article>}, a post {@code <div>}, a microdata update) as an entry: its own
 * headline, paragraphs, links and media, without the block's time stamp, share buttons or byline.
 */
final class BlockReader {

    private static final Evaluator CHROME = QueryParser.parse(String.join(", ", LiveBlogParser.NOISE,
            "time", "[datetime]", "[class*=share]", "[class*=social]", "[class*=byline]", "[class*=author]", "[class*=timestamp]",
            "[class*=toolbar]", "[class*=reaction]", "[aria-hidden=true]", "[hidden]",
            // share buttons that name no "share" class: script links, "Share on ..." titles, share handlers
            "a[href^=javascript:]", "a[title^=share]", "[onclick*=share]"));
    private static final Evaluator HEADINGS = QueryParser.parse(
            "h1, h2, h3, h4, h5, h6, [itemprop=headline], [class*=headline], [class*=title]");
    private static final Evaluator TIMESTAMPS = QueryParser.parse("[datetime], [content], [data-timestamp], [data-time],"
            + " [data-date], [data-utc-time], [data-publishdate], [data-published], [data-datetime]");
    private static final Pattern META_LINE = Pattern.compile("^(?=.{0,80}$)[^.!?]*?\\b(?:\\d{1,2}[:.]\\d{2}\\b.*(?:\\d{4}|[ap]\\.?m\\.?|uhr|gmt|bst|utc)"
            + "|\\d{4}\\W+\\d{1,2}[:.]\\d{2}|\\d+\\s+(?:minutes?|hours?|mins?|hrs?)\\s+ago)[^.!?]*$", Pattern.CASE_INSENSITIVE);
    private static final Evaluator STAMPS = QueryParser.parse("time, [datetime]");
    private static final Evaluator HEADING_TAGS = QueryParser.parse("h1, h2, h3, h4, h5, h6, p");
    private static final java.util.Set<String> CONTENT = java.util.Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "blockquote", "figure", "figcaption", "td", "dd");
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");
    private static final Pattern EPOCH = Pattern.compile("\\d{10}(?:\\d{3})?");
    private static final Pattern SHARE_LINK = Pattern.compile(
            "(?i)^https?://(?:[a-z]+\\.)?(?:twitter\\.com/(?:intent|share)|x\\.com/intent|facebook\\.com/sharer|"
                    + "(?:api\\.)?whatsapp\\.com/send|wa\\.me/|t\\.me/share|linkedin\\.com/share|reddit\\.com/submit|"
                    + "pinterest\\.[a-z.]+/pin/create)");

    /**
     * Blocks read lately, by fingerprint and settings: a live blog's next poll brings mostly the same blocks. Bounded
     * (about 50 sources of 400 updates fit); an evicted block is only read again.
     */
    private static final Cache<String, Optional<Reading>> READINGS = Caffeine.newBuilder().maximumSize(50_000).build();
    private static final LongAdder BLOCKS_READ = new LongAdder();

    private BlockReader() {
    }

    /**
     * A stamp written without a zone ({@code 2024-07-18T11:48}): the page's local time, to be placed in the page's
     * zone, not read as UTC.
     */
    static Optional<java.time.LocalDateTime> localStamp(String value) {
        if (value == null || value.length() < 16 || value.length() > 29) {
            return Optional.empty();
        }
        try {
            return Optional.of(java.time.LocalDateTime.parse(value.trim().replace(' ', 'T')));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The time a stamp element or attribute gives (a {@code datetime}, epoch or ISO value), with a time of day. */
    static Optional<Instant> stampTime(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        if (EPOCH.matcher(v).matches()) {
            long n = Long.parseLong(v);
            Instant at = v.length() == 13 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
            // Only plausible publication times: a counter or an id is not one.
            return at.isAfter(EARLIEST) && at.isBefore(LATEST) ? Optional.of(at) : Optional.empty();
        }
        if (!v.contains(":")) {
            return Optional.empty(); // a date alone is not the time of an update
        }
        return LiveBlogParser.parseDateTime(v).or(() -> LiveBlogParser.parseDateTime(v.replace(' ', 'T')))
                .map(ZonedDateTime::toInstant);
    }

    /**
     * The block as a draft; {@code time}, when not null, is already known. Returns null for a block with no text.
     *
     * @param headlineSelector the operator's CSS for the headline inside a block, or null to find it
     */
    static Draft read(Element block, String pageUrl, String headlineSelector) {
        return read(block, pageUrl, headlineSelector, null);
    }

    /** The block as a draft, without what {@code dropSelector} (the operator's time selector, say) matches. */
    static Draft read(Element block, String pageUrl, String headlineSelector, String dropSelector) {
        return read(block, BlockFingerprint.of(block), pageUrl, headlineSelector, dropSelector);
    }

    /**
     * {@link #read(Element, String, String, String)} for a block whose {@link BlockFingerprint} is known: a block read
     * before with the same fingerprint and settings (an unchanged update on the next poll) is not read again.
     */
    static Draft read(Element block, String fingerprint, String pageUrl, String headlineSelector, String dropSelector) {
        String key = BlockFingerprint.with(fingerprint, pageUrl, headlineSelector, dropSelector);
        return READINGS.get(key, k -> Optional.ofNullable(Reading.of(readAnew(block, pageUrl, headlineSelector, dropSelector))))
                .map(Reading::draft).orElse(null);
    }

    /** How many blocks were read rather than recalled, since start-up (for tests). */
    static long blocksRead() {
        return BLOCKS_READ.sum();
    }

    /**
     * What reading one block gave, kept immutable: each recall is a fresh {@link Draft}, which the callers go on to
     * time and trim.
     */
    private record Reading(String headline, List<String> paragraphs, List<String> links, List<String> media) {

        static Reading of(Draft draft) {
            return draft == null ? null : new Reading(draft.headline, List.copyOf(draft.paragraphs),
                    List.copyOf(draft.links), List.copyOf(draft.media));
        }

        Draft draft() {
            Draft draft = new Draft(EntryKind.UPDATE, headline, null, null);
            draft.paragraphs.addAll(paragraphs);
            draft.links.addAll(links);
            draft.media.addAll(media);
            return draft;
        }
    }

    private static Draft readAnew(Element block, String pageUrl, String headlineSelector, String dropSelector) {
        BLOCKS_READ.increment();
        Element copy = block.clone();
        if (dropSelector != null && !dropSelector.isBlank()) {
            copy.select(dropSelector).remove();
        }
        Element headlineElement = null;
        if (headlineSelector != null && !headlineSelector.isBlank()) {
            headlineElement = copy.selectFirst(headlineSelector);
        }
        removeStampLines(copy);
        copy.select(CHROME).remove();
        // A block's header holds its time, byline and avatar, and perhaps its headline: keep only the headline.
        for (Element header : copy.select("header")) {
            if (headlineElement != null && header.parents().contains(headlineElement)) {
                continue;
            }
            Element heading = header.selectFirst("h1, h2, h3, h4, h5, h6");
            if (heading != null) {
                header.replaceWith(heading);
            } else {
                header.remove();
            }
        }
        if (headlineElement == null) {
            for (Element h : copy.select(HEADINGS)) {
                String text = LiveBlogParser.normalise(h.text());
                if (!text.isEmpty() && text.length() <= 300 && h.select("p").size() <= 1 && !h.is("[class*=body]")) {
                    headlineElement = h;
                    break;
                }
            }
        }
        String headline = null;
        if (headlineElement != null) {
            headline = stripClock(LiveBlogParser.normalise(headlineElement.text()));
            headlineElement.remove();
        }
        List<LiveBlogParser.Block> blocks = new ArrayList<>();
        LiveBlogParser.collectBlocks(copy, blocks);
        Draft draft = new Draft(EntryKind.UPDATE, headline == null || headline.isEmpty() ? null : headline, null, null);
        String page = withoutFragment(pageUrl);
        for (LiveBlogParser.Block b : blocks) {
            String text = b.text();
            if (draft.paragraphs.isEmpty()) {
                text = stripClock(text);
            }
            if (!text.isEmpty() && !b.separator()) {
                draft.paragraphs.add(text);
            }
            for (String link : b.links()) {
                if (!withoutFragment(link).equals(page) && !SHARE_LINK.matcher(link).find()) {
                    draft.links.add(link);
                }
            }
            draft.media.addAll(b.media());
        }
        dropMetaLines(draft.paragraphs);
        return draft.isEmpty() ? null : draft;
    }

    /**
     * A block's time stamp usually sits in a small line of its own with the byline ("21:22 Frances Watkins"): that
     * whole line goes, not only the time, up to (not into) a paragraph, heading or list item.
     */
    private static void removeStampLines(Element copy) {
        for (Element stamp : copy.select(STAMPS)) {
            Element line = stamp;
            for (Element up = stamp.parent(); up != null && up != copy && !CONTENT.contains(up.normalName())
                    && up.text().length() <= 80 && up.selectFirst(HEADING_TAGS) == null; up = up.parent()) {
                line = up;
            }
            line.remove();
        }
    }

    /** A short first or last line that is a byline with a date ("Jane Doe 14 August 2023 10:01") is not text. */
    private static void dropMetaLines(List<String> paragraphs) {
        if (!paragraphs.isEmpty() && META_LINE.matcher(paragraphs.get(paragraphs.size() - 1)).find()) {
            paragraphs.remove(paragraphs.size() - 1);
        }
        if (!paragraphs.isEmpty() && META_LINE.matcher(paragraphs.get(0)).find()) {
            paragraphs.remove(0);
        }
    }

    /** The first stamp in a block: a {@code datetime} or timestamp attribute that reads as an instant. */
    static Optional<Instant> firstStamp(Element block) {
        for (Element e : block.select(TIMESTAMPS)) {
            for (String attr : List.of("datetime", "data-timestamp", "data-time", "data-date", "data-utc-time",
                    "data-publishdate", "data-published", "data-datetime")) {
                if (e.hasAttr(attr)) {
                    Optional<Instant> at = stampTime(e.attr(attr));
                    if (at.isPresent()) {
                        return at;
                    }
                }
            }
            if (e.hasAttr("content") && e.attr("itemprop").toLowerCase(Locale.ROOT).startsWith("date")) {
                Optional<Instant> at = stampTime(e.attr("content"));
                if (at.isPresent()) {
                    return at;
                }
            }
        }
        return Optional.empty();
    }

    /** A block's own id, or the first id inside it that names a post, for a key that survives edits. */
    static String anchor(Element block) {
        if (!block.id().isEmpty()) {
            return block.id();
        }
        for (Element e : block.select("[id]")) {
            String id = e.id().toLowerCase(Locale.ROOT);
            if (id.contains("block") || id.contains("post") || id.contains("entry") || id.contains("update")) {
                return e.id();
            }
        }
        return null;
    }

    private static String stripClock(String text) {
        if (text.isEmpty() || !Character.isDigit(ClockText.asciiDigits(text.substring(0, 1)).charAt(0))) {
            return text;
        }
        return ClockText.atStart(text).map(ClockText.Found::rest).orElse(text);
    }

    static String withoutFragment(String url) {
        if (url == null) {
            return "";
        }
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }
}
