package io.sitrep.source;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Lets one request at a time go to each host, however many sources live there. */
final class HostGate {

    /** Held while a request to a host is under way; closing lets the next one go. */
    interface Pass extends AutoCloseable {
        @Override
        void close();
    }

    private final Map<String, Semaphore> byHost = new ConcurrentHashMap<>();

    Pass enter(String host, int port, Duration patience) throws FetchException {
        String key = host.toLowerCase(Locale.ROOT) + ":" + port;
        Semaphore permit = byHost.computeIfAbsent(key, k -> new Semaphore(1, true));
        try {
            if (!permit.tryAcquire(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new FetchException("timed out after " + patience.toSeconds() + "s waiting for another request to " + host);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted waiting to fetch from " + host, e);
        }
        return permit::release;
    }
}
