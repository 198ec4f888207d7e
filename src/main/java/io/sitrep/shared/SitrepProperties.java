package io.sitrep.shared;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Every {@code sitrep.*} setting, validated at start-up; {@code config/application.yml} documents each key. */
@ConfigurationProperties("sitrep")
public record SitrepProperties(
        @DefaultValue Telegram telegram,
        List<Source> sources,
        List<Long> editors,
        @DefaultValue Console console,
        @DefaultValue Delivery delivery,
        @DefaultValue Fetch fetch) {

    public static final String SAMPLE_URL = "classpath:samples/syria-daily-2016-05-08.html";

    public SitrepProperties {
        sources = (sources == null || sources.isEmpty())
                ? List.of(new Source("Syria Daily (sample)", SAMPLE_URL, null))
                : List.copyOf(sources);
        for (int i = 0; i < sources.size(); i++) {
            sources.get(i).validate("sitrep.sources[" + i + "]");
        }
        long distinct = sources.stream().map(Source::name).distinct().count();
        if (distinct != sources.size()) {
            throw new InvalidSettingException("sitrep.sources", "two sources share a name; names must be unique");
        }
        editors = editors == null ? List.of() : List.copyOf(editors);
    }

    /** Telegram Bot API access. */
    public record Telegram(String token, @DefaultValue("https://api.telegram.org") URI apiUrl,
                           @DefaultValue("25s") Duration pollTimeout) {

        private static final Pattern TOKEN_SHAPE = Pattern.compile("\\d{3,15}:[A-Za-z0-9_-]{20,80}");

        public Telegram {
            token = token == null ? "" : token.trim();
            if (!token.isEmpty() && !TOKEN_SHAPE.matcher(token).matches()) {
                throw new InvalidSettingException("sitrep.telegram.token",
                        "not shaped like a bot token from @BotFather (digits, a colon, then letters, digits, '_' or '-')");
            }
            String scheme = apiUrl.getScheme() == null ? "" : apiUrl.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || apiUrl.getHost() == null) {
                throw new InvalidSettingException("sitrep.telegram.api-url", "must be an http(s) URL such as https://api.telegram.org");
            }
            if (pollTimeout.isNegative() || pollTimeout.toSeconds() > 50) {
                throw new InvalidSettingException("sitrep.telegram.poll-timeout", "must be between 0s and 50s");
            }
        }

        @Override
        public String toString() {
            return "Telegram[token=" + (token.isEmpty() ? "<none>" : "<set>") + ", apiUrl=" + apiUrl + "]";
        }
    }

    /**
     * One live blog to follow.
     *
     * @param format       how its page is read: {@code auto} (default, chosen from what the page holds), {@code inline}
     *                     (UPDATE markers in the text), {@code jsonld} (schema.org LiveBlogPosting) or {@code feed}
     *                     (RSS/Atom, one entry per item)
     * @param follow       0 (default): {@code url} is the live blog itself; N &gt; 0: {@code url} is a feed or an HTML
     *                     index page and the newest N live-blog posts it lists are read, each with {@code format}
     * @param followMatch  with {@code follow}: only posts whose link or title matches this regular expression (default:
     *                     every post the index lists)
     * @param allowPrivate fetch from loopback, private, link-local and cloud-metadata addresses (default false; tests)
     * @param entrySelector    Jsoup CSS for the page's entry blocks, when auto-detection reads the page wrong (default
     *                         empty: detect)
     * @param timeSelector     with {@code entrySelector}: CSS, inside a block, for the element holding its time
     * @param headlineSelector CSS, inside a block, for its headline
     * @param timeZone         zone of clock times the page shows without a label ({@code Europe/Berlin}, {@code CET},
     *                         {@code +02:00}); default: the page's metadata, else its language
     * @param language         the page's language tag ({@code de}, {@code en-GB}) when its markup does not say
     */
    public record Source(String name, String url, Duration pollInterval, String format, int follow, String followMatch,
                         boolean allowPrivate, String entrySelector, String timeSelector, String headlineSelector,
                         String timeZone, String language) {

        /** The formats a source can name. */
        public static final List<String> FORMATS = List.of("auto", "inline", "jsonld", "feed");

        /** The longest source name (the database stores up to 200 characters). */
        public static final int MAX_NAME = 200;

        /** The most posts one index can make Sitrep follow. */
        public static final int MAX_FOLLOW = 50;

        @ConstructorBinding
        public Source {
            pollInterval = pollInterval == null ? Duration.ofSeconds(60) : pollInterval;
            url = url == null ? "" : url.trim();
            name = (name == null || name.isBlank()) ? defaultName(url) : name.trim();
            format = (format == null || format.isBlank()) ? "auto" : format.trim().toLowerCase(Locale.ROOT);
            followMatch = followMatch == null ? "" : followMatch.trim();
            entrySelector = entrySelector == null ? "" : entrySelector.trim();
            timeSelector = timeSelector == null ? "" : timeSelector.trim();
            headlineSelector = headlineSelector == null ? "" : headlineSelector.trim();
            timeZone = timeZone == null ? "" : timeZone.trim();
            language = language == null ? "" : language.trim();
        }

        /** A source that leaves entry detection, time zone and language to the page. */
        public Source(String name, String url, Duration pollInterval, String format, int follow, String followMatch,
                      boolean allowPrivate) {
            this(name, url, pollInterval, format, follow, followMatch, allowPrivate, null, null, null, null, null);
        }

        /** A page read in {@code auto} format, no following, public addresses only. */
        public Source(String name, String url, Duration pollInterval) {
            this(name, url, pollInterval, null, 0, null, false);
        }

        void validate(String prefix) {
            String scheme = url.contains(":") ? url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT) : "";
            if (!List.of("http", "https", "file", "classpath").contains(scheme)) {
                throw new InvalidSettingException(prefix + ".url",
                        "'" + UrlRedactor.url(url) + "' must start with http://, https://, file: or classpath:");
            }
            if (name.length() > MAX_NAME) {
                throw new InvalidSettingException(prefix + ".name", "must be at most " + MAX_NAME + " characters");
            }
            if (pollInterval.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new InvalidSettingException(prefix + ".poll-interval", "must be at least 1s");
            }
            if (!FORMATS.contains(format)) {
                throw new InvalidSettingException(prefix + ".format", "'" + format + "' must be one of " + String.join(", ", FORMATS));
            }
            if (follow < 0 || follow > MAX_FOLLOW) {
                throw new InvalidSettingException(prefix + ".follow",
                        "must be between 0 (read the page itself) and " + MAX_FOLLOW + " (posts listed by an index)");
            }
            try {
                Pattern.compile(followMatch);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new InvalidSettingException(prefix + ".follow-match", "not a regular expression: " + e.getDescription());
            }
            checkSelector(prefix + ".entry-selector", entrySelector);
            checkSelector(prefix + ".time-selector", timeSelector);
            checkSelector(prefix + ".headline-selector", headlineSelector);
            // time-zone names (labels such as CET or "Kyiv time" included) are checked by the source module at start
            if (!language.isEmpty() && !language.matches("[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")) {
                throw new InvalidSettingException(prefix + ".language", "'" + language + "' is not a language tag (try de or en-GB)");
            }
        }

        private static void checkSelector(String property, String css) {
            if (css.isEmpty()) {
                return;
            }
            try {
                org.jsoup.select.QueryParser.parse(css);
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new InvalidSettingException(property, "'" + css + "' is not a CSS selector: " + e.getMessage());
            }
        }

        /** Never prints the URL's secrets (user-info, keys and tokens in the query). */
        @Override
        public String toString() {
            return "Source[name=" + name + ", url=" + UrlRedactor.url(url) + ", pollInterval=" + pollInterval
                    + ", format=" + format + ", follow=" + follow + ", followMatch=" + followMatch
                    + ", allowPrivate=" + allowPrivate + "]";
        }

        private static String defaultName(String url) {
            try {
                String host = URI.create(url).getHost();
                return Objects.requireNonNullElse(host, url);
            } catch (IllegalArgumentException e) {
                return url;
            }
        }
    }

    /**
     * How pages are fetched.
     *
     * @param timeout        the longest one fetch (connect, headers and body) may take
     * @param maxSize        pages (and their unzipped bodies) larger than this are refused
     * @param connectTimeout the longest a TCP/TLS connect may take
     * @param maxRedirects   redirects followed per fetch, each hop checked again
     * @param maxBackoff     the longest gap between polls of a source that keeps failing
     */
    public record Fetch(@DefaultValue("20s") Duration timeout, @DefaultValue("5MB") org.springframework.util.unit.DataSize maxSize,
                        @DefaultValue("10s") Duration connectTimeout, @DefaultValue("5") int maxRedirects,
                        @DefaultValue("1h") Duration maxBackoff) {

        @ConstructorBinding
        public Fetch {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new InvalidSettingException("sitrep.fetch.timeout", "must be positive, e.g. 20s");
            }
            if (maxSize.toBytes() < 1024 || maxSize.toBytes() > Integer.MAX_VALUE - 8) {
                throw new InvalidSettingException("sitrep.fetch.max-size", "must be between 1KB and 2GB, e.g. 5MB");
            }
            if (connectTimeout.isNegative() || connectTimeout.isZero()) {
                throw new InvalidSettingException("sitrep.fetch.connect-timeout", "must be positive, e.g. 10s");
            }
            if (maxRedirects < 0 || maxRedirects > 20) {
                throw new InvalidSettingException("sitrep.fetch.max-redirects", "must be between 0 and 20");
            }
            if (maxBackoff.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new InvalidSettingException("sitrep.fetch.max-backoff", "must be at least 1s, e.g. 1h");
            }
        }

        /** The defaults, as {@code sitrep.fetch} has them when nothing is set. */
        public Fetch(Duration timeout, org.springframework.util.unit.DataSize maxSize) {
            this(timeout, maxSize, Duration.ofSeconds(10), 5, Duration.ofHours(1));
        }
    }

    /** The terminal chat used when there is no bot token. */
    public record Console(@DefaultValue("true") boolean enabled, @DefaultValue("false") boolean replay,
                          @DefaultValue("5s") Duration replayInterval, @DefaultValue("1") long chatId) {
    }

    /**
     * Pacing and retry rules of the outbox sender, after Telegram's published limits.
     *
     * @param globalPerSecond     messages per second for the whole bot (Telegram: about 30)
     * @param privateChatInterval least gap between two messages to one private chat (about 1/s)
     * @param groupChatInterval   least gap between two messages to one group (20/minute)
     * @param maxAttempts         transient failures (5xx, timeouts) before a message becomes a dead letter
     * @param senderThreads       sends in flight at once; at least rate x Telegram's latency (1000/s x 50 ms = 50)
     * @param paidBroadcast       send pushes with {@code allow_paid_broadcast} (costs Stars) at {@code paidPerSecond}
     * @param paidPerSecond       the bot's rate while paid broadcast is on (Telegram: up to 1000)
     * @param retryBase           first backoff after a transient failure; doubles per attempt, with jitter
     * @param retryMax            the longest backoff
     * @param floodGlobalChats    this many chats answered 429 within a second means the limit hit was the bot's
     * @param floodGlobalRetry    a 429 asking to wait at least this long is taken as bot-wide too
     * @param maxPartsPerEntry    the most messages one entry is pushed as; a longer entry sends its first parts and
     *                            a link to the rest on the live blog
     */
    public record Delivery(@DefaultValue("30") int globalPerSecond,
                           @DefaultValue("1s") Duration privateChatInterval,
                           @DefaultValue("3s") Duration groupChatInterval,
                           @DefaultValue("10") int maxAttempts,
                           @DefaultValue("8") int senderThreads,
                           @DefaultValue("false") boolean paidBroadcast,
                           @DefaultValue("1000") int paidPerSecond,
                           @DefaultValue("1s") Duration retryBase,
                           @DefaultValue("10m") Duration retryMax,
                           @DefaultValue("3") int floodGlobalChats,
                           @DefaultValue("30s") Duration floodGlobalRetry,
                           @DefaultValue("3") int maxPartsPerEntry) {

        public Delivery {
            if (globalPerSecond < 1) {
                throw new InvalidSettingException("sitrep.delivery.global-per-second", "must be at least 1");
            }
            if (privateChatInterval.isNegative()) {
                throw new InvalidSettingException("sitrep.delivery.private-chat-interval", "must not be negative");
            }
            if (groupChatInterval.isNegative()) {
                throw new InvalidSettingException("sitrep.delivery.group-chat-interval", "must not be negative");
            }
            if (maxAttempts < 1) {
                throw new InvalidSettingException("sitrep.delivery.max-attempts", "must be at least 1");
            }
            if (senderThreads < 1 || senderThreads > 512) {
                throw new InvalidSettingException("sitrep.delivery.sender-threads", "must be between 1 and 512");
            }
            if (paidPerSecond < 1) {
                throw new InvalidSettingException("sitrep.delivery.paid-per-second", "must be at least 1");
            }
            if (retryBase.isNegative() || retryBase.isZero()) {
                throw new InvalidSettingException("sitrep.delivery.retry-base", "must be positive, e.g. 1s");
            }
            if (retryMax.compareTo(retryBase) < 0) {
                throw new InvalidSettingException("sitrep.delivery.retry-max", "must be at least sitrep.delivery.retry-base");
            }
            if (floodGlobalChats < 1) {
                throw new InvalidSettingException("sitrep.delivery.flood-global-chats", "must be at least 1");
            }
            if (floodGlobalRetry.isNegative() || floodGlobalRetry.isZero()) {
                throw new InvalidSettingException("sitrep.delivery.flood-global-retry", "must be positive, e.g. 30s");
            }
            if (maxPartsPerEntry < 1 || maxPartsPerEntry > 50) {
                throw new InvalidSettingException("sitrep.delivery.max-parts-per-entry", "must be between 1 and 50");
            }
        }

        /** The bot-wide rate pushes are paced at: the paid rate when paid broadcast is on. */
        public int pushPerSecond() {
            return paidBroadcast ? Math.max(paidPerSecond, globalPerSecond) : globalPerSecond;
        }
    }
}
