package io.sitrep.source;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.sitrep.shared.UrlRedactor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes what a parser read fit the {@code entry} table before it is compared and stored, so one entry with an
 * enormous headline or a page with an enormous canonical URL is trimmed (whole code points, counted and logged)
 * instead of failing the insert and with it the whole read. Secrets in a page URL (a source configured with a key
 * and no canonical link of its own) are redacted here too, since that URL is shown to readers as the entry's link.
 */
final class StorableEntries {

    /** {@code entry.headline} is {@code VARCHAR(4000)}. */
    static final int MAX_HEADLINE = 4000;
    /** {@code entry.page_url} is {@code VARCHAR(2000)}. */
    static final int MAX_PAGE_URL = 2000;

    private static final Logger log = LoggerFactory.getLogger(StorableEntries.class);

    private final MeterRegistry meters;

    StorableEntries(MeterRegistry meters) {
        this.meters = meters;
    }

    /**
     * The page with every entry storable.
     *
     * @param requestedUrl the address that was fetched, used when the page's own URL is too long to store
     */
    ParsedPage fit(ParsedPage page, String requestedUrl, String source) {
        String pageUrl = page.url() == null ? requestedUrl : page.url();
        if (UrlRedactor.hasSecrets(pageUrl)) {
            pageUrl = UrlRedactor.url(pageUrl);
            count(source, "secret-in-url");
        }
        if (pageUrl.length() > MAX_PAGE_URL) {
            String fallback = UrlRedactor.url(requestedUrl);
            log.warn("Source '{}': the page's URL is {} characters long (at most {} are stored); using {}", source,
                    pageUrl.length(), MAX_PAGE_URL, fallback.length() <= MAX_PAGE_URL ? "the fetched URL" : "it shortened");
            pageUrl = fallback.length() <= MAX_PAGE_URL ? fallback : cut(fallback, MAX_PAGE_URL);
            count(source, "page-url-too-long");
        }
        boolean changed = !pageUrl.equals(page.url());
        List<Entry> entries = new ArrayList<>(page.entries().size());
        for (Entry e : page.entries()) {
            // Entries carry the page's URL; one with a URL of its own keeps it, made storable the same way.
            Entry fitted = fit(e, java.util.Objects.equals(e.pageUrl(), page.url()) ? pageUrl : UrlRedactor.url(e.pageUrl()));
            if (fitted.headline().length() != e.headline().length()) {
                log.warn("Source '{}': entry {} has a {}-character headline; stored shortened to {}", source, e.id(),
                        e.headline().length(), fitted.headline().length());
                count(source, "headline-too-long");
            }
            changed |= fitted != e;
            entries.add(fitted);
        }
        if (!changed) {
            return page;
        }
        return new ParsedPage(pageUrl, page.title(), page.date(), entries, page.format(), page.windowed());
    }

    /** One entry shortened where it does not fit, with the given page URL; the same entry when it fits. */
    static Entry fit(Entry e, String pageUrl) {
        String headline = e.headline() == null ? "" : e.headline();
        String fittedHeadline = headline.length() > MAX_HEADLINE ? cut(headline, MAX_HEADLINE - 1) + "\u2026" : headline;
        String fittedUrl = pageUrl != null && pageUrl.length() > MAX_PAGE_URL ? cut(pageUrl, MAX_PAGE_URL) : pageUrl;
        if (fittedHeadline.equals(e.headline()) && java.util.Objects.equals(fittedUrl, e.pageUrl())) {
            return e;
        }
        return new Entry(e.id(), e.source(), fittedUrl, e.kind(), e.time(), fittedHeadline, e.paragraphs(), e.links(),
                e.media(), e.version(), e.position());
    }

    /** One entry made storable as it is (the last safety net before an insert). */
    static Entry fit(Entry e) {
        return fit(e, e.pageUrl());
    }

    /** At most {@code max} UTF-16 units of the text, never half of a surrogate pair. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    private void count(String source, String reason) {
        if (meters != null) {
            meters.counter("sitrep.entries.trimmed", "source", source, "reason", reason).increment();
        }
    }
}
