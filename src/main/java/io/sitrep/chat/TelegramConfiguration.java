package io.sitrep.chat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;

import io.micrometer.core.instrument.MeterRegistry;
import io.sitrep.shared.SitrepMode;
import io.sitrep.shared.SitrepProperties;
import io.sitrep.shared.StartOrder;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.ExponentialBackOff;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Telegram mode: the Bot API client, updates into the inbox (by long polling, or through a webhook when
 * {@code sitrep.telegram.mode=webhook}), and the gateway the sender uses.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = SitrepMode.PROPERTY, havingValue = "telegram")
class TelegramConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TelegramConfiguration.class);

    static TelegramUrl telegramUrl(URI apiUrl) {
        String scheme = apiUrl.getScheme();
        int port = apiUrl.getPort() != -1 ? apiUrl.getPort() : scheme.equals("https") ? 443 : 80;
        return new TelegramUrl(scheme, apiUrl.getHost(), port, false);
    }

    @Bean
    TokenRedactor tokenRedactor(SitrepProperties properties) {
        return new TokenRedactor(properties.telegram().token());
    }

    @Bean
    TelegramStatus telegramStatus(Clock clock) {
        return new TelegramStatus(clock);
    }

    @Bean
    TelegramClient telegramClient(SitrepProperties properties, TelegramStatus status) {
        OkHttpClient http = new OkHttpClient.Builder().addInterceptor(status)
                .connectTimeout(Duration.ofSeconds(10)).readTimeout(Duration.ofSeconds(30)).build();
        return new OkHttpTelegramClient(TelegramJson.MAPPER, http, properties.telegram().token(),
                telegramUrl(properties.telegram().apiUrl()));
    }

    @Bean
    TelegramWarmUp telegramWarmUp(TelegramClient client) {
        return TelegramWarmUp.start(client);
    }

    @Bean
    BotIdentity botIdentity() {
        return new BotIdentity(null);
    }

    @Bean
    ChatGateway telegramChatGateway(TelegramClient client, TokenRedactor redactor) {
        return new TelegramChatGateway(client, redactor);
    }

    @Bean
    InboxStore inboxStore(JdbcClient jdbc) {
        return new InboxStore(jdbc);
    }

    @Bean
    InboxWorker inboxWorker(InboxStore inbox, IncomingMessageHandler handler, TransactionTemplate transactions,
                            MeterRegistry meters, Clock clock) {
        return new InboxWorker(inbox, handler, transactions, TelegramJson.MAPPER, meters, clock);
    }

    @Bean
    @ConditionalOnProperty(name = "sitrep.telegram.mode", havingValue = "webhook")
    TelegramWebhookReceiver telegramWebhookReceiver(InboxStore inbox, InboxWorker worker, MeterRegistry meters,
                                                    Clock clock, TelegramWebhookProperties webhook) {
        return new TelegramWebhookReceiver(inbox, worker, TelegramJson.MAPPER, meters, clock, webhook.webhookSecret());
    }

    @Bean
    @ConditionalOnProperty(name = "sitrep.telegram.mode", havingValue = "webhook")
    RouterFunction<ServerResponse> telegramWebhookRoute(TelegramWebhookReceiver receiver, TelegramWebhookProperties webhook) {
        return receiver.routes(webhook.path());
    }

    @Bean
    @ConditionalOnProperty(name = "sitrep.telegram.mode", havingValue = "webhook")
    TelegramWebhookRegistration telegramWebhookRegistration(TelegramClient client, BotIdentity identity,
                                                            TokenRedactor redactor, TelegramWebhookProperties webhook) {
        return new TelegramWebhookRegistration(client, identity, redactor, webhook);
    }

    @Bean
    @ConditionalOnProperty(name = "sitrep.telegram.mode", havingValue = "polling", matchIfMissing = true)
    TelegramUpdateReceiver telegramUpdateReceiver(InboxStore inbox, InboxWorker worker, Clock clock,
                                                  SitrepProperties properties, MeterRegistry meters) {
        return new TelegramUpdateReceiver(inbox, worker, TelegramJson.MAPPER, meters, clock,
                (int) properties.telegram().pollTimeout().toSeconds());
    }

    @Bean
    @ConditionalOnProperty(name = "sitrep.telegram.mode", havingValue = "polling", matchIfMissing = true)
    SmartLifecycle telegramLongPolling(SitrepProperties properties, TelegramUpdateReceiver receiver,
                                       TelegramWarmUp warmUp, BotIdentity identity, TelegramStatus status) {
        return new LongPolling(properties, receiver, warmUp, identity, status);
    }

    /** Starts and stops TelegramBots' long-polling session with the settings above. */
    static final class LongPolling implements SmartLifecycle {

        private final SitrepProperties properties;
        private final TelegramUpdateReceiver receiver;
        private final TelegramWarmUp warmUp;
        private final BotIdentity identity;
        private final TelegramStatus status;
        private TelegramBotsLongPollingApplication application;

        LongPolling(SitrepProperties properties, TelegramUpdateReceiver receiver, TelegramWarmUp warmUp, BotIdentity identity,
                    TelegramStatus status) {
            this.properties = properties;
            this.receiver = receiver;
            this.warmUp = warmUp;
            this.identity = identity;
            this.status = status;
        }

        @Override
        public void start() {
            try {
                User me = warmUp.me(); // asked while the context started
                identity.learn(me.getUserName());
                log.info("Connected to Telegram as @{}", me.getUserName());
            } catch (TelegramApiException e) {
                log.warn("getMe failed ({}); commands with any @suffix will be accepted until it succeeds",
                        new TokenRedactor(properties.telegram().token()).redact(e.getMessage()));
            }
            Duration pollTimeout = properties.telegram().pollTimeout();
            application = new TelegramBotsLongPollingApplication(() -> TelegramJson.MAPPER,
                    () -> new OkHttpClient.Builder().addInterceptor(status).connectTimeout(Duration.ofSeconds(10))
                            .readTimeout(pollTimeout.plusSeconds(15)).build(),
                    () -> Executors.newSingleThreadScheduledExecutor(r -> {
                        Thread t = new Thread(r, "telegram-long-polling");
                        t.setDaemon(true);
                        return t;
                    }),
                    ExponentialBackOff::new);
            TelegramUrl url = telegramUrl(properties.telegram().apiUrl());
            try {
                // Never log the returned session: its toString() prints the token.
                // The application starts out running, so registering the bot starts its session.
                application.registerBot(properties.telegram().token(), () -> url, receiver, receiver);
                log.info("Long polling {}://{}:{}", url.getSchema(), url.getHost(), url.getPort());
            } catch (TelegramApiException e) {
                throw new IllegalStateException("Telegram long polling could not start: "
                        + new TokenRedactor(properties.telegram().token()).redact(e.getMessage()));
            }
        }

        @Override
        public void stop() {
            if (application != null) {
                try {
                    application.close();
                } catch (Exception e) {
                    log.debug("Closing long polling: {}", e.getMessage());
                }
                application = null;
            }
        }

        @Override
        public boolean isRunning() {
            return application != null;
        }

        @Override
        public int getPhase() {
            return StartOrder.TELEGRAM_POLLING; // after the sender and workers are ready, before the web servers
        }
    }
}
