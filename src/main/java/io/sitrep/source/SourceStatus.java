package io.sitrep.source;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.sitrep.shared.UrlRedactor;
import org.springframework.stereotype.Component;

/** The health of each source: last good read, last error, and how many reads failed. */
@Component
public class SourceStatus {

    /** One source's health. */
    public record Health(Instant lastSuccess, Instant lastError, String lastErrorMessage, long errors, int entries) {
    }

    private final Map<String, Health> bySource = new ConcurrentHashMap<>();

    void success(String source, Instant at, int entries) {
        bySource.merge(source, new Health(at, null, null, 0, entries),
                (old, x) -> new Health(at, old.lastError(), old.lastErrorMessage(), old.errors(), entries));
    }

    /** Records a failed read; the message is kept with any URL in it redacted, since readers see it in /sources. */
    void failure(String source, Instant at, String problem) {
        String message = UrlRedactor.text(problem);
        bySource.merge(source, new Health(null, at, message, 1, 0),
                (old, x) -> new Health(old.lastSuccess(), at, message, old.errors() + 1, old.entries()));
    }

    public Map<String, Health> all() {
        return Map.copyOf(bySource);
    }

    public Health of(String source) {
        return bySource.getOrDefault(source, new Health(null, null, null, 0, 0));
    }
}
