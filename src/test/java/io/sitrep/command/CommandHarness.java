package io.sitrep.command;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.sitrep.chat.Buttons;
import io.sitrep.chat.ChatGateway;
import io.sitrep.chat.IncomingMessage;
import io.sitrep.chat.IncomingMessageHandler;
import io.sitrep.chat.MemberStatus;
import io.sitrep.chat.MenuCommand;
import io.sitrep.chat.MenuScope;
import io.sitrep.chat.SendResult;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole application without Telegram, polling or sending, for command tests: messages go straight to the
 * handler, replies and pushes are read back from the outbox, time is a clock the test turns, and the chat gateway
 * records what it is asked. Test classes using the same properties (see SubscriptionCommandsTests) share one
 * application and its in-memory database, so each test uses chats of its own.
 */
public final class CommandHarness {

    public static final long OWNER = 42;
    public static final long EDITOR = 43;

    private CommandHarness() {
    }

    /** A queued outbox row read back. */
    public record Queued(long chatId, Integer threadId, String text, String buttons, int priority) {
    }

    /** Reads the outbox. */
    public static List<Queued> queuedFor(JdbcClient jdbc, long chatId) {
        return jdbc.sql("SELECT o.chat_id, o.thread_id, m.text, m.buttons, o.priority FROM outbox o JOIN message m ON m.id = o.message_id "
                        + "WHERE o.chat_id = ? AND o.state = 'PENDING' ORDER BY o.id")
                .param(chatId)
                .query((rs, i) -> new Queued(rs.getLong(1), (Integer) rs.getObject(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
                .list();
    }

    /** The text of the newest row queued for a chat. */
    public static String lastText(JdbcClient jdbc, long chatId) {
        List<Queued> all = queuedFor(jdbc, chatId);
        return all.isEmpty() ? "" : all.get(all.size() - 1).text();
    }

    /** Handles a message the way the inbox worker does: in one transaction. */
    public static void say(IncomingMessageHandler handler, TransactionTemplate tx, IncomingMessage message) {
        tx.executeWithoutResult(status -> handler.handle(message));
    }

    /** An UPDATE as a source would publish it. */
    public static io.sitrep.source.Entry update(String id, Instant time, String text) {
        return new io.sitrep.source.Entry(id, "Test Wire", "https://example.org/live", io.sitrep.source.EntryKind.UPDATE, time,
                io.sitrep.source.Sentences.first(text), List.of(text), List.of(), List.of(), "v" + Math.abs(text.hashCode()), 0);
    }

    /** Stores and publishes an entry the way the tracker does, inside one transaction. */
    public static void publish(org.springframework.context.ApplicationEventPublisher events, TransactionTemplate tx,
                               io.sitrep.source.Entry entry) {
        io.sitrep.source.EntryStore store = ((org.springframework.context.ApplicationContext) events).getBean(io.sitrep.source.EntryStore.class);
        tx.executeWithoutResult(status -> {
            if (store.findById(entry.id()).isPresent()) {
                store.update(entry, entry.time()); // seen before and back on the page, as the tracker does
            } else {
                store.insert(entry, entry.time());
            }
            events.publishEvent(new io.sitrep.source.EntryPublished(entry));
        });
    }

    public static IncomingMessage privateText(long userId, String text) {
        return new IncomingMessage(userId, "private", "Reader", userId, null, text);
    }

    public static IncomingMessage groupText(long chatId, long userId, Integer thread, String text) {
        return new IncomingMessage(chatId, "supergroup", "Front watchers", userId, thread, text);
    }

    public static IncomingMessage press(long chatId, long userId, String data) {
        return IncomingMessage.callback(chatId, chatId < 0 ? "supergroup" : "private", "Chat", userId, null, data, "cb-" + data);
    }

    /** A clock a test sets and moves. */
    public static final class TestClock extends Clock {

        private volatile Instant now = Instant.parse("2016-05-08T21:00:00Z");

        public void set(Instant instant) {
            now = instant;
        }

        public void advance(java.time.Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** A chat gateway that records calls and knows the admins a test names. */
    public static final class RecordingGateway implements ChatGateway {

        private final Map<Long, Set<Long>> admins = new ConcurrentHashMap<>();
        public final List<String> answers = new CopyOnWriteArrayList<>();
        public final List<MenuScope> menus = new CopyOnWriteArrayList<>();
        /** The newest menu set for each scope. */
        public final Map<MenuScope, List<MenuCommand>> menuCommands = new ConcurrentHashMap<>();
        public final AtomicInteger memberLookups = new AtomicInteger();

        public void makeAdmin(long chatId, long userId) {
            admins.computeIfAbsent(chatId, k -> ConcurrentHashMap.newKeySet()).add(userId);
        }

        @Override
        public SendResult send(long chatId, Integer threadId, String html, boolean paidBroadcast) {
            return new SendResult.Sent(1);
        }

        @Override
        public SendResult send(long chatId, Integer threadId, String html, Buttons buttons) {
            return new SendResult.Sent(1);
        }

        @Override
        public SendResult edit(long chatId, long messageId, String html) {
            return new SendResult.Sent(messageId);
        }

        @Override
        public SendResult answerCallback(String callbackId, String text) {
            answers.add(callbackId + "=" + text);
            return new SendResult.Sent(0);
        }

        @Override
        public MemberStatus memberStatus(long chatId, long userId) {
            memberLookups.incrementAndGet();
            return admins.getOrDefault(chatId, Set.of()).contains(userId) ? MemberStatus.ADMINISTRATOR : MemberStatus.MEMBER;
        }

        @Override
        public SendResult setCommands(MenuScope scope, List<MenuCommand> commands) {
            menus.add(scope);
            menuCommands.put(scope, List.copyOf(commands));
            return new SendResult.Sent(0);
        }

        /** Menus set for one app language, by scope and language code ("ar"). */
        public final Map<String, List<MenuCommand>> languageMenus = new ConcurrentHashMap<>();

        @Override
        public SendResult setCommands(MenuScope scope, String languageCode, List<MenuCommand> commands) {
            if (languageCode == null) {
                return setCommands(scope, commands);
            }
            languageMenus.put(scope + "|" + languageCode, List.copyOf(commands));
            return new SendResult.Sent(0);
        }
    }

    /** The test clock and gateway, preferred over the application's own. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }

        @Bean
        @Primary
        RecordingGateway recordingGateway() {
            return new RecordingGateway();
        }
    }
}
