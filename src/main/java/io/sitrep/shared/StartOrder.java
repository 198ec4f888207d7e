package io.sitrep.shared;

/**
 * When the long-running parts start ({@link org.springframework.context.SmartLifecycle} phases): the bot answers
 * before the HTTP ports open, so the first command does not wait for Tomcat and the management context to start
 * (Spring Boot 3.5 starts them at {@code Integer.MAX_VALUE - 2048} and {@code - 1536}); source polling and everything
 * else start after them at the default phase.
 */
public final class StartOrder {

    /** The inbox worker and the outbox sender: ready before updates arrive. */
    public static final int CHAT_WORKERS = Integer.MAX_VALUE - 8192;

    /** Telegram long polling: after the workers, before the web servers. */
    public static final int TELEGRAM_POLLING = Integer.MAX_VALUE - 4096;

    private StartOrder() {
    }
}
