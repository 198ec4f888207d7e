package io.sitrep.subscription;

import static io.sitrep.command.CommandHarness.privateText;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import io.sitrep.chat.IncomingMessage;
import io.sitrep.chat.IncomingMessageHandler;
import io.sitrep.command.CommandHarness;
import io.sitrep.command.CommandContextTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Digests and quiet hours with a clock the test turns: held UPDATEs go out when due, never before, never lost. */
@CommandContextTest
class DigestAndQuietHoursTests {

    @Autowired
    IncomingMessageHandler handler;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    CommandHarness.TestClock clock;
    @Autowired
    DigestScheduler digests;

    private void say(IncomingMessage message) {
        CommandHarness.say(handler, tx, message);
    }

    @Test
    void quietHoursHoldPushesUntilTheyEnd() {
        long reader = 1101;
        clock.set(Instant.parse("2016-05-08T20:00:00Z"));
        say(privateText(reader, "/start"));
        say(privateText(reader, "/quiet 22-7"));
        assertThat(CommandHarness.lastText(jdbc, reader)).contains("Quiet hours: 22:00\u201307:00");

        clock.set(Instant.parse("2016-05-08T23:00:00Z"));
        CommandHarness.publish(events, tx, CommandHarness.update("q-1", clock.instant(), "Night shelling in Daraa."));
        assertThat(pushes(reader)).isEmpty();

        clock.set(Instant.parse("2016-05-09T06:59:00Z"));
        digests.releaseDue();
        assertThat(pushes(reader)).isEmpty();

        clock.set(Instant.parse("2016-05-09T07:00:30Z"));
        digests.releaseDue();
        assertThat(pushes(reader)).singleElement().satisfies(text -> assertThat(text).contains("Night shelling in Daraa")
                .as("released like any push, footer included").contains("\ud83d\udccd /"));
    }

    @Test
    void stoppingDropsWhatIsHeldForTheChatAndTheQuietHoursReleaseNothing() {
        long reader = 1104;
        clock.set(Instant.parse("2016-05-08T20:00:00Z"));
        say(privateText(reader, "/start"));
        say(privateText(reader, "/quiet 22-7"));
        clock.set(Instant.parse("2016-05-08T23:00:00Z"));
        CommandHarness.publish(events, tx, CommandHarness.update("q-stop", clock.instant(), "Night shelling in Hama."));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM held_push WHERE chat_id = ?").param(reader).query(Long.class).single()).isEqualTo(1);

        say(privateText(reader, "/stop"));
        assertThat(CommandHarness.lastText(jdbc, reader)).contains("Unsubscribed");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM held_push WHERE chat_id = ?").param(reader).query(Long.class).single()).isZero();
        clock.set(Instant.parse("2016-05-09T07:00:30Z"));
        digests.releaseDue();
        assertThat(pushes(reader)).isEmpty();
    }

    @Test
    void anHourlyDigestCollectsUpdatesUntilTheFullHour() {
        long reader = 1102;
        clock.set(Instant.parse("2016-05-10T09:00:00Z"));
        say(privateText(reader, "/start"));
        say(privateText(reader, "/digest hourly"));

        clock.set(Instant.parse("2016-05-10T10:10:00Z"));
        CommandHarness.publish(events, tx, CommandHarness.update("h-1", clock.instant(), "First hourly item about Raqqa."));
        clock.set(Instant.parse("2016-05-10T10:40:00Z"));
        CommandHarness.publish(events, tx, CommandHarness.update("h-2", clock.instant(), "Second hourly item about Deir ez-Zor."));
        clock.set(Instant.parse("2016-05-10T10:59:00Z"));
        digests.releaseDue();
        assertThat(pushes(reader)).isEmpty();

        clock.set(Instant.parse("2016-05-10T11:00:10Z"));
        digests.releaseDue();
        assertThat(pushes(reader)).singleElement().satisfies(text -> assertThat(text)
                .contains("Hourly digest").contains("2 UPDATEs").contains("First hourly item").contains("Second hourly item"));
    }

    @Test
    void aDailyDigestComesAtTheChosenLocalHourWithLocalTimes() {
        long reader = 1103;
        clock.set(Instant.parse("2016-05-11T01:00:00Z"));
        say(privateText(reader, "/start"));
        say(privateText(reader, "/timezone GMT+3"));
        say(privateText(reader, "/digest daily 8"));
        assertThat(CommandHarness.lastText(jdbc, reader)).contains("a daily digest at 08:00").contains("GMT+3");

        clock.set(Instant.parse("2016-05-11T03:00:00Z"));
        CommandHarness.publish(events, tx, CommandHarness.update("d-1", Instant.parse("2016-05-11T02:45:00Z"),
                "Morning item about Palmyra."));
        clock.set(Instant.parse("2016-05-11T04:59:00Z"));
        digests.releaseDue();
        assertThat(pushes(reader)).isEmpty();

        clock.set(Instant.parse("2016-05-11T05:00:30Z"));
        digests.releaseDue();
        assertThat(pushes(reader)).singleElement().satisfies(text -> assertThat(text)
                .contains("Daily digest").contains("Morning item about Palmyra")
                .contains("05:45 (02:45 GMT)").contains("08:00 (05:00 GMT)"));
    }

    private List<String> pushes(long chatId) {
        return jdbc.sql("SELECT m.text FROM outbox o JOIN message m ON m.id = o.message_id "
                        + "WHERE o.chat_id = ? AND o.priority = 1 ORDER BY o.id")
                .param(chatId).query(String.class).list();
    }
}
