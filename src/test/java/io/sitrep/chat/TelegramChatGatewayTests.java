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
}
