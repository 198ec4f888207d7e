package io.sitrep.source;

import io.sitrep.SitrepProperties;
import org.jsoup.nodes.Document;

/** Where pages come from: the real fetcher, or the console replay that reveals the sample step by step. */
public interface PageSource {

    Document read(SitrepProperties.Source source) throws FetchException;
}
