package io.sitrep.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What TelegramBots 9.6.0 makes of the Bot API's answers, against the fake Bot API on loopback. */
class TelegramChatGatewayTests {

    private FakeBotApi telegram;
    private ChatGateway gateway;

    @BeforeEach
    void start() throws Exception {
        telegram = new FakeBotApi();
        gateway = telegram.gateway();
    }

    @AfterEach
    void stop() throws Exception {
        telegram.close();
    }

    @Test
    void sentMessageComesBackWithTelegramsId() {
        SendResult result = gateway.send(42, null, "<b>hi</b>");
        assertThat(result).isInstanceOf(SendResult.Sent.class);
        assertThat(telegram.sentTo(42)).singleElement().satisfies(s -> {
            assertThat(s.parseMode()).isEqualTo("HTML");
            assertThat(s.messageId()).isEqualTo(((SendResult.Sent) result).messageId());
        });
        assertThat(telegram.requests("sendmessage").get(0).has("allow_paid_broadcast")).isFalse();
    }

    @Test
    void retryAfterIsReadFromTheResponseParameters() {
        telegram.answerNextSendTo(42, FakeBotApi.errorResponse(429, "Too Many Requests: retry after 7", "{\"retry_after\":7}"));
        assertThat(gateway.send(42, null, "hi")).isEqualTo(new SendResult.RetryAfter(Duration.ofSeconds(7), false));
    }

    @Test
    void migrateToChatIdKeepsAllSixtyFourBits() {
        long supergroup = -1001234567890123L;
        telegram.answerNextSendTo(-555, FakeBotApi.errorResponse(400,
                "Bad Request: group chat was upgraded to a supergroup chat", "{\"migrate_to_chat_id\":" + supergroup + "}"));
        assertThat(gateway.send(-555, null, "hi")).isEqualTo(new SendResult.Migrated(supergroup));
    }

    @Test
    void blockedKickedOrDeactivatedMeansTheChatIsGone() {
        telegram.answerNextSendTo(1, FakeBotApi.errorResponse(403, "Forbidden: bot was blocked by the user"));
        telegram.answerNextSendTo(2, FakeBotApi.errorResponse(403, "Forbidden: bot was kicked from the group chat"));
        telegram.answerNextSendTo(3, FakeBotApi.errorResponse(403, "Forbidden: user is deactivated"));
        telegram.answerNextSendTo(4, FakeBotApi.errorResponse(400, "Bad Request: chat not found"));
        for (long chat = 1; chat <= 4; chat++) {
            assertThat(gateway.send(chat, null, "hi")).isInstanceOf(SendResult.ChatGone.class);
        }
    }

    @Test
    void serverErrorsAndGarbageAreTransient() {
        telegram.answerNextSendTo(1, FakeBotApi.errorResponse(502, "Bad Gateway"));
        telegram.failNextSendTo(2, 502, "<html>Bad Gateway</html>");
        telegram.failNextSendTo(3, 500, "");
        for (long chat = 1; chat <= 3; chat++) {
            assertThat(gateway.send(chat, null, "hi")).as("chat %d", chat).isInstanceOf(SendResult.Failed.class);
        }
    }

    @Test
    void aBadRequestIsRefusedForGood() {
        telegram.answerNextSendTo(1, FakeBotApi.errorResponse(400, "Bad Request: can't parse entities"));
        assertThat(gateway.send(1, null, "<b>hi")).isInstanceOf(SendResult.Rejected.class);
    }

    @Test
    void paidBroadcastSetsAllowPaidBroadcast() {
        gateway.send(42, null, "hi", true);
        assertThat(telegram.requests("sendmessage").get(0).path("allow_paid_broadcast").asBoolean()).isTrue();
    }

    @Test
    void editingToTheSameTextCountsAsDone() {
        telegram.failNextEditIn(42, 400, "{\"ok\":false,\"error_code\":400,\"description\":"
                + "\"Bad Request: message is not modified: specified new message content and reply markup are exactly the same\"}");
        assertThat(gateway.edit(42, 17, "same")).isEqualTo(new SendResult.Sent(17));
        assertThat(gateway.edit(42, 17, "new")).isEqualTo(new SendResult.Sent(17));
        assertThat(telegram.edited()).singleElement().isEqualTo(new FakeBotApi.Edited(42, 17, "new"));
    }

    @Test
    void editingAMessageTheUserDeletedIsRefused() {
        telegram.failNextEditIn(42, 400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: message to edit not found\"}");
        assertThat(gateway.edit(42, 17, "new")).isInstanceOf(SendResult.Rejected.class);
    }

    @Test
    void aChannelThatRemovedOrDemotedTheBotIsGone() {
        telegram.answerNextSendTo(-1001, FakeBotApi.errorResponse(400, "Bad Request: need administrator rights in the channel chat"));
        telegram.answerNextSendTo(-1002, FakeBotApi.errorResponse(403, "Forbidden: bot is not a member of the channel chat"));
        assertThat(gateway.send(-1001, null, "hi")).isInstanceOf(SendResult.ChatGone.class);
        assertThat(gateway.send(-1002, null, "hi")).isInstanceOf(SendResult.ChatGone.class);
    }

    @Test
    void getChatTellsAChannelFromAGroupAndAnUnknownName() {
        telegram.knowsChat(-1001234567890L, "channel", "Newsroom live", "newsroom_live");
        telegram.knowsChat(-4001, "group", "Front watchers", null);
        assertThat(gateway.lookUp("@Newsroom_Live"))
                .isEqualTo(new ChatLookup.Found(-1001234567890L, "channel", "Newsroom live", "newsroom_live"));
        assertThat(gateway.lookUp("-4001")).isInstanceOfSatisfying(ChatLookup.Found.class, g -> assertThat(g.isChannel()).isFalse());
        assertThat(gateway.lookUp("@nobody_here")).isInstanceOfSatisfying(ChatLookup.NotFound.class,
                n -> assertThat(n.reason()).contains("chat not found"));
    }

    @Test
    void getChatMemberReadsWhetherAnAdministratorMayPost() {
        telegram.member(-1001, FakeBotApi.BOT_ID, "administrator", false);
        telegram.member(-1002, FakeBotApi.BOT_ID, "administrator", true);
        telegram.member(-1003, 7, "creator", false);
        assertThat(gateway.memberRights(-1001, FakeBotApi.BOT_ID)).isEqualTo(new MemberRights(MemberStatus.ADMINISTRATOR, false));
        assertThat(gateway.memberRights(-1002, FakeBotApi.BOT_ID)).isEqualTo(new MemberRights(MemberStatus.ADMINISTRATOR, true));
        assertThat(gateway.memberRights(-1003, 7)).isEqualTo(new MemberRights(MemberStatus.CREATOR, true));
        assertThat(gateway.botUserId()).isEqualTo(FakeBotApi.BOT_ID);
    }

    @Test
    void aPictureByUrlGoesWithItsCaptionSilentlyAndACaptionEditUsesEditMessageCaption() {
        SendResult sent = gateway.sendPhoto(-1001, null, "https://img.example.org/a.jpg", "<b>UPDATE</b> caption",
                new PushOptions(true, false, null));
        assertThat(sent).isInstanceOf(SendResult.Sent.class);
        FakeBotApi.Photo photo = telegram.photos().get(0);
        assertThat(photo.photo()).isEqualTo("https://img.example.org/a.jpg");
        assertThat(photo.caption()).isEqualTo("<b>UPDATE</b> caption");
        assertThat(photo.silent()).isTrue();

        assertThat(gateway.editCaption(-1001, photo.messageId(), "<b>UPDATE</b> fixed")).isInstanceOf(SendResult.Sent.class);
        assertThat(telegram.captionEdits()).containsExactly(new FakeBotApi.CaptionEdit(-1001, photo.messageId(), "<b>UPDATE</b> fixed"));
        assertThat(telegram.requests("editmessagecaption").get(0).path("parse_mode").asText()).isEqualTo("HTML");
    }
}
