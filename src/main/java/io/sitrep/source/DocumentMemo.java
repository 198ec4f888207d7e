package io.sitrep.source;

import java.util.function.Supplier;

import org.jsoup.nodes.Document;

/**
 * Remembers, on the parsed document itself, what the page says about itself (its canonical URL, title, published
 * and modified times, language): each way of reading a page asks these again, and each answer walks the whole
 * document. Only for facts of the page as parsed; nothing that reads a page changes the document it asks about.
 */
final class DocumentMemo {

    private static final Object NONE = new Object();

    private DocumentMemo() {
    }

    /** The fact named {@code what} of this document, worked out by {@code compute} the first time it is asked. */
    @SuppressWarnings("unchecked")
    static <T> T once(Document document, String what, Supplier<T> compute) {
        String key = "sitrep." + what;
        Object known = document.attributes().userData(key);
        if (known == null) {
            T value = compute.get();
            document.attributes().userData(key, value == null ? NONE : value);
            return value;
        }
        return known == NONE ? null : (T) known;
    }
}
