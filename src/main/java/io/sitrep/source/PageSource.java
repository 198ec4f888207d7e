package io.sitrep.source;

import io.sitrep.shared.SitrepProperties;

/** Where pages come from: the real fetcher, or the console replay that reveals the sample step by step. */
interface PageSource {

    /**
     * Fetches one page of a source (its own URL, an index, or a post the index lists).
     *
     * @param previous what the last good read of this URL returned, for a conditional GET
     */
    FetchOutcome read(SitrepProperties.Source source, String url, CacheValidators previous) throws FetchException;
}
