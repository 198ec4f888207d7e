package io.sitrep.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.sitrep.shared.SitrepProperties;

/**
 * Reads a source once: its page, or with {@code follow} its index and the newest posts the index lists, each with a
 * conditional GET so unchanged pages are not parsed again. What a read learnt (validators, the followed posts) is
 * only kept once the read has been recorded, via {@link #remember}.
 */
class SourceReader {

    /**
     * One page of a read: parsed, or {@code page == null} when the server said it had not changed or sent the very
     * bytes of the last recorded read.
     *
     * @param bodyHash a digest of the bytes read (null after a 304), remembered with the read
     */
    record PageRead(String url, ParsedPage page, CacheValidators validators, String bodyHash) {

        PageRead(String url, ParsedPage page, CacheValidators validators) {
            this(url, page, validators, null);
        }
    }

    /**
     * One read of a source.
     *
     * @param pages    the pages read, oldest followed post first
     * @param followed with {@code follow}: the posts the index lists now (else the source's own URL)
     * @param index    with {@code follow}: the index's validators
     * @param problems one line per followed post that could not be read (the others still count)
     */
    record Reading(List<PageRead> pages, List<String> followed, CacheValidators index, List<String> problems) {

        /** The pages that were fetched and parsed (not the unchanged ones). */
        List<ParsedPage> parsed() {
            return pages.stream().map(PageRead::page).filter(java.util.Objects::nonNull).toList();
        }
    }

    private final PageSource pages;
    private final PageParser parser;
    private final FollowedPosts index;
    private final Map<String, CacheValidators> validators = new ConcurrentHashMap<>();
    /** A digest of each page's bytes at its last recorded read: the same bytes again are not parsed again. */
    private final Map<String, String> bodyHashes = new ConcurrentHashMap<>();
    private final Map<String, Integer> entryCounts = new ConcurrentHashMap<>();
    private final Map<String, List<String>> followedBySource = new ConcurrentHashMap<>();

    private final StorableEntries storable;
    private final io.micrometer.core.instrument.MeterRegistry meters;

    SourceReader(PageSource pages, PageParser parser, FeedParser feeds) {
        this(pages, parser, feeds, null);
    }

    SourceReader(PageSource pages, PageParser parser, FeedParser feeds, io.micrometer.core.instrument.MeterRegistry meters) {
        this.pages = pages;
        this.parser = parser;
        this.index = new FollowedPosts(feeds);
        this.storable = new StorableEntries(meters);
        this.meters = meters;
    }

    Reading read(SitrepProperties.Source source) throws FetchException {
        SourceFormat format = SourceFormat.of(source.format());
        if (source.follow() <= 0) {
            PageRead page = readPage(source, source.url(), format);
            return new Reading(List.of(page), List.of(source.url()), CacheValidators.NONE, List.of());
        }
        String indexKey = key(source, "index|" + source.url());
        List<String> followed = followedBySource.get(source.name());
        CacheValidators indexValidators = followed == null ? CacheValidators.NONE
                : validators.getOrDefault(indexKey, CacheValidators.NONE);
        FetchOutcome outcome = pages.read(source, source.url(), indexValidators);
        if (outcome instanceof FetchedPage fetched) {
            followed = index.newest(fetched, source.follow(), Pattern.compile(source.followMatch()));
            indexValidators = fetched.validators();
            if (followed.isEmpty()) {
                throw new FetchException("the index " + source.url() + " lists no posts to follow"
                        + (source.followMatch().isEmpty() ? "" : " matching '" + source.followMatch() + "'"));
            }
        }
        List<PageRead> reads = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> oldestFirst = new ArrayList<>(followed);
        java.util.Collections.reverse(oldestFirst);
        for (String post : oldestFirst) {
            try {
                reads.add(readPage(source, post, format));
            } catch (FetchException e) {
                problems.add(e.getMessage());
            }
        }
        if (reads.isEmpty()) {
            throw new FetchException("none of the " + followed.size() + " followed posts could be read: " + problems.get(0));
        }
        return new Reading(reads, followed, indexValidators, problems);
    }

    private PageRead readPage(SitrepProperties.Source source, String url, SourceFormat format) throws FetchException {
        String key = key(source, url);
        FetchOutcome outcome = pages.read(source, url, validators.getOrDefault(key, CacheValidators.NONE));
        if (outcome instanceof FetchedPage fetched) {
            // Many servers send no validators, or new ones for the same bytes: a page byte for byte as it was at
            // the last recorded read would parse into the same entries, so it is not parsed (nor analysed) again.
            String hash = Hashes.bodyHash(fetched.body());
            if (hash.equals(bodyHashes.get(key))) {
                unchanged(source, "identical");
                return new PageRead(url, null, fetched.validators(), hash);
            }
            ParsedPage parsed = storable.fit(parser.parse(fetched, format, source.name(), ParseHintsReader.of(source)),
                    url, source.name());
            return new PageRead(url, parsed, fetched.validators(), hash);
        }
        unchanged(source, "not-modified");
        return new PageRead(url, null, null);
    }

    private void unchanged(SitrepProperties.Source source, String why) {
        if (meters != null) {
            meters.counter("sitrep.poll.unchanged", "source", String.valueOf(source.name()), "reason", why).increment();
        }
    }

    /**
     * Keeps what a recorded read learnt, so the next read of an unchanged page is a cheap 304; pages set aside as
     * layout changes are left out, so they are fetched and parsed in full again.
     */
    void remember(SitrepProperties.Source source, Reading reading, Set<String> setAsidePageUrls) {
        for (PageRead read : reading.pages()) {
            String key = key(source, read.url());
            if (read.page() == null) {
                if (read.validators() != null && bodyHashes.containsKey(key)) {
                    validators.put(key, read.validators()); // the same bytes under new validators
                }
                continue;
            }
            if (setAsidePageUrls.contains(read.page().url())) {
                validators.remove(key);
                bodyHashes.remove(key);
            } else {
                validators.put(key, read.validators());
                if (read.bodyHash() != null) {
                    bodyHashes.put(key, read.bodyHash());
                }
                entryCounts.put(key, read.page().entries().size());
            }
        }
        if (source.follow() > 0) {
            followedBySource.put(source.name(), List.copyOf(reading.followed()));
            validators.put(key(source, "index|" + source.url()), reading.index());
            String prefix = source.name() + "|";
            Set<String> current = new java.util.HashSet<>();
            reading.followed().forEach(url -> current.add(key(source, url)));
            current.add(key(source, "index|" + source.url()));
            validators.keySet().removeIf(k -> k.startsWith(prefix) && !current.contains(k));
            entryCounts.keySet().removeIf(k -> k.startsWith(prefix) && !current.contains(k));
            bodyHashes.keySet().removeIf(k -> k.startsWith(prefix) && !current.contains(k));
        }
    }

    /** How many entries the source's pages held at their last good read. */
    int entries(SitrepProperties.Source source, Reading reading) {
        return reading.followed().stream().mapToInt(url -> entryCounts.getOrDefault(key(source, url), 0)).sum();
    }

    private static String key(SitrepProperties.Source source, String url) {
        return source.name() + "|" + url;
    }
}
