package io.sitrep.source;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a page's JSON-LD updates against the blocks a reader sees, and lets what the reader sees win: each update
 * is matched to its block by id (the URL fragment) or by text; a matched update takes the block's time when the
 * JSON-LD times collapse to one instant or differ from the one shown, the block's full text when {@code articleBody}
 * was cut short, the block's own headline instead of the page's, and the block's own links and media.
 */
final class JsonLdReconciler {

    /** One JSON-LD update as read, with its {@code url}/{@code @id} and raw {@code datePublished}. */
    record Item(Draft draft, String url, String published) {
    }

    private static final int PREFIX = 48;

    private JsonLdReconciler() {
    }

    /**
     * Reconciles {@code items} in place, and adds the visible blocks newer than any JSON-LD update when it agrees with
     * the page otherwise (most of its updates matched); returns a clause for {@code analyze --explain}.
     */
    static String reconcile(List<Item> items, List<Draft> visible, String pageTitle, String pageUrl) {
        String title = key(pageTitle);
        Set<Instant> times = new HashSet<>();
        Map<String, Integer> headlines = new HashMap<>();
        for (Item item : items) {
            if (item.draft().time != null) {
                times.add(item.draft().time);
            }
            if (item.draft().headline != null) {
                headlines.merge(key(item.draft().headline), 1, Integer::sum);
            }
        }
        boolean collapsed = items.size() >= 2 && times.size() == 1;
        // The page's own headline on an update (or one headline on every update) says nothing about that update.
        for (Item item : items) {
            Draft d = item.draft();
            if (d.headline != null && (key(d.headline).equals(title) || items.size() >= 3 && headlines.get(key(d.headline)) * 2 >= items.size())) {
                d.headline = null;
            }
        }
        if (visible.isEmpty()) {
            return collapsed ? "; their times collapse to one instant and no timed blocks are visible to correct them" : "";
        }
        Map<String, Draft> byAnchor = new HashMap<>();
        for (Draft v : visible) {
            if (v.anchor != null) {
                byAnchor.put(v.anchor, v);
            }
        }
        Set<Draft> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        int matched = 0;
        int retimed = 0;
        int lengthened = 0;
        for (Item item : items) {
            Draft v = byFragment(item.url(), byAnchor);
            if (v == null || used.contains(v)) {
                v = byText(item.draft(), visible, used);
            }
            if (v == null) {
                continue;
            }
            used.add(v);
            matched++;
            Draft d = item.draft();
            if (v.time != null && (collapsed || d.time == null || Math.abs(v.time.getEpochSecond() - d.time.getEpochSecond()) >= 60)) {
                d.time = v.time;
                d.timeSource = v.timeSource;
                retimed++;
            }
            if (textLength(v) > textLength(d) + 10) {
                d.paragraphs.clear();
                d.paragraphs.addAll(v.paragraphs);
                lengthened++;
            }
            if (d.headline == null && v.headline != null) {
                d.headline = v.headline;
            }
            if (!v.links.isEmpty() || !v.media.isEmpty()) {
                d.links.clear();
                d.links.addAll(v.links);
                Set<String> own = new java.util.LinkedHashSet<>(v.media);
                d.media.clear();
                d.media.addAll(own);
            }
        }
        List<String> notes = new ArrayList<>();
        notes.add(matched + " of them matched to visible blocks");
        if (matched > 0 && matched * 2 >= items.size()) {
            // The JSON-LD agrees with the page but lags behind it: blocks newer than its newest update are added.
            Instant newest = items.stream().map(i -> i.draft().time).filter(java.util.Objects::nonNull)
                    .max(Instant::compareTo).orElse(Instant.MIN);
            boolean newestFirst = items.size() < 2 || items.get(0).draft().time == null
                    || items.get(items.size() - 1).draft().time == null
                    || !items.get(0).draft().time.isBefore(items.get(items.size() - 1).draft().time);
            int added = 0;
            for (Draft v : List.copyOf(visible)) {
                if (!used.contains(v) && v.time != null && v.time.isAfter(newest)) {
                    String url = v.anchor != null ? BlockReader.withoutFragment(pageUrl) + "#" + v.anchor : "";
                    Item item = new Item(v, url, v.time.toString());
                    if (newestFirst) {
                        items.add(added, item);
                    } else {
                        items.add(item);
                    }
                    added++;
                }
            }
            if (added > 0) {
                notes.add(added + " visible blocks missing from the JSON-LD added");
            }
        }
        if (collapsed) {
            notes.add("their times collapse to one instant");
        }
        if (retimed > 0) {
            notes.add(retimed + " take the time shown on the page");
        }
        if (lengthened > 0) {
            notes.add(lengthened + " take the longer text shown on the page");
        }
        return "; " + String.join(", ", notes);
    }

    private static Draft byFragment(String url, Map<String, Draft> byAnchor) {
        if (url == null || url.isEmpty()) {
            return null;
        }
        int hash = url.indexOf('#');
        String fragment = hash >= 0 ? url.substring(hash + 1) : url.substring(url.lastIndexOf('/') + 1);
        Draft found = byAnchor.get(fragment);
        if (found == null && fragment.startsWith("block-")) {
            found = byAnchor.get(fragment.substring("block-".length()));
        }
        if (found == null) {
            found = byAnchor.get("block-" + fragment);
        }
        return found;
    }

    private static Draft byText(Draft item, List<Draft> visible, Set<Draft> used) {
        String probe = item.paragraphs.isEmpty() ? key(item.headline) : key(item.paragraphs.get(0));
        if (probe.length() < 12) {
            return null;
        }
        String prefix = probe.length() > PREFIX ? probe.substring(0, PREFIX) : probe;
        for (Draft v : visible) {
            if (!used.contains(v) && key(String.join(" ", v.paragraphs) + " " + (v.headline == null ? "" : v.headline)).contains(prefix)) {
                return v;
            }
        }
        return null;
    }

    private static int textLength(Draft d) {
        int n = 0;
        for (String p : d.paragraphs) {
            n += p.length();
        }
        return n;
    }

    private static String key(String text) {
        if (text == null) {
            return "";
        }
        return LiveBlogParser.normalise(text).toLowerCase(Locale.ROOT).replaceAll("[\\s\u2026.]+$", "")
                .replace('\u2019', '\'').replace('\u201c', '"').replace('\u201d', '"');
    }
}
