package io.sitrep.chat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Readies the path of the first answer on a thread of its own while the rest of start-up goes on: the Telegram JSON
 * (see {@link TelegramJson#warmUp()}), the Bot API client, whose first call (a getMe, which also names the bot)
 * loads OkHttp's classes and opens its connection, and then the texts' ICU formatting ({@code Texts#warmUp}). Long
 * polling then uses that getMe's answer instead of calling again.
 */
final class TelegramWarmUp {

    private static final Logger log = LoggerFactory.getLogger(TelegramWarmUp.class);

    private final CompletableFuture<User> me = new CompletableFuture<>();

    private TelegramWarmUp() {
    }

    /** Starts warming up on a daemon thread and returns at once. */
    static TelegramWarmUp start(TelegramClient client) {
        TelegramWarmUp warmUp = new TelegramWarmUp();
        Thread thread = new Thread(() -> warmUp.run(client), "telegram-warm-up");
        thread.setDaemon(true);
        thread.start();
        return warmUp;
    }

    private void run(TelegramClient client) {
        try {
            TelegramJson.warmUp();
        } catch (RuntimeException e) {
            log.debug("Telegram JSON warm-up: {}", e.getMessage()); // only a warm-up: the first command pays instead
        }
        try {
            me.complete(client.execute(new GetMe()));
        } catch (TelegramApiException | RuntimeException e) {
            me.completeExceptionally(e);
        }
        try {
            io.sitrep.language.Texts.bundles().warmUp(); // after getMe, which long polling waits for
        } catch (RuntimeException e) {
            log.debug("Texts warm-up: {}", e.getMessage());
        }
    }

    /** The bot's own user from the warm-up's getMe, waiting for it (bounded by the client's timeouts). */
    User me() throws TelegramApiException {
        try {
            return me.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TelegramApiException("interrupted while waiting for getMe", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TelegramApiException api) {
                throw api;
            }
            throw new TelegramApiException(String.valueOf(e.getCause().getMessage()), e.getCause());
        }
    }
}
