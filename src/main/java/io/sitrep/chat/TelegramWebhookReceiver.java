package io.sitrep.chat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Webhook mode's door: accepts Telegram's POSTs only with the configured secret header, stores each update in the
 * inbox (which ignores an {@code update_id} it already holds) and answers at once; the inbox worker does the work.
 */
class TelegramWebhookReceiver {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Logger log = LoggerFactory.getLogger(TelegramWebhookReceiver.class);
    private static final int MAX_BODY = 1 << 20;

    private final InboxStore inbox;
    private final InboxWorker worker;
    private final ObjectMapper json;
    private final MeterRegistry meters;
    private final Clock clock;
    private final byte[] secret;

    TelegramWebhookReceiver(InboxStore inbox, InboxWorker worker, ObjectMapper json, MeterRegistry meters, Clock clock,
                            String secret) {
        this.inbox = inbox;
        this.worker = worker;
        this.json = json;
        this.meters = meters;
        this.clock = clock;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    RouterFunction<ServerResponse> routes(String path) {
        return RouterFunctions.route().POST(path, this::receive).build();
    }

    ServerResponse receive(ServerRequest request) throws Exception {
        String given = request.headers().firstHeader(SECRET_HEADER);
        if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
            meters.counter("sitrep.webhook.rejected").increment();
            return ServerResponse.status(HttpStatus.UNAUTHORIZED).build();
        }
        if (request.headers().contentLength().orElse(0) > MAX_BODY) {
            return refuse(HttpStatus.PAYLOAD_TOO_LARGE, "too-large");
        }
        // The cap holds while reading, whatever the transfer encoding: a chunked body has no Content-Length.
        byte[] body;
        try (InputStream in = request.servletRequest().getInputStream()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            return refuse(HttpStatus.PAYLOAD_TOO_LARGE, "too-large");
        }
        Update update;
        try {
            update = json.readValue(body, Update.class);
        } catch (JsonProcessingException | RuntimeException e) {
            log.warn("Webhook call with an unreadable update: {}",
                    e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getClass().getSimpleName());
            return refuse(HttpStatus.BAD_REQUEST, "unreadable");
        }
        if (update == null || update.getUpdateId() == null) {
            return refuse(HttpStatus.BAD_REQUEST, "no-update");
        }
        boolean stored = inbox.save(update.getUpdateId(), json.writeValueAsString(update), clock.instant());
        meters.counter("sitrep.webhook.updates", "result", stored ? "stored" : "duplicate").increment();
        if (stored) {
            worker.wake();
        }
        return ServerResponse.ok().build();
    }

    private ServerResponse refuse(HttpStatus status, String reason) {
        meters.counter("sitrep.webhook.refused", "reason", reason).increment();
        return ServerResponse.status(status).build();
    }
}
