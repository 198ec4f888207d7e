package io.sitrep.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.sitrep.shared.InvalidSettingException;

/**
 * Makes an H2 URL write each commit to disk at once, whatever the operator wrote: {@code WRITE_DELAY=0} is added
 * when the URL does not mention it, and a URL asking for a write delay is refused. Without it H2 keeps the last
 * half second of commits in memory, so a crash would send again every message confirmed in that half second.
 */
final class DurableH2Url {

    static final String PROPERTY = "spring.datasource.url";

    private static final String PREFIX = "jdbc:h2:";

    private DurableH2Url() {
    }

    static boolean isH2(String url) {
        return url != null && url.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    /** An in-memory database survives nothing, so how it writes commits does not matter. */
    static boolean isInMemory(String url) {
        return isH2(url) && url.regionMatches(true, PREFIX.length(), "mem:", 0, 4);
    }

    /**
     * The URL to connect with: unchanged when it is not an on-disk H2 database or already says
     * {@code WRITE_DELAY=0}; otherwise completed with {@code WRITE_DELAY=0} (and {@code DB_CLOSE_ON_EXIT=FALSE}, so
     * H2 does not close the database under the senders while Spring is still shutting them down).
     *
     * @throws InvalidSettingException when the URL asks for a write delay other than 0
     */
    static String complete(String url) {
        if (!isH2(url) || isInMemory(url)) {
            return url;
        }
        Optional<String> delay = setting(url, "WRITE_DELAY");
        if (delay.isPresent() && !isZero(delay.get())) {
            throw new InvalidSettingException(PROPERTY, "WRITE_DELAY=" + delay.get() + " lets H2 keep the last commits in "
                    + "memory, so a crash would send confirmed messages again; remove it (Sitrep sets WRITE_DELAY=0)");
        }
        StringBuilder completed = new StringBuilder(url);
        if (delay.isEmpty()) {
            completed.append(url.endsWith(";") ? "" : ";").append("WRITE_DELAY=0");
        }
        if (setting(url, "DB_CLOSE_ON_EXIT").isEmpty()) {
            completed.append(";DB_CLOSE_ON_EXIT=FALSE");
        }
        return completed.toString();
    }

    /**
     * Refuses driver properties (given beside the URL, e.g. {@code spring.datasource.hikari.data-source-properties})
     * that ask H2 for a write delay: H2 reads its settings from there too.
     */
    static void checkDriverProperties(Map<?, ?> properties, String propertyPrefix) {
        for (Map.Entry<?, ?> property : properties.entrySet()) {
            String key = String.valueOf(property.getKey()).trim();
            String value = String.valueOf(property.getValue()).trim();
            if (key.equalsIgnoreCase("WRITE_DELAY") && !isZero(value)) {
                throw new InvalidSettingException(propertyPrefix + "." + key, "WRITE_DELAY=" + value + " lets H2 keep the "
                        + "last commits in memory, so a crash would send confirmed messages again; remove it");
            }
        }
    }

    /** The value of one {@code ;KEY=VALUE} setting of an H2 URL (the last one wins, as in H2), keys in any case. */
    static Optional<String> setting(String url, String key) {
        String found = null;
        for (String part : settings(url)) {
            int equals = part.indexOf('=');
            if (equals > 0 && part.substring(0, equals).trim().equalsIgnoreCase(key)) {
                found = part.substring(equals + 1).trim();
            }
        }
        return Optional.ofNullable(found);
    }

    /** The {@code KEY=VALUE} parts after the database name; {@code \;} (inside an INIT script) does not split. */
    private static List<String> settings(String url) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = null;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '\\' && i + 1 < url.length() && url.charAt(i + 1) == ';') {
                if (current != null) {
                    current.append(';');
                }
                i++;
            } else if (c == ';') {
                if (current != null) {
                    parts.add(current.toString());
                }
                current = new StringBuilder();
            } else if (current != null) {
                current.append(c);
            }
        }
        if (current != null) {
            parts.add(current.toString());
        }
        return parts;
    }

    private static boolean isZero(String value) {
        try {
            return Integer.parseInt(value.trim()) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
