package io.sitrep.delivery.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A fake Bot API for benchmarks, on 127.0.0.1 only, that enforces Telegram's limits the way a strict Telegram would:
 * bot-wide, at most the free rate (or the paid rate for {@code allow_paid_broadcast} messages) in any one-second
 * window; per chat 1 message/s (private) or 20/minute (groups), with 10% tolerance for network jitter. A message over a limit gets 429 with {@code retry_after}. It counts messages per second.
 */
public final class LimitedBotApi implements AutoCloseable {

    static {
        // The JDK server answers in two writes; without TCP_NODELAY, Nagle and delayed ACKs add ~40 ms per call.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** A bot-wide limit taken literally: at most {@code perSecond} messages in any one-second window. */
    private static final class Window {
        private final long[] arrivals;
        private int next;

        Window(int perSecond) {
            this.arrivals = new long[perSecond];
            java.util.Arrays.fill(arrivals, Long.MIN_VALUE / 2);
        }

        synchronized boolean take() {
            long now = System.nanoTime();
            if (now - arrivals[next] < 1_000_000_000L) {
                return false; // the message perSecond ago arrived less than a second ago
            }
            arrivals[next] = now;
            next = (next + 1) % arrivals.length;
            return true;
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(16);
    private final Window free;
    private final Window paid;
    private final Map<Long, Long> lastByChat = new ConcurrentHashMap<>();
    private final AtomicLong messageIds = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong tooMany = new AtomicLong();
    private final AtomicLong paidDelivered = new AtomicLong();
    private final AtomicLongArray perSecond = new AtomicLongArray(3600);
    private final AtomicLongArray tooManyPerSecond = new AtomicLongArray(3600);
    private final long startedNanos = System.nanoTime();
    private volatile long firstDeliveryMillis;

    public LimitedBotApi(int freePerSecond, int paidPerSecond) throws IOException {
        this.free = new Window(freePerSecond);
        this.paid = new Window(paidPerSecond);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
        server.createContext("/", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public long delivered() {
        return delivered.get();
    }

    public long paidDelivered() {
        return paidDelivered.get();
    }

    public long tooMany() {
        return tooMany.get();
    }

    public long firstDeliveryMillis() {
        return firstDeliveryMillis;
    }

    /** Messages delivered in each whole second since the server started. */
    public long deliveredInSecond(int second) {
        return perSecond.get(second);
    }

    public long tooManyInSecond(int second) {
        return tooManyPerSecond.get(second);
    }

    /** The second (since start) the server is in now. */
    public int second() {
        return (int) ((System.nanoTime() - startedNanos) / 1_000_000_000L);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            JsonNode body;
            try (InputStream in = exchange.getRequestBody()) {
                byte[] raw = in.readAllBytes();
                body = raw.length == 0 ? json.createObjectNode() : json.readTree(raw);
            }
            String answer = switch (method) {
                case "getme" -> "{\"ok\":true,\"result\":{\"id\":1,\"is_bot\":true,\"first_name\":\"Bench\",\"username\":\"bench_bot\"}}";
                case "getupdates" -> {
                    sleep(Math.min(500, body.path("timeout").asLong(0) * 1000));
                    yield "{\"ok\":true,\"result\":[]}";
                }
                case "sendmessage" -> send(body);
                case "editmessagetext" -> "{\"ok\":true,\"result\":true}";
                default -> "{\"ok\":true,\"result\":true}";
            };
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            int status = answer.startsWith("{\"ok\":false") ? 429 : 200;
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private String send(JsonNode body) {
        long chatId = body.path("chat_id").asLong();
        boolean paidBroadcast = body.path("allow_paid_broadcast").asBoolean(false);
        long now = System.nanoTime();
        long gap = chatId < 0 ? 3_000_000_000L : 1_000_000_000L;
        Long last = lastByChat.get(chatId);
        if (last != null && now - last < gap * 9 / 10) {
            return tooMany((int) Math.max(1, (gap - (now - last) + 999_999_999L) / 1_000_000_000L));
        }
        if (!(paidBroadcast ? paid : free).take()) {
            return tooMany(1);
        }
        lastByChat.put(chatId, now);
        long id = messageIds.incrementAndGet();
        delivered.incrementAndGet();
        if (paidBroadcast) {
            paidDelivered.incrementAndGet();
        }
        if (firstDeliveryMillis == 0) {
            firstDeliveryMillis = System.currentTimeMillis();
        }
        perSecond.incrementAndGet(Math.min(3599, second()));
        return "{\"ok\":true,\"result\":{\"message_id\":" + id + ",\"date\":" + (System.currentTimeMillis() / 1000)
                + ",\"chat\":{\"id\":" + chatId + ",\"type\":\"" + (chatId < 0 ? "group" : "private") + "\"}}}";
    }

    private String tooMany(int retryAfter) {
        tooMany.incrementAndGet();
        tooManyPerSecond.incrementAndGet(Math.min(3599, second()));
        return "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after " + retryAfter
                + "\",\"parameters\":{\"retry_after\":" + retryAfter + "}}";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
