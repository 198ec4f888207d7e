package io.sitrep.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The read-only dashboard API on the HTTP port.
 *
 * @param enabled whether {@code /api/**} is served at all
 * @param key     when set, every call must send it in {@code X-Api-Key}; required when the HTTP port is bound to
 *                anything but loopback
 */
@ConfigurationProperties("sitrep.api")
record ApiProperties(@DefaultValue("true") boolean enabled, String key) {

    public ApiProperties {
        key = key == null ? "" : key.trim();
    }

    public boolean hasKey() {
        return !key.isEmpty();
    }

    @Override
    public String toString() {
        return "ApiProperties[enabled=" + enabled + ", key=" + (key.isEmpty() ? "<none>" : "<set>") + "]";
    }
}
