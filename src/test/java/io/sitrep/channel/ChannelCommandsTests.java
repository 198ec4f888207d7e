package io.sitrep.channel;

import static io.sitrep.command.CommandHarness.EDITOR;
import static io.sitrep.command.CommandHarness.OWNER;
import static io.sitrep.command.CommandHarness.lastText;
import static io.sitrep.command.CommandHarness.privateText;
import static io.sitrep.command.CommandHarness.queuedFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.sitrep.chat.IncomingMessage;
import io.sitrep.chat.IncomingMessageHandler;
import io.sitrep.command.CommandHarness;
import io.sitrep.subscription.DeliveryMode;
import io.sitrep.subscription.SettingsStore;
import io.sitrep.subscription.SubscriberStore;
import io.sitrep.command.CommandContextTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * /channel without a Bot API (as in the console chat) and a linked channel's settings buttons: who may press them,
 * what they change, and what the audit log keeps.
 */
@CommandContextTest
class ChannelCommandsTests {

    private static final long CHANNEL = -1009876543210L;

    @Autowired
    IncomingMessageHandler handler;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CommandHarness.RecordingGateway gateway;
    @Autowired
    ChannelLinks links;
    @Autowired
    SubscriberStore subscribers;
    @Autowired
    SettingsStore settings;

    private void say(IncomingMessage message) {
        CommandHarness.say(handler, tx, message);
    }

    @Test
    void withoutABotApiLinkingSaysChannelsNeedATokenAndGroupsAreSentToAPrivateChat() {
        say(privateText(OWNER, "/channel add @newsroom_live"));
        assertThat(lastText(jdbc, OWNER)).contains("Channels live on Telegram").contains("SITREP_TELEGRAM_TOKEN");
        assertThat(subscribers.find(-1L)).isEmpty();

        say(privateText(OWNER, "/channel"));
        assertThat(lastText(jdbc, OWNER)).contains("/channel add @").contains("/channel remove");

        say(CommandHarness.groupText(-777, OWNER, null, "/channel list"));
        assertThat(lastText(jdbc, -777)).isEqualTo(ChannelReplies.privateOnly(io.sitrep.briefing.ReaderSettings.GMT));

        say(privateText(OWNER, "/channel settings @not_linked"));
        assertThat(lastText(jdbc, OWNER)).contains("is not a linked channel");

        // Console mode (no token, as here): someone who is not an editor learns why there are no channels.
        say(privateText(8080, "/channel add @newsroom_live"));
        assertThat(lastText(jdbc, 8080)).contains("Channels live on Telegram");
    }

    @Test
    void aChannelAdminsButtonsChangeTheChannelAndAreAuditedOthersAreRefused() {
        tx.executeWithoutResult(s -> {
            subscribers.subscribe(CHANNEL, "channel", "Desk channel", Instant.parse("2016-05-08T20:00:00Z"));
            links.link(CHANNEL, EDITOR, "desk_channel", Instant.parse("2016-05-08T20:00:00Z"));
        });
        gateway.makeAdmin(CHANNEL, EDITOR);

        say(privateText(EDITOR, "/channel settings @desk_channel"));
        CommandHarness.Queued menu = queuedFor(jdbc, EDITOR).get(queuedFor(jdbc, EDITOR).size() - 1);
        assertThat(menu.text()).contains("Settings of @desk_channel").contains("Delivery: each UPDATE at once");
        assertThat(menu.buttons()).contains("ch:" + CHANNEL + ":mode:hourly").contains("ch:" + CHANNEL + ":silent:on");

        say(CommandHarness.press(EDITOR, EDITOR, "ch:" + CHANNEL + ":mode:hourly"));
        say(CommandHarness.press(EDITOR, EDITOR, "ch:" + CHANNEL + ":silent:on"));
        assertThat(settings.of(CHANNEL).mode()).isEqualTo(DeliveryMode.HOURLY);
        assertThat(settings.of(CHANNEL).silent()).isTrue();
        assertThat(settings.of(EDITOR).mode()).isEqualTo(DeliveryMode.INSTANT); // the editor's own chat is untouched

        say(privateText(EDITOR, "/channel set @desk_channel quiet 22-7"));
        assertThat(lastText(jdbc, EDITOR)).contains("Saved for @desk_channel").contains("22");
        say(privateText(EDITOR, "/channel set @desk_channel loudness max"));
        assertThat(lastText(jdbc, EDITOR)).contains("I did not understand");

        // OWNER is an editor but not an administrator of this channel.
        say(CommandHarness.press(OWNER, OWNER, "ch:" + CHANNEL + ":mode:instant"));
        assertThat(gateway.answers).anyMatch(a -> a.contains("only editors who administer the channel"));
        assertThat(settings.of(CHANNEL).mode()).isEqualTo(DeliveryMode.HOURLY);

        assertThat(jdbc.sql("SELECT detail FROM audit_log WHERE user_id = ? AND action = 'channel-change' ORDER BY id")
                .param(EDITOR).query(String.class).list())
                .containsExactly("@desk_channel mode hourly", "@desk_channel silent on", "@desk_channel quiet 22-7");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE user_id = ? AND action = 'channel-change' AND allowed = FALSE")
                .param(OWNER).query(Long.class).single()).isEqualTo(1);

        say(privateText(EDITOR, "/channel remove @desk_channel"));
        assertThat(lastText(jdbc, EDITOR)).contains("Unlinked @desk_channel");
        assertThat(subscribers.isActive(CHANNEL)).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE user_id = ? AND action = 'channel-remove'")
                .param(EDITOR).query(Long.class).single()).isEqualTo(1);
    }
}
