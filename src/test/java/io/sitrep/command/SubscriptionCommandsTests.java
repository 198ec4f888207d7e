package io.sitrep.command;

import static io.sitrep.command.CommandHarness.groupText;
import static io.sitrep.command.CommandHarness.lastText;
import static io.sitrep.command.CommandHarness.privateText;
import static io.sitrep.command.CommandHarness.queuedFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import io.sitrep.chat.IncomingMessage;
import io.sitrep.chat.IncomingMessageHandler;
import io.sitrep.source.Entry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Topic subscriptions, keyword filters, forum topics and group admins, through the command handler. */
@CommandContextTest
class SubscriptionCommandsTests {

    @Autowired
    IncomingMessageHandler handler;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    CommandHarness.RecordingGateway gateway;

    private void say(IncomingMessage message) {
        CommandHarness.say(handler, tx, message);
    }

    @Test
    void memberCannotChangeGroupSubscription() {
        long group = -1001;
        long admin = 501;
        long member = 502;
        gateway.makeAdmin(group, admin);

        say(groupText(group, member, null, "/subscribe aleppo"));
        assertThat(lastText(jdbc, group)).contains("Only this group's admins");
        say(groupText(group, member, null, "/settings"));
        assertThat(lastText(jdbc, group)).contains("<b>Settings</b>");
        say(CommandHarness.press(group, member, "set:mode:hourly"));
        assertThat(gateway.answers).anyMatch(a -> a.startsWith("cb-set:mode:hourly=Only the group's admins"));

        say(groupText(group, admin, null, "/subscribe aleppo"));
        assertThat(lastText(jdbc, group)).contains("Subscribed to <b>Aleppo");
        say(groupText(group, admin, null, "/digest hourly"));
        assertThat(lastText(jdbc, group)).contains("Saved").contains("hourly digest");
        say(groupText(group, member, null, "/subscriptions"));
        assertThat(lastText(jdbc, group)).contains("Aleppo").contains("hourly digest");

        int lookups = gateway.memberLookups.get();
        say(groupText(group, admin, null, "/filter +tunnel"));
        assertThat(gateway.memberLookups.get()).as("admin answers are cached").isEqualTo(lookups);
    }

    @Test
    void subscribeToAnUnknownPlaceGetsSuggestions() {
        say(privateText(601, "/subscribe alleppo"));
        assertThat(lastText(jdbc, 601)).contains("I know no place or party called <b>alleppo</b>").contains("/subscribe aleppo");

        say(privateText(601, "/subscribe <b>zzqx</b>"));
        assertThat(lastText(jdbc, 601)).contains("&lt;b&gt;zzqx").doesNotContain("<b>zzqx");
    }

    @Test
    void filteredPushesReachOnlyMatchingChats() {
        long aleppoFan = 701;
        long everything = 702;
        long tunnels = 703;
        long noFootball = 704;
        say(privateText(aleppoFan, "/subscribe Aleppo"));
        say(privateText(everything, "/start"));
        say(privateText(tunnels, "/start"));
        say(privateText(tunnels, "/filter +TUNNEL"));
        say(privateText(noFootball, "/start"));
        say(privateText(noFootball, "/filter -football"));
        List.of(aleppoFan, everything, tunnels, noFootball).forEach(c -> jdbc.sql("DELETE FROM outbox WHERE chat_id = ?").param(c).update());

        Instant at = Instant.parse("2016-05-08T21:10:00Z");
        CommandHarness.publish(events, tx, CommandHarness.update("t-aleppo", at,
                "Regime airstrikes hit the Sukkari district of Aleppo, activists say; a football pitch was destroyed."));
        CommandHarness.publish(events, tx, CommandHarness.update("t-tunnel", at,
                "Rebels blew up a t\u00fannel under regime positions near Damascus."));

        assertThat(pushes(aleppoFan)).containsExactly("t-aleppo");
        assertThat(pushes(everything)).containsExactly("t-aleppo", "t-tunnel");
        assertThat(pushes(tunnels)).as("case- and accent-insensitive, plurals too").containsExactly("t-tunnel");
        assertThat(pushes(noFootball)).containsExactly("t-tunnel");
    }

    @Test
    void aRegionCoversThePlacesInsideIt() {
        long idlibRegion = 751;
        say(privateText(idlibRegion, "/subscribe idlib"));
        jdbc.sql("DELETE FROM outbox WHERE chat_id = ?").param(idlibRegion).update();

        CommandHarness.publish(events, tx, CommandHarness.update("t-saraqeb", Instant.parse("2016-05-08T21:20:00Z"),
                "Shelling was reported in Saraqeb, activists said."));
        CommandHarness.publish(events, tx, CommandHarness.update("t-homs", Instant.parse("2016-05-08T21:21:00Z"),
                "Shelling was reported in Homs, activists said."));

        assertThat(pushes(idlibRegion)).containsExactly("t-saraqeb");
    }

    @Test
    void aTopicSubscriptionDeliversIntoItsThread() {
        long forum = -1002;
        long admin = 801;
        gateway.makeAdmin(forum, admin);
        say(groupText(forum, admin, 77, "/subscribe all"));
        assertThat(queuedFor(jdbc, forum)).last().satisfies(q -> assertThat(q.threadId()).isEqualTo(77));
        jdbc.sql("DELETE FROM outbox WHERE chat_id = ?").param(forum).update();

        CommandHarness.publish(events, tx, CommandHarness.update("t-thread", Instant.parse("2016-05-08T21:30:00Z"),
                "Clashes continue north of Hama."));

        assertThat(queuedFor(jdbc, forum)).singleElement().satisfies(q -> {
            assertThat(q.threadId()).isEqualTo(77);
            assertThat(q.text()).contains("Clashes continue north of Hama");
        });
    }

    @Test
    void subscribingToATopicReplacesEverythingAndUnsubscribingTheLastStopsPushes() {
        long reader = 901;
        say(privateText(reader, "/start"));
        say(privateText(reader, "/subscribe Hezbollah"));
        assertThat(lastText(jdbc, reader)).contains("Subscribed to <b>Hezbollah</b>").contains("Instead of everything");
        say(privateText(reader, "/subscriptions"));
        assertThat(lastText(jdbc, reader)).contains("Hezbollah").doesNotContain("everything");
        say(privateText(reader, "/unsubscribe hezbollah"));
        assertThat(lastText(jdbc, reader)).contains("That was the last topic");
        say(privateText(reader, "/subscriptions"));
        assertThat(lastText(jdbc, reader)).contains("receives no pushes");
    }

    private List<String> pushes(long chatId) {
        return jdbc.sql("SELECT m.entry_id FROM outbox o JOIN message m ON m.id = o.message_id "
                        + "WHERE o.chat_id = ? AND o.priority = 1 ORDER BY o.id")
                .param(chatId).query(String.class).list();
    }
}
