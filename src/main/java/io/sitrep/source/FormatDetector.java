package io.sitrep.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tells from a fetched page's first bytes (and, failing that, its content type) whether it is a feed or a web page. */
final class FormatDetector {

    private static final Pattern PROLOG = Pattern.compile(
            "^(?:\\ufeff|\u00ef\u00bb\u00bf)?(?:\\s+|<\\?xml[^>]*\\?>|<!--.*?-->|<\\?xml-stylesheet[^>]*\\?>)*", Pattern.DOTALL);

    private FormatDetector() {
    }

    /** True for RSS, Atom and RDF feeds; false for HTML, whatever the server calls it. */
    static boolean isFeed(FetchedPage page) {
        String head = page.head(2048);
        Matcher prolog = PROLOG.matcher(head);
        String rest = prolog.lookingAt() ? head.substring(prolog.end()) : head;
        if (rest.startsWith("<rss") || rest.startsWith("<feed") || rest.startsWith("<rdf:rdf")) {
            return true;
        }
        if (rest.startsWith("<!doctype html") || rest.startsWith("<html") || rest.startsWith("<head") || rest.startsWith("<body")) {
            return false;
        }
        String type = page.contentType().toLowerCase(java.util.Locale.ROOT);
        return type.contains("rss") || type.contains("atom");
    }
}
