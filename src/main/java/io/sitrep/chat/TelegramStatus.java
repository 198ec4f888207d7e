package io.sitrep.chat;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Whether the Telegram Bot API answers: every call Sitrep makes (getUpdates, getMe, sends, setWebhook) passes
 * through this OkHttp interceptor, which remembers the last good answer and how long calls have been failing.
 */
public class TelegramStatus implements Interceptor {

    /** A snapshot: when Telegram last answered properly, and since when every call has failed (null when not). */
    public record Snapshot(Instant lastSuccess, Instant failingSince, String lastError) {
    }

    private final Clock clock;
    private Instant lastSuccess;
    private Instant failingSince;
    private String lastError;

    public TelegramStatus(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        String method = methodOf(chain.request().url().encodedPath());
        try {
            Response response = chain.proceed(chain.request());
            int code = response.code();
            // 401/404: bad token; 409: another getUpdates or a webhook holds the updates; 5xx: Telegram trouble.
            if (code == 401 || code == 404 || code == 409 || code >= 500) {
                failed(method + " answered HTTP " + code);
            } else {
                succeeded();
            }
            return response;
        } catch (IOException | RuntimeException e) {
            failed(method + " failed: " + e.getClass().getSimpleName());
            throw e;
        }
    }

    /** The Bot API method named by a request path such as {@code /bot<token>/getUpdates}; never the token. */
    static String methodOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash >= 0 && slash < path.length() - 1 ? path.substring(slash + 1) : "request";
    }

    synchronized void succeeded() {
        lastSuccess = clock.instant();
        failingSince = null;
        lastError = null;
    }

    synchronized void failed(String why) {
        if (failingSince == null) {
            failingSince = clock.instant();
        }
        lastError = why;
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(lastSuccess, failingSince, lastError);
    }
}
