package io.sitrep.source;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Selector;

/**
 * Finds a web page's entries by every way Sitrep knows (JSON-LD, microdata or RDFa, timed blocks, inline markers,
 * or the operator's selectors), scores each, and keeps the one that explains the page best; the page says which
 * won ({@link ParsedPage#strategy()}) and why ({@link ParsedPage#explanation()}).
 */
final class EntryDiscovery {

    private final LiveBlogParser inline;
    private final JsonLdLiveBlogParser jsonLd;

    EntryDiscovery(LiveBlogParser inline, JsonLdLiveBlogParser jsonLd) {
        this.inline = inline;
        this.jsonLd = jsonLd;
    }

    ParsedPage read(Document document, String sourceName, ParseHints hints, SourceFormat format) {
        String pageUrl = LiveBlogParser.canonicalUrl(document);
        Optional<ZonedDateTime> published = LiveBlogParser.publishedTime(document);
        LocalDate date = published.map(ZonedDateTime::toLocalDate).orElse(null);
        ZoneId zone = PageZone.of(document, hints);
        // A clock without a date is on the page's day where its clocks are read: in its zone, not in UTC.
        LocalDate today = published.map(p -> p.withZoneSameInstant(zone).toLocalDate()).orElseGet(inline::today);
        List<String> why = new ArrayList<>();

        if (hints.hasEntrySelector()) {
            List<Draft> drafts = configured(document, pageUrl, hints);
            DraftTimes.assign(drafts, today, zone);
            why.add("configured: " + drafts.size() + " blocks match entry-selector '" + hints.entrySelector() + "'");
            return page(document, sourceName, pageUrl, date, drafts, "configured", why);
        }

        TimedBlocks.Found blocks = TimedBlocks.find(document, pageUrl, hints);
        TimedBlocks.Found micro = MicrodataUpdates.find(document, pageUrl, hints);
        TimedBlocks.Found visible = micro.score() >= blocks.score() ? micro : blocks;
        String visibleName = visible == micro ? "microdata" : "timed-blocks";
        DraftTimes.assign(visible.drafts(), today, zone);

        com.fasterxml.jackson.databind.JsonNode posting = jsonLd.livePosting(document);
        if (format == SourceFormat.JSONLD || format == SourceFormat.AUTO && JsonLdLiveBlogParser.holdsUpdates(posting)) {
            ParsedPage read = jsonLd.parse(document, sourceName, visible.drafts(), posting);
            if (!read.entries().isEmpty() || format == SourceFormat.JSONLD) {
                why.addAll(read.explanation());
                why.add(micro.explanation() + (visible == micro && !micro.drafts().isEmpty() ? " (used to check the JSON-LD)" : ""));
                why.add(blocks.explanation() + (visible == blocks && !blocks.drafts().isEmpty() ? " (used to check the JSON-LD)" : ""));
                why.add("inline-markers: not tried, JSON-LD updates are the strongest evidence");
                why.set(0, why.get(0) + " -> chosen");
                return read.withDiscovery("jsonld", read.timeSources(), why);
            }
            why.add("jsonld: the LiveBlogPosting holds no readable update");
        } else {
            why.add("jsonld: no LiveBlogPosting with updates");
        }

        ParsedPage markers = inline.parse(document, sourceName, hints);
        double markerScore = score(markers);
        if (blocks.inlineContainer() != null) {
            // The clocks that open headings or paragraphs sit in this element: read the markers there too.
            ParsedPage there = inline.parse(document, sourceName, hints, blocks.inlineContainer());
            double thereScore = score(there);
            // As good a reading from the element that holds the clocks leaves out what follows it (teasers, videos).
            if (thereScore >= markerScore && thereScore > 0) {
                why.add(markers.explanation().get(0) + String.format(java.util.Locale.ROOT, " (score %.1f, no more than in %s)",
                        markerScore, TimedBlocks.describe(blocks.inlineContainer())));
                markers = there;
                markerScore = thereScore;
            }
        }
        boolean visibleWins = visible.score() > markerScore;
        why.add(micro.explanation() + (visible == micro && visibleWins ? " -> chosen" : ""));
        why.add(blocks.explanation() + (visible == blocks && visibleWins ? " -> chosen" : ""));
        why.add(markers.explanation().get(0) + String.format(java.util.Locale.ROOT, " (score %.1f against %.1f)",
                markerScore, visible.score()) + (visibleWins ? "" : " -> chosen"));
        if (visibleWins) {
            return page(document, sourceName, pageUrl, date, visible.drafts(), visibleName, why);
        }
        return markers.withDiscovery("inline-markers", markers.timeSources(), why);
    }

    private static double score(ParsedPage page) {
        double score = 0;
        for (Entry e : page.entries()) {
            score += e.time() != null ? 1 : 0.3;
        }
        return score;
    }

    private ParsedPage page(Document document, String sourceName, String pageUrl, LocalDate date, List<Draft> drafts,
                            String strategy, List<String> why) {
        EntryIds.Result result = EntryIds.entries(drafts, sourceName, pageUrl);
        return new ParsedPage(pageUrl, LiveBlogParser.title(document), date, result.entries(), SourceFormat.INLINE, false,
                strategy, result.timeSources(), why);
    }

    private static List<Draft> configured(Document document, String pageUrl, ParseHints hints) {
        List<Draft> drafts = new ArrayList<>();
        List<Element> blocks;
        try {
            blocks = document.select(hints.entrySelector());
        } catch (Selector.SelectorParseException | IllegalArgumentException e) {
            return drafts; // validated at start-up; a bad selector finds nothing rather than stopping the source
        }
        for (Element block : blocks) {
            Draft draft = BlockReader.read(block, pageUrl, hints.headlineSelector(), hints.timeSelector());
            if (draft == null) {
                continue;
            }
            Element timeElement = hints.timeSelector() == null || hints.timeSelector().isBlank() ? null
                    : block.selectFirst(hints.timeSelector());
            Optional<Instant> stamp = Optional.empty();
            String clockText = block.text();
            if (timeElement != null) {
                for (String attr : List.of("datetime", "content", "data-timestamp", "data-time", "data-date")) {
                    stamp = stamp.or(() -> BlockReader.stampTime(timeElement.attr(attr)));
                }
                clockText = timeElement.text();
            } else {
                stamp = BlockReader.firstStamp(block);
            }
            if (stamp.isPresent()) {
                draft.time = stamp.get();
                draft.timeSource = timeElement != null ? "time-selector" : "time-element";
            } else {
                Optional<ClockText.Found> clock = ClockText.atStart(clockText);
                if (clock.isPresent()) {
                    draft.localTime = clock.get().time();
                    draft.zone = clock.get().zone();
                    draft.timeSource = timeElement != null ? "time-selector" : "clock-at-start";
                }
            }
            draft.anchor = BlockReader.anchor(block);
            drafts.add(draft);
        }
        return drafts;
    }
}
