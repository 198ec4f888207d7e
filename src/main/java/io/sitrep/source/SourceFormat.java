package io.sitrep.source;

import java.util.Locale;

/** How a page's entries are laid out, as a source's {@code format} setting names it. */
public enum SourceFormat {
    /** Chosen per fetch from what the page holds: a feed, JSON-LD updates, else inline markers. */
    AUTO,
    /** {@code UPDATE 2030 GMT:} markers and headlined stories in the article text. */
    INLINE,
    /** schema.org {@code LiveBlogPosting} with {@code liveBlogUpdate} items in {@code application/ld+json}. */
    JSONLD,
    /** RSS 2.0 or Atom: one entry per item. */
    FEED;

    /** The format a setting names ({@code auto}, {@code inline}, {@code jsonld}, {@code feed}). */
    public static SourceFormat of(String setting) {
        return setting == null || setting.isBlank() ? AUTO : valueOf(setting.trim().toUpperCase(Locale.ROOT));
    }

    /** The name used in settings and in {@code analyze} output. */
    public String settingName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
