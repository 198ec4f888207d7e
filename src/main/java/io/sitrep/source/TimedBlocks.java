package io.sitrep.source;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * Finds a page's entries as repeated sibling blocks that each carry a time: a {@code <time datetime>}, a timestamp
 * attribute, or a clock at the block's start; the shape most newsroom systems and live-blog plugins give a page. The
 * container whose children carry the most times wins; a list of teasers (mostly link text) is not a live blog.
 */
final class TimedBlocks {

    /** What the search found: the blocks as drafts, and in words why they were (or were not) taken. */
    record Found(List<Draft> drafts, double score, String explanation, Element inlineContainer) {

        Found(List<Draft> drafts, double score, String explanation) {
            this(drafts, score, explanation, null);
        }
    }

    // The page's noise, except asides and footers: a block often keeps its own time in one.
    private static final Evaluator NOISE = QueryParser.parse(LiveBlogParser.NOISE.replace("\"aside\", ", "")
            .replace("aside, ", "").replace("footer, ", "").replace(".entry-meta", ".sharedaddy"));
    private static final Evaluator TIME_ELEMENTS = QueryParser.parse("[datetime]");
    private static final Evaluator DATA_ATTRIBUTES = QueryParser.parse("[^data-]");
    private static final Pattern STAMP_ATTRIBUTE = Pattern.compile(
            "data-(?:[a-z]+-)*(?:timestamp|time|date|datetime|publishdate|published|published-at|created|epoch)");
    // Stamps that are not when the block was published: edits, players, counters, caches.
    private static final Pattern OTHER_STAMP = Pattern.compile(
            "modif|updat|refresh|player|max|sort|rank|hide|duration|read|expir|countdown|server|load|cache|end|run");
    private static final Pattern EDITED = Pattern.compile(
            "(?i)updat|aktualisiert|modifi|mis à jour|bearbeitet|geändert|aggiornat|actualiza|oppdatert|uppdaterad");
    private static final Set<String> FLAT = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "span", "strong", "b", "time",
            "a", "em", "i", "li", "dt", "dd");
    private static final int MIN_BLOCKS = 3;
    /** The link share of blocks seen lately, by {@link BlockFingerprint}: the next poll brings mostly the same blocks. */
    private static final Cache<String, Double> LINK_SHARES = Caffeine.newBuilder().maximumSize(50_000).build();

    private enum Kind { TIME_ELEMENT, TIMESTAMP_ATTRIBUTE, CLOCK_AT_START }

    private record Anchor(Element element, Kind kind, Instant instant, ClockText.Found clock, java.time.LocalDateTime local) {

        Anchor(Element element, Kind kind, Instant instant, ClockText.Found clock) {
            this(element, kind, instant, clock, null);
        }
    }

    private TimedBlocks() {
    }

    static Found find(Document document, String pageUrl, ParseHints hints) {
        Element body = document.body();
        if (body == null) {
            return new Found(List.of(), 0, "timed-blocks: the page has no body");
        }
        List<Anchor> anchors = anchors(body);
        if (anchors.size() < MIN_BLOCKS) {
            return new Found(List.of(), 0, "timed-blocks: " + anchors.size() + " timed element(s), too few to be a live blog");
        }
        // For every ancestor of every time, the distinct children that hold a time: the live container is the one
        // with the most, and of two equal ones the deeper.
        Map<Element, Map<Element, Anchor>> byContainer = new IdentityHashMap<>();
        Map<Element, Integer> depth = new IdentityHashMap<>();
        for (Anchor anchor : anchors) {
            Element child = anchor.element();
            for (Element parent = child.parent(); parent != null && parent != body.parent(); parent = parent.parent()) {
                Map<Element, Anchor> children = byContainer.computeIfAbsent(parent, p -> new LinkedHashMap<>());
                Anchor held = children.get(child);
                if (held == null || held.kind().ordinal() > anchor.kind().ordinal()) {
                    children.put(child, anchor);
                }
                depth.putIfAbsent(parent, depthOf(parent));
                child = parent;
            }
        }
        Element best = null;
        double bestScore = 0;
        String bestWhy = "";
        List<Draft> bestDrafts = List.of();
        List<Map.Entry<Element, Map<Element, Anchor>>> ranked = new ArrayList<>(byContainer.entrySet());
        ranked.removeIf(e -> e.getValue().size() < MIN_BLOCKS);
        ranked.sort((a, b) -> a.getValue().size() != b.getValue().size() ? b.getValue().size() - a.getValue().size()
                : depth.get(b.getKey()) - depth.get(a.getKey()));
        int tried = 0;
        Element inlineContainer = null;
        java.time.ZoneId[] zoneOnce = new java.time.ZoneId[1];
        java.util.function.Supplier<java.time.ZoneId> pageZone = () -> zoneOnce[0] != null ? zoneOnce[0]
                : (zoneOnce[0] = PageZone.of(document, hints));
        StringBuilder rejected = new StringBuilder();
        for (Map.Entry<Element, Map<Element, Anchor>> candidate : ranked) {
            if (tried++ == 4) {
                break;
            }
            Element container = candidate.getKey();
            Map<Element, Anchor> items = candidate.getValue();
            long flat = items.keySet().stream().filter(e -> FLAT.contains(e.normalName())).count();
            if (flat * 2 > items.size()) {
                if (inlineContainer == null) {
                    inlineContainer = container;
                }
                rejected.append("; ").append(describe(container)).append(": ").append(items.size())
                        .append(" times open headings or paragraphs, not blocks (inline markers)");
                continue;
            }
            List<Draft> drafts = new ArrayList<>();
            int linky = 0;
            boolean wallClock = wallClock(items.values(), document, pageZone);
            for (Map.Entry<Element, Anchor> item : items.entrySet()) {
                Element block = item.getKey();
                String fingerprint = BlockFingerprint.of(block);
                if (LINK_SHARES.get(fingerprint, k -> linkShare(block)) > 0.6) {
                    linky++;
                    continue;
                }
                Draft draft = BlockReader.read(block, fingerprint, pageUrl, hints.headlineSelector(), null);
                if (draft == null) {
                    continue;
                }
                Anchor anchor = item.getValue();
                if (wallClock && anchor.kind() == Kind.TIME_ELEMENT && anchor.local() == null) {
                    // Its "Z" is wrong: the stamp holds the newsroom's clock, so it is dated and zoned like one.
                    anchor = new Anchor(anchor.element(), anchor.kind(), anchor.instant(), null,
                            java.time.LocalDateTime.ofInstant(anchor.instant(), java.time.ZoneOffset.UTC));
                }
                if (anchor.local() != null) {
                    // A stamp without a zone is the page's local time: dated and zoned like a clock.
                    draft.day = anchor.local().toLocalDate();
                    draft.localTime = anchor.local().toLocalTime();
                } else if (anchor.instant() != null) {
                    draft.time = anchor.instant();
                } else {
                    draft.localTime = anchor.clock().time();
                    draft.zone = anchor.clock().zone();
                }
                draft.timeSource = switch (anchor.kind()) {
                    case TIME_ELEMENT -> "time-element";
                    case TIMESTAMP_ATTRIBUTE -> "timestamp-attribute";
                    case CLOCK_AT_START -> "clock-at-start";
                };
                draft.anchor = BlockReader.anchor(block);
                drafts.add(draft);
            }
            if (linky * 2 > items.size()) {
                rejected.append("; ").append(describe(container)).append(": ").append(items.size())
                        .append(" timed blocks, but mostly links (teasers)");
                continue;
            }
            if (drafts.size() < MIN_BLOCKS) {
                rejected.append("; ").append(describe(container)).append(": too few blocks with text");
                continue;
            }
            drafts = withoutRepeats(drafts);
            dropRepeatedHeadlines(drafts);
            // Each block counts by how much it says: a post of a sentence or more counts 1, a teaser title little.
            double score = 0;
            for (Draft d : drafts) {
                int length = (d.headline == null ? 0 : d.headline.length()) + String.join(" ", d.paragraphs).length();
                score += Math.min(1.0, length / 80.0);
            }
            score *= 1.1;
            if (score > bestScore) {
                best = container;
                bestScore = score;
                bestDrafts = drafts;
                bestWhy = drafts.size() + " blocks under " + describe(container) + " each with a time ("
                        + drafts.get(0).timeSource + ")" + (wallClock ? ", their stamps marked UTC read as the page's"
                        + " local clock (the newest would be later than the page's own modified time, or each shows its"
                        + " stamp's UTC clock while the page shows its own stamp in its zone)" : "");
            } else {
                rejected.append("; ").append(describe(container)).append(": ").append(drafts.size())
                        .append(" timed blocks saying less (score ").append(String.format(java.util.Locale.ROOT, "%.1f", score))
                        .append(")");
            }
        }
        if (best == null) {
            return new Found(List.of(), 0, "timed-blocks: no container of timed blocks" + rejected, inlineContainer);
        }
        return new Found(bestDrafts, bestScore, "timed-blocks: " + bestWhy + rejected, inlineContainer);
    }

    private static boolean wallClock(java.util.Collection<Anchor> anchors, Document document,
                                     java.util.function.Supplier<java.time.ZoneId> zone) {
        List<Element> stamps = anchors.stream().filter(a -> a.kind() == Kind.TIME_ELEMENT && a.local() == null)
                .map(Anchor::element).toList();
        return stamps.size() >= MIN_BLOCKS && WallClockStamps.areWallClock(stamps, document, zone);
    }

    /** A pinned post repeats a block further down: keep the copy with the better time, else the first. */
    private static List<Draft> withoutRepeats(List<Draft> drafts) {
        Map<String, Draft> byText = new LinkedHashMap<>();
        for (Draft d : drafts) {
            String key = d.headline + "\n" + String.join("\n", d.paragraphs) + "\n" + d.media;
            Draft seen = byText.get(key);
            if (seen == null || rank(d) < rank(seen)) {
                byText.remove(key);
                byText.put(key, d);
            }
        }
        return new ArrayList<>(byText.values());
    }

    /** A headline most blocks share ("Women's World Cup", the page's name) is a label, not that block's headline. */
    static void dropRepeatedHeadlines(List<Draft> drafts) {
        Map<String, Integer> counts = new HashMap<>();
        for (Draft d : drafts) {
            if (d.headline != null) {
                counts.merge(d.headline, 1, Integer::sum);
            }
        }
        for (Draft d : drafts) {
            if (d.headline != null && drafts.size() >= 3 && counts.get(d.headline) * 2 >= drafts.size()) {
                d.headline = null;
            }
        }
    }

    private static int rank(Draft d) {
        return "time-element".equals(d.timeSource) ? 0 : "timestamp-attribute".equals(d.timeSource) ? 1 : 2;
    }

    /**
     * The page's times in one walk of the body: {@code <time datetime>} elements first, then timestamp attributes, then
     * clocks opening a text, each kind in page order.
     */
    private static List<Anchor> anchors(Element body) {
        List<Anchor> times = new ArrayList<>();
        List<Anchor> stamps = new ArrayList<>();
        List<Anchor> clocks = new ArrayList<>();
        Map<Element, Boolean> noise = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (TIME_ELEMENTS.matches(body, e)) {
                        timeElement(e, noise, times);
                    }
                    if (DATA_ATTRIBUTES.matches(body, e)) {
                        timestampAttribute(e, noise, stamps);
                    }
                } else if (node instanceof TextNode text && text.parentNode() instanceof Element parent) {
                    clockAtStart(text, parent, noise, clocks);
                }
            }

            @Override
            public void tail(Node node, int depth) {
            }
        }, body);
        List<Anchor> anchors = new ArrayList<>(times.size() + stamps.size() + clocks.size());
        anchors.addAll(times);
        anchors.addAll(stamps);
        anchors.addAll(clocks);
        return anchors;
    }

    private static void timeElement(Element time, Map<Element, Boolean> noise, List<Anchor> into) {
        Optional<Instant> at = BlockReader.stampTime(time.attr("datetime"));
        // "Updated at 12.08" is when a block was edited, not when it was published.
        boolean edited = EDITED.matcher(time.text()).find() || EDITED.matcher(time.attr("title")).find();
        if (at.isPresent() && !edited && !insideNoise(time, noise)) {
            into.add(new Anchor(time, Kind.TIME_ELEMENT, at.get(), null,
                    BlockReader.localStamp(time.attr("datetime")).orElse(null)));
        }
    }

    private static void timestampAttribute(Element e, Map<Element, Boolean> noise, List<Anchor> into) {
        for (Attribute attribute : e.attributes()) {
            String key = attribute.getKey();
            if (STAMP_ATTRIBUTE.matcher(key).matches() && !OTHER_STAMP.matcher(key).find()) {
                Optional<Instant> at = BlockReader.stampTime(attribute.getValue());
                if (at.isPresent() && !insideNoise(e, noise)) {
                    into.add(new Anchor(e, Kind.TIMESTAMP_ATTRIBUTE, at.get(), null,
                            BlockReader.localStamp(attribute.getValue()).orElse(null)));
                    return;
                }
            }
        }
    }

    private static void clockAtStart(TextNode text, Element parent, Map<Element, Boolean> noise, List<Anchor> into) {
        String value = text.getWholeText();
        int first = 0;
        while (first < value.length() && Character.isWhitespace(value.charAt(first))) {
            first++;
        }
        if (first == value.length() || !Character.isDigit(value.charAt(first))) {
            return;
        }
        if (parent.hasAttr("datetime") || parent.normalName().equals("script")) {
            return;
        }
        Optional<ClockText.Found> clock = ClockText.atStart(value).filter(ClockText.Found::marker);
        if (clock.isPresent() && isFirstText(parent, text) && !insideNoise(parent, noise)) {
            into.add(new Anchor(parent, Kind.CLOCK_AT_START, null, clock.get()));
        }
    }

    private static boolean isFirstText(Element parent, TextNode text) {
        for (Node sibling = text.previousSibling(); sibling != null; sibling = sibling.previousSibling()) {
            if (sibling instanceof TextNode t && !t.isBlank() || sibling instanceof Element e && e.hasText()) {
                return false;
            }
        }
        return true;
    }

    private static boolean insideNoise(Element element, Map<Element, Boolean> memo) {
        List<Element> walked = new ArrayList<>();
        boolean noise = false;
        for (Element e = element; e != null; e = e.parent()) {
            Boolean known = memo.get(e);
            if (known != null) {
                noise = known;
                break;
            }
            walked.add(e);
            if (e.is(NOISE)) {
                noise = true;
                break;
            }
        }
        // Everything walked below a noisy element is noise; below a clean one, each was checked and is clean.
        for (Element e : walked) {
            memo.put(e, noise);
        }
        return noise;
    }

    private static double linkShare(Element block) {
        int all = block.text().length();
        for (Element stamp : block.select(TIME_ELEMENTS)) {
            all -= stamp.text().length();
        }
        if (all <= 0) {
            return 1;
        }
        int linked = 0;
        for (Element a : block.select("a")) {
            boolean permalink = a.selectFirst(TIME_ELEMENTS) != null;
            linked += permalink ? 0 : a.text().length();
        }
        return (double) linked / all;
    }

    private static int depthOf(Element element) {
        int d = 0;
        for (Element e = element; e != null; e = e.parent()) {
            d++;
        }
        return d;
    }

    static String describe(Element element) {
        StringBuilder out = new StringBuilder(element.normalName());
        if (!element.id().isEmpty()) {
            out.append('#').append(element.id());
        } else if (!element.className().isBlank()) {
            out.append('.').append(element.className().trim().split("\\s+")[0]);
        }
        return out.toString();
    }
}
