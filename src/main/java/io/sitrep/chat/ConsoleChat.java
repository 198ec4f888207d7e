package io.sitrep.chat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import io.sitrep.shared.SitrepProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionTemplate;

/** Console mode's chat: each line typed in the terminal is a message from one local subscriber. */
class ConsoleChat implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ConsoleChat.class);

    private final IncomingMessageHandler handler;
    private final TransactionTemplate transactions;
    private final InputStream in;
    private final PrintStream out;
    private final long chatId;
    private volatile Thread thread;

    private final ConsoleButtons buttons;

    ConsoleChat(IncomingMessageHandler handler, TransactionTemplate transactions, InputStream in, PrintStream out,
                SitrepProperties properties, ConsoleButtons buttons) {
        this.buttons = buttons;
        this.handler = handler;
        this.transactions = transactions;
        this.in = in;
        this.out = out;
        this.chatId = properties.console().chatId();
    }

    private void run() {
        out.println();
        out.println("Sitrep console chat. Type /start to subscribe, /help for the commands. Ctrl-C quits.");
        out.print("> ");
        out.flush();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String text = line.strip();
                if (text.isEmpty()) {
                    out.print("> ");
                    out.flush();
                    continue;
                }
                IncomingMessage message = buttons.pressed(text)
                        .map(data -> IncomingMessage.callback(chatId, "private", "console", chatId, null, data, null))
                        .orElse(new IncomingMessage(chatId, "private", "console", chatId, null, text));
                try {
                    transactions.executeWithoutResult(status -> handler.handle(message));
                } catch (RuntimeException e) {
                    log.error("Console command failed", e);
                    out.println("Sorry, that failed: " + e.getMessage());
                }
            }
            log.info("Console input closed; Sitrep keeps running and printing pushes");
        } catch (java.io.IOException e) {
            log.warn("Console input unreadable: {}", e.getMessage());
        }
    }

    @Override
    public void start() {
        thread = new Thread(this::run, "console-chat");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        if (thread != null) {
            thread.interrupt();
            thread = null;
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
