package io.sitrep.command;

import static io.sitrep.command.CommandHarness.lastText;
import static io.sitrep.command.CommandHarness.privateText;
import static io.sitrep.command.CommandHarness.queuedFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.sitrep.shared.SitrepProperties;
import io.sitrep.chat.IncomingMessage;
import io.sitrep.chat.IncomingMessageHandler;
import io.sitrep.source.SourcePoller;
import io.sitrep.subscription.SubscriberStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** /latest paging, /search, /sources, settings buttons, and the bot joining, leaving and following a migration. */
@CommandContextTest
class BrowsingAndGroupTests {

    @Autowired
    IncomingMessageHandler handler;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SourcePoller poller;
    @Autowired
    SitrepProperties properties;
    @Autowired
    SubscriberStore subscribers;
    @Autowired
    CommandHarness.TestClock clock;
    @Autowired
    io.sitrep.source.EntryCache cache;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    private void say(IncomingMessage message) {
        CommandHarness.say(handler, tx, message);
    }

    @BeforeEach
    void readTheSampleOnly() {
        clock.set(Instant.parse("2016-05-08T21:00:00Z"));
        poller.poll(properties.sources().get(0));
        cache.put("Newsroom", java.util.List.of()); // other test classes share this application
        cache.put("Paging Wire", java.util.List.of());
    }

    @org.junit.jupiter.api.AfterEach
    void forgetThePagingWire() {
        cache.put("Paging Wire", java.util.List.of());
    }

    @Test
    void latestHasAMoreButtonThatPagesBack() {
        long reader = 3101;
        java.util.List<io.sitrep.source.Entry> wire = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            wire.add(CommandHarness.update("page-" + i, Instant.parse("2016-05-08T22:0" + i + ":00Z"), "Paging item number " + i + "."));
        }
        cache.put("Paging Wire", wire);
        say(privateText(reader, "/latest"));
        CommandHarness.Queued first = queuedFor(jdbc, reader).get(0);
        assertThat(first.text()).contains("Latest 3 UPDATEs").contains("item number 4").contains("item number 2")
                .doesNotContain("item number 1");
        assertThat(first.buttons()).contains("more:3");

        say(CommandHarness.press(reader, reader, "more:3"));
        assertThat(lastText(jdbc, reader)).contains("UPDATEs 4\u20136").contains("item number 1").contains("item number 0")
                .contains("20:30 GMT");
    }

    @Test
    void searchFindsEntriesByPlainWordsAndSourcesShowHealth() {
        long reader = 3201;
        say(privateText(reader, "/search JAISH al-fateh"));
        assertThat(lastText(jdbc, reader)).contains("with jaish al fateh").contains("Jaish al-Fateh");
        say(privateText(reader, "/search zzzqqq"));
        assertThat(lastText(jdbc, reader)).contains("Nothing in the current entries mentions");
        say(privateText(reader, "/sources"));
        assertThat(lastText(jdbc, reader)).contains("Syria Daily (sample)").contains("last read");
    }

    @Test
    void aTimeZoneButtonShowsTimesInItWithGmt() {
        long reader = 3301;
        say(privateText(reader, "/settings"));
        assertThat(queuedFor(jdbc, reader).get(0).buttons()).contains("set:menu:tz").contains("set:mode:hourly");
        say(CommandHarness.press(reader, reader, "set:menu:tz"));
        assertThat(queuedFor(jdbc, reader).get(1).buttons()).contains("set:tz:+3");
        say(CommandHarness.press(reader, reader, "set:tz:+3"));
        assertThat(lastText(jdbc, reader)).contains("Saved").contains("GMT+3");

        say(privateText(reader, "/latest"));
        assertThat(lastText(jdbc, reader)).contains("23:30 (20:30 GMT)");
    }

    @Test
    void theBotSaysHelloWhenAddedUnsubscribesWhenRemovedAndFollowsAMigration() {
        long group = -3401;
        long supergroup = -1003401;
        say(IncomingMessage.membership(group, "group", "Front watchers", 9, true));
        assertThat(lastText(jdbc, group)).contains("Hello, Front watchers").contains("/subscribe").contains("digest");

        say(new IncomingMessage(group, "group", "Front watchers", io.sitrep.subscription.GroupAdmins.class.hashCode(), null, "/start"));
        assertThat(lastText(jdbc, group)).contains("Only this group's admins");
        say(new IncomingMessage(group, "group", "Front watchers", 1087968824L, null, "/subscribe aleppo"));
        assertThat(subscribers.isActive(group)).isTrue();

        say(IncomingMessage.migrated(group, "group", "Front watchers", supergroup));
        assertThat(subscribers.isActive(group)).isFalse();
        assertThat(subscribers.isActive(supergroup)).isTrue();
        assertThat(queuedFor(jdbc, group)).as("nothing is left queued for the old id").isEmpty();
        assertThat(queuedFor(jdbc, supergroup)).as("queued replies move with the group")
                .anySatisfy(q -> assertThat(q.text()).contains("Hello, Front watchers"));
        say(new IncomingMessage(supergroup, "supergroup", "Front watchers", 1, null, "/subscriptions"));
        assertThat(lastText(jdbc, supergroup)).contains("Aleppo");

        CommandHarness.publish(events, tx, CommandHarness.update("mig-1", java.time.Instant.parse("2016-05-08T21:00:00Z"),
                "Clashes reported in Aleppo's old city."));
        assertThat(queuedFor(jdbc, supergroup)).anySatisfy(q -> assertThat(q.text()).contains("Clashes reported"));
        say(IncomingMessage.membership(supergroup, "supergroup", "Front watchers", 9, false));
        assertThat(subscribers.isActive(supergroup)).isFalse();
        assertThat(queuedFor(jdbc, supergroup)).as("the removed bot's queued push is cancelled")
                .noneSatisfy(q -> assertThat(q.text()).contains("Clashes reported"));
    }
}
