package io.sitrep.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

/**
 * Fetches an {@code http(s)} page the way a guest should: conditional GET, gzip, timeouts, a size cap, redirects
 * followed one checked hop at a time, one request per host at a time, and no private or metadata addresses unless the
 * source allows them.
 *
 * <p>Built on {@link java.net.http.HttpClient} rather than Jsoup's connection: Sitrep needs the raw bytes (feeds go to
 * Rome, not to an HTML parser), must see every 3xx to check the next hop's address itself, must see a 304 as a normal
 * answer, and needs a deadline over the whole exchange that really cancels it (a slow body included). HttpClient gives
 * all of that in the JDK, with connection reuse and HTTP/2, and without Jsoup's built-in redirect and charset handling
 * that would hide those steps.
 */
final class PoliteFetcher {

    static final String USER_AGENT = "Sitrep/0.1 (live-blog briefing bot; +https://github.com/sitrep-bot)";
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final Supplier<HttpClient> newClient;
    private volatile HttpClient client;
    private final AddressGuard guard;
    private final HostGate gate;
    private final Duration timeout;
    private final int maxBytes;
    private final int maxRedirects;

    PoliteFetcher(HttpClient client, AddressGuard guard, HostGate gate, Duration timeout, int maxBytes, int maxRedirects) {
        this(() -> client, guard, gate, timeout, maxBytes, maxRedirects);
    }

    /**
     * A fetcher that builds its client at the first fetch: an HttpClient starts a selector thread and loads much of
     * java.net.http, which start-up (and a bot whose sources are all files) has no need to pay for.
     */
    PoliteFetcher(Supplier<HttpClient> newClient, AddressGuard guard, HostGate gate, Duration timeout, int maxBytes,
                  int maxRedirects) {
        this.newClient = newClient;
        this.guard = guard;
        this.gate = gate;
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.maxRedirects = maxRedirects;
    }

    /** The client every fetch shares: redirects are never followed by it (we do that, hop by hop). */
    static HttpClient client(Duration connectTimeout) {
        return HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_2).build();
    }

    private HttpClient client() {
        HttpClient built = client;
        if (built == null) {
            synchronized (this) {
                built = client;
                if (built == null) {
                    built = newClient.get();
                    client = built;
                }
            }
        }
        return built;
    }

    FetchOutcome fetch(String url, CacheValidators previous, boolean allowPrivate) throws FetchException {
        long deadline = System.nanoTime() + timeout.toNanos();
        URI current = parse(url);
        Set<URI> visited = new HashSet<>();
        for (int hop = 0; ; hop++) {
            String scheme = current.getScheme() == null ? "" : current.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new FetchException("refusing " + (hop == 0 ? "" : "a redirect to ") + "'" + current
                        + "': only http and https are fetched from the web");
            }
            if (!visited.add(current)) {
                throw new FetchException("redirect loop at " + current + " (from " + url + ")");
            }
            if (!allowPrivate) {
                guard.check(current); // again after every redirect: a public page may point at 127.0.0.1
            }
            HttpResponse<byte[]> response = exchange(current, previous, deadline);
            int status = response.statusCode();
            if (REDIRECTS.contains(status)) {
                String location = response.headers().firstValue("Location").orElse("");
                if (location.isBlank()) {
                    throw new FetchException("HTTP " + status + " without a Location from " + current);
                }
                if (hop >= maxRedirects) {
                    throw new FetchException("too many redirects (more than " + maxRedirects + ") from " + url);
                }
                current = resolve(current, location);
                continue;
            }
            if (status == 304) {
                return new Unchanged(url);
            }
            if (status == 429 || status == 503) {
                Duration wait = retryAfter(response.headers().firstValue("Retry-After").orElse(""));
                throw new FetchException("HTTP " + status + " from " + current
                        + (wait == null ? "" : " (asked to retry after " + wait.toSeconds() + "s)"), wait);
            }
            if (status < 200 || status > 299) {
                throw new FetchException("HTTP " + status + " from " + current);
            }
            byte[] body = decode(response, current);
            CacheValidators validators = new CacheValidators(response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null));
            return new FetchedPage(url, current.toString(), response.headers().firstValue("Content-Type").orElse(""),
                    body, validators);
        }
    }

    private HttpResponse<byte[]> exchange(URI uri, CacheValidators previous, long deadline) throws FetchException {
        Duration left = Duration.ofNanos(deadline - System.nanoTime());
        if (left.isNegative() || left.isZero()) {
            throw timedOut(uri);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(left)
                .header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5")
                .header("Accept-Encoding", "gzip");
        if (uri.getScheme().equalsIgnoreCase("http")) {
            request.version(HttpClient.Version.HTTP_1_1); // no h2c upgrade dance with plain-text servers
        }
        if (previous.etag() != null && !previous.etag().isBlank()) {
            request.header("If-None-Match", previous.etag());
        }
        if (previous.lastModified() != null && !previous.lastModified().isBlank()) {
            request.header("If-Modified-Since", previous.lastModified());
        }
        int port = uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
        try (HostGate.Pass pass = gate.enter(uri.getHost(), port, timeout.multipliedBy(2))) {
            CompletableFuture<HttpResponse<byte[]>> future = client().sendAsync(request.build(), this::cappedBody);
            try {
                long wait = Math.max(1, deadline - System.nanoTime());
                return future.get(wait, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                future.cancel(true);
                throw timedOut(uri);
            } catch (InterruptedException e) {
                future.cancel(true);
                Thread.currentThread().interrupt();
                throw new FetchException("interrupted reading " + uri, e);
            } catch (ExecutionException e) {
                throw explain(e.getCause(), uri);
            }
        }
    }

    /** A {@code Retry-After} value (seconds or an HTTP date) as a wait from now; null when absent or unreadable. */
    static Duration retryAfter(String value) {
        String v = value.trim();
        if (v.matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(v));
        }
        try {
            java.time.ZonedDateTime at = java.time.ZonedDateTime.parse(v, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(java.time.Instant.now(), at.toInstant());
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private FetchException timedOut(URI uri) {
        return new FetchException("timed out after " + timeout.toSeconds() + "s reading " + uri);
    }

    private FetchException explain(Throwable failure, URI uri) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TooLarge) {
                return new FetchException(tooLarge(uri), t);
            }
            if (t instanceof HttpConnectTimeoutException) {
                return new FetchException("timed out connecting to " + uri.getHost(), t);
            }
            if (t instanceof HttpTimeoutException) {
                return new FetchException(timedOut(uri).getMessage(), t);
            }
            if (t instanceof ConnectException) {
                return new FetchException("cannot connect to " + uri.getHost() + ": " + t.getMessage(), t);
            }
        }
        return new FetchException(failure.getClass().getSimpleName() + " reading " + uri + ": " + failure.getMessage(), failure);
    }

    private String tooLarge(URI uri) {
        return "page is larger than " + describe(maxBytes) + " (sitrep.fetch.max-size): " + uri;
    }

    static String describe(int bytes) {
        return bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }

    private byte[] decode(HttpResponse<byte[]> response, URI uri) throws FetchException {
        String encoding = response.headers().firstValue("Content-Encoding").orElse("identity").trim().toLowerCase(Locale.ROOT);
        byte[] raw = response.body() == null ? new byte[0] : response.body();
        if (encoding.isEmpty() || encoding.equals("identity")) {
            return raw;
        }
        if (!encoding.equals("gzip") && !encoding.equals("x-gzip")) {
            throw new FetchException("unsupported Content-Encoding '" + encoding + "' from " + uri);
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
            byte[] body = in.readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                throw new FetchException(tooLarge(uri) + " (unzipped)");
            }
            return body;
        } catch (IOException e) {
            throw new FetchException("broken gzip body from " + uri + ": " + e.getMessage(), e);
        }
    }

    private HttpResponse.BodySubscriber<byte[]> cappedBody(HttpResponse.ResponseInfo info) {
        if (info.statusCode() < 200 || info.statusCode() > 299) {
            return HttpResponse.BodySubscribers.replacing(null); // redirects, 304 and errors: the body is not read
        }
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        return new CappedBody(maxBytes, declared);
    }

    private static URI parse(String url) throws FetchException {
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null) {
                throw new FetchException("no host in '" + url + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new FetchException("not a URL: '" + url + "': " + e.getReason(), e);
        }
    }

    private static URI resolve(URI base, String location) throws FetchException {
        try {
            String next = base.resolve(new URI(location.trim())).normalize().toString();
            int fragment = next.indexOf('#');
            return new URI(fragment < 0 ? next : next.substring(0, fragment));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException("bad redirect Location '" + location + "' from " + base, e);
        }
    }

    /** The body went past the size cap. */
    private static final class TooLarge extends IOException {
        TooLarge() {
            super("body larger than the limit");
        }
    }

    /**
     * Collects a body into memory and gives up (cancelling the download) as soon as it passes the cap. Each buffer
     * is copied once, straight into an array of the declared length when the server gave one (a 1.3 MB page was
     * copied four times before: a millisecond of an unchanged poll, and as much garbage).
     */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

        private static final int UNDECLARED_START = 64 * 1024;

        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final int max;
        private final boolean declaredTooLarge;
        private byte[] bytes;
        private int size;
        private Flow.Subscription subscription;

        CappedBody(int max, long declared) {
            this.max = max;
            this.declaredTooLarge = declared > max;
            this.bytes = new byte[declared >= 0 && declared <= max ? (int) declared : Math.min(max, UNDECLARED_START)];
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (declaredTooLarge) {
                s.cancel();
                result.completeExceptionally(new TooLarge());
            } else {
                s.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                int length = buffer.remaining();
                if ((long) size + length > max) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                if (size + length > bytes.length) { // no length declared, or more than declared
                    bytes = Arrays.copyOf(bytes, (int) Math.min(max, Math.max((long) size + length, 2L * bytes.length)));
                }
                buffer.get(bytes, size, length);
                size += length;
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(size == bytes.length ? bytes : Arrays.copyOf(bytes, size));
        }
    }
}
