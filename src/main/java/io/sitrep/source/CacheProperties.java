package io.sitrep.source;

import io.sitrep.shared.InvalidSettingException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much of each source the in-memory cache keeps ({@code sitrep.cache}).
 *
 * @param perSource the newest entries kept per source, by time (1-5000, default 200): a blog whose JSON-LD holds
 *                  hundreds of old updates does not fill memory or {@code /latest} with them
 */
@ConfigurationProperties("sitrep.cache")
record CacheProperties(@DefaultValue("200") int perSource) {

    /** The defaults, for tools and tests without Spring. */
    public static final CacheProperties DEFAULTS = new CacheProperties(200);

    public CacheProperties {
        if (perSource < 1 || perSource > 5000) {
            throw new InvalidSettingException("sitrep.cache.per-source", "must be between 1 and 5000");
        }
    }
}
