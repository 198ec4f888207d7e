package io.sitrep.chat;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Webhook mode's start: learns the bot's name and tells Telegram where to post updates and which secret to send
 * (retrying until Telegram accepts), then asks getMe once a minute so the health check knows Telegram answers.
 */
class TelegramWebhookRegistration implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramWebhookRegistration.class);
    static final List<String> WANTED = List.of("message", "my_chat_member", "callback_query");

    private final TelegramClient client;
    private final BotIdentity identity;
    private final TokenRedactor redactor;
    private final TelegramWebhookProperties settings;
    private volatile ScheduledExecutorService scheduler;
    private volatile boolean registered;

    TelegramWebhookRegistration(TelegramClient client, BotIdentity identity, TokenRedactor redactor,
                                TelegramWebhookProperties settings) {
        this.client = client;
        this.identity = identity;
        this.redactor = redactor;
        this.settings = settings;
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "telegram-webhook");
            t.setDaemon(true);
            return t;
        });
        scheduler.execute(this::register);
        scheduler.scheduleWithFixedDelay(this::probe, 60, 60, TimeUnit.SECONDS);
    }

    void register() {
        probe();
        // SetWebhook's toString() prints the secret: never log the request itself.
        SetWebhook setWebhook = SetWebhook.builder().url(settings.webhookUrl().toString())
                .secretToken(settings.webhookSecret()).allowedUpdates(WANTED).build();
        try {
            client.execute(setWebhook);
            registered = true;
            log.info("Webhook set: Telegram posts updates to {}", settings.webhookUrl());
        } catch (TelegramApiException e) {
            log.warn("setWebhook failed ({}); retrying in 30s", redactor.redact(e.getMessage()));
            ScheduledExecutorService current = scheduler;
            if (current != null && !current.isShutdown()) {
                current.schedule(this::register, 30, TimeUnit.SECONDS);
            }
        }
    }

    private void probe() {
        try {
            User me = client.execute(new GetMe());
            identity.learn(me.getUserName());
        } catch (TelegramApiException | RuntimeException e) {
            log.warn("getMe failed: {}", redactor.redact(e.getMessage()));
        }
    }

    boolean registered() {
        return registered;
    }

    @Override
    public void stop() {
        ScheduledExecutorService current = scheduler;
        scheduler = null;
        if (current != null) {
            current.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
