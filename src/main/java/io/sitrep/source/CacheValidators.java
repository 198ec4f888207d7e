package io.sitrep.source;

/**
 * What a server said identifies the copy Sitrep last read ({@code ETag}, {@code Last-Modified}), sent back on the next
 * fetch so an unchanged page costs a {@code 304} and no parsing.
 */
public record CacheValidators(String etag, String lastModified) {

    /** Nothing known yet: the next fetch is unconditional. */
    public static final CacheValidators NONE = new CacheValidators(null, null);

    public boolean isEmpty() {
        return (etag == null || etag.isBlank()) && (lastModified == null || lastModified.isBlank());
    }
}
