package io.sitrep.chat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Readies the path of the first answer on a thread of its own while the rest of start-up goes on: it builds the Bot
 * API client (OkHttp's TLS set-up), makes its first call (a getMe, which also names the bot and loads the rest of
 * OkHttp) and warms the Telegram JSON (see {@link TelegramJson#warmUp()}). Long polling then uses that getMe's answer
 * instead of calling again; whoever uses the client before it is built waits for it.
 */
final class TelegramWarmUp {

    private static final Logger log = LoggerFactory.getLogger(TelegramWarmUp.class);

    private final CompletableFuture<TelegramClient> client = new CompletableFuture<>();
    private final CompletableFuture<User> me = new CompletableFuture<>();

    private TelegramWarmUp() {
    }

    /** Starts building and warming the client on a daemon thread and returns at once. */
    static TelegramWarmUp start(Supplier<TelegramClient> newClient) {
        TelegramWarmUp warmUp = new TelegramWarmUp();
        Thread thread = new Thread(() -> warmUp.run(newClient), "telegram-warm-up");
        thread.setDaemon(true);
        thread.start();
        return warmUp;
    }

    private void run(Supplier<TelegramClient> newClient) {
        TelegramClient built;
        try {
            built = newClient.get();
            client.complete(built);
        } catch (RuntimeException | Error e) {
            client.completeExceptionally(e);
            me.completeExceptionally(e);
            return;
        }
        try {
            me.complete(built.execute(new GetMe()));
        } catch (TelegramApiException | RuntimeException e) {
            me.completeExceptionally(e);
        }
        try {
            TelegramJson.warmUp();
        } catch (RuntimeException e) {
            log.debug("Telegram JSON warm-up: {}", e.getMessage()); // only a warm-up: the first command pays instead
        }
    }

    /** The client, usable at once: a call made before it is built waits for it. */
    TelegramClient client() {
        return (TelegramClient) Proxy.newProxyInstance(TelegramClient.class.getClassLoader(),
                new Class<?>[] {TelegramClient.class}, (proxy, method, args) -> call(proxy, method, args));
    }

    private Object call(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "TelegramClient built by the warm-up";
            };
        }
        TelegramClient built;
        try {
            built = client.join();
        } catch (CompletionException e) {
            throw e.getCause();
        }
        try {
            return method.invoke(built, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
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
