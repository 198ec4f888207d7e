package io.sitrep.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.sitrep.Settled;
import io.sitrep.SitrepRunner;
import io.sitrep.chat.FakeBotApi;
import io.sitrep.source.LivePage;
import io.sitrep.source.SourceStatus;
import io.sitrep.subscription.SubscriberStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A newsroom's channel through the whole application against the fake Bot API: linking checked with getChat and
 * getChatMember, posts, edits, pictures, the bot's removal, a restart, and the per-chat delivery options.
 */
class ChannelJourneyTests {

    private static final long EDITOR = 4242;
    private static final long STRANGER = 5151;
    private static final long CHANNEL = -1001234567890L;
    private static final long GROUP = -4001;
    private static final long READER = 1001;
    private static final String IMAGE = "https://images.example.org/2016/05/darayya-shelling.jpg";

    @TempDir
    Path data;

    private static Map<String, String> editors() {
        return Map.of("sitrep.editors", String.valueOf(EDITOR));
    }

    @Test
    void linkingIsRefusedUntilTheBotMayPostAndTheEditorAdministersTheChannelAndNeverForAGroup() throws Exception {
        try (FakeBotApi telegram = new FakeBotApi(); LivePage page = new LivePage(LivePage.sample());
             ConfigurableApplicationContext app = SitrepRunner.start(telegram, page.url(), data, editors())) {
            awaitFirstRead(app);
            telegram.knowsChat(CHANNEL, "channel", "Newsroom live", "newsroom_live");
            telegram.knowsChat(GROUP, "group", "Front watchers", null);

            telegram.member(CHANNEL, FakeBotApi.BOT_ID, "left", false);
            assertThat(reply(telegram, "/channel add @newsroom_live")).contains("I am not an administrator of @newsroom_live");

            telegram.member(CHANNEL, FakeBotApi.BOT_ID, "administrator", false);
            assertThat(reply(telegram, "/channel add @newsroom_live")).contains("without the right to post messages");

            telegram.member(CHANNEL, FakeBotApi.BOT_ID, "administrator", true);
            telegram.member(CHANNEL, EDITOR, "member", false);
            assertThat(reply(telegram, "/channel add @newsroom_live")).contains("You are not an administrator of @newsroom_live");

            assertThat(reply(telegram, "/channel add " + GROUP)).contains("is a group, not a channel");
            assertThat(reply(telegram, "/channel add @nobody_here")).contains("Telegram does not show me");
            assertThat(reply(telegram, "/channel add newsroom")).contains("Name the channel as @");

            telegram.userSends(STRANGER, "private", STRANGER, "/channel add @newsroom_live");
            await().atMost(Duration.ofSeconds(10)).until(() -> !telegram.sentTo(STRANGER).isEmpty());
            assertThat(telegram.sentTo(STRANGER).get(0).text()).startsWith("Not allowed");

            SubscriberStore subscribers = app.getBean(SubscriberStore.class);
            assertThat(subscribers.find(CHANNEL)).isEmpty();
            assertThat(subscribers.find(GROUP)).isEmpty();

            telegram.member(CHANNEL, EDITOR, "creator", false);
            assertThat(reply(telegram, "/channel add @newsroom_live")).contains("Linked @newsroom_live");
            assertThat(subscribers.isActive(CHANNEL)).isTrue();
            assertThat(reply(telegram, "/channel list")).contains("@newsroom_live").contains("linked by " + EDITOR);

            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT action FROM audit_log WHERE user_id = ? ORDER BY id").param(EDITOR)
                    .query(String.class).list())
                    .containsSubsequence("channel-add-refused", "channel-add-refused", "channel-add-refused", "channel-add");
            assertThat(jdbc.sql("SELECT action FROM audit_log WHERE user_id = ? AND allowed = FALSE").param(STRANGER)
                    .query(String.class).list()).containsExactly("channel");

            // Demoted (still an administrator, no longer allowed to post): as good as removed.
            telegram.botDemotedInChannel(CHANNEL, 777);
            await().atMost(Duration.ofSeconds(10)).until(() -> !subscribers.isActive(CHANNEL));
            await().atMost(Duration.ofSeconds(10)).until(() -> lastTo(telegram, EDITOR).contains("stopped posting to @newsroom_live"));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE user_id = ? AND action = 'channel-lost'").param(EDITOR)
                    .query(Long.class).single()).isEqualTo(1);
        }
    }

    @Test
    void aLinkedChannelGetsEachUpdateOnceItsPostIsEditedOnATypoFixAndItEndsWhenTheBotIsRemoved() throws Exception {
        String typo = "Activists say regime shelling hit Darayya on Sunday eveneing.";
        try (FakeBotApi telegram = new FakeBotApi(); LivePage page = new LivePage(LivePage.sample())) {
            linkable(telegram);
            try (ConfigurableApplicationContext app = SitrepRunner.start(telegram, page.url(), data, editors())) {
                awaitFirstRead(app);
                assertThat(reply(telegram, "/channel add @newsroom_live")).contains("Linked @newsroom_live");

                page.serve(LivePage.sampleWithUpdate("UPDATE 2110 GMT:", typo));
                await().atMost(Duration.ofSeconds(15)).until(() -> postsMentioning(telegram, "eveneing") == 1);
                FakeBotApi.Sent post = telegram.sentTo(CHANNEL).get(0);
                assertThat(post.text()).contains("UPDATE 21:10 GMT");

                page.serve(LivePage.sampleWithUpdate("UPDATE 2110 GMT:", typo.replace("eveneing", "evening")));
                await().atMost(Duration.ofSeconds(15)).until(() -> !editsIn(telegram).isEmpty());
                Settled.afterReads(app, telegram, "Test Daily", 2);
                assertThat(editsIn(telegram)).singleElement().satisfies(edit -> {
                    assertThat(edit.messageId()).isEqualTo(post.messageId());
                    assertThat(edit.text()).isEqualTo(post.text().replace("eveneing", "evening"));
                });
                assertThat(postsMentioning(telegram, "evening")).isZero(); // edited, never posted again
            }

            try (ConfigurableApplicationContext app = SitrepRunner.start(telegram, page.url(), data, editors())) {
                awaitFirstRead(app);
                Settled.afterReads(app, telegram, "Test Daily", 2);
                assertThat(telegram.sentTo(CHANNEL)).hasSize(1); // nothing sent twice across the restart
                assertThat(reply(telegram, "/channel list")).contains("@newsroom_live");

                telegram.botRemovedFromChannel(CHANNEL, 777);
                SubscriberStore subscribers = app.getBean(SubscriberStore.class);
                await().atMost(Duration.ofSeconds(10)).until(() -> !subscribers.isActive(CHANNEL));
                await().atMost(Duration.ofSeconds(10)).until(() -> lastTo(telegram, EDITOR).contains("stopped posting"));
                assertThat(lastTo(telegram, EDITOR)).contains("removed from the channel");

                page.serve(LivePage.sampleWithUpdate("UPDATE 2200 GMT:", "Clashes were reported near Aleppo's Castello road."));
                Settled.afterReads(app, telegram, "Test Daily", 3);
                assertThat(telegram.sentTo(CHANNEL)).hasSize(1);
                assertThat(reply(telegram, "/channel list")).contains("No channels are linked");
            }
        }
    }

    @Test
    void anEntrysPictureGoesOutAsAPhotoWithItsEscapedTextAsCaptionOrAbovealongText() throws Exception {
        String withPicture = "Activists say shelling hit Darayya &lt;east&gt; &amp; west on Sunday eveneing."
                + " <img src=\"" + IMAGE + "\" alt=\"\">";
        try (FakeBotApi telegram = new FakeBotApi(); LivePage page = new LivePage(LivePage.sample());
             ConfigurableApplicationContext app = SitrepRunner.start(telegram, page.url(), data, editors())) {
            linkable(telegram);
            awaitFirstRead(app);
            assertThat(reply(telegram, "/channel add @newsroom_live")).contains("Linked");

            page.serve(LivePage.sampleWithUpdate("UPDATE 2110 GMT:", withPicture));
            await().atMost(Duration.ofSeconds(15)).until(() -> photosTo(telegram).size() == 1);
            FakeBotApi.Photo photo = photosTo(telegram).get(0);
            assertThat(photo.photo()).isEqualTo(IMAGE);
            assertThat(photo.caption()).hasSizeLessThanOrEqualTo(1024).contains("UPDATE 21:10 GMT")
                    .contains("&lt;east&gt; &amp; west").doesNotContain("<east>");
            assertThat(telegram.sentTo(CHANNEL)).isEmpty();

            page.serve(LivePage.sampleWithUpdate("UPDATE 2110 GMT:", withPicture.replace("eveneing", "evening")));
            await().atMost(Duration.ofSeconds(15)).until(() -> !telegram.captionEdits().isEmpty());
            FakeBotApi.CaptionEdit edit = telegram.captionEdits().get(0);
            assertThat(edit.messageId()).isEqualTo(photo.messageId());
            assertThat(edit.caption()).isEqualTo(photo.caption().replace("eveneing", "evening"));
            assertThat(telegram.edited()).noneMatch(e -> e.chatId() == CHANNEL);

            String longText = ("Residents describe the night in detail: " + "shelling went on for hours and the roads "
                    + "were closed to ambulances. ").repeat(12);
            page.serve(LivePage.sampleWithUpdate("UPDATE 2300 GMT:", longText + "<img src=\"" + IMAGE + "\">"));
            await().atMost(Duration.ofSeconds(15)).until(() -> !telegram.sentTo(CHANNEL).isEmpty());
            JsonNode send = telegram.requests("sendmessage").stream()
                    .filter(r -> r.path("chat_id").asLong() == CHANNEL).findFirst().orElseThrow();
            assertThat(send.path("text").asText().length()).isGreaterThan(1024);
            assertThat(send.path("link_preview_options").path("url").asText()).isEqualTo(IMAGE);
            assertThat(send.path("link_preview_options").path("show_above_text").asBoolean()).isTrue();
            assertThat(photosTo(telegram)).hasSize(1);

            // An editor's /publish sent as a photo's caption goes out with that photo.
            telegram.userSendsPhoto(EDITOR, EDITOR, "AgACAgQAAxk-newsroom-photo", "/publish Aid convoy reached Madaya at noon.");
            await().atMost(Duration.ofSeconds(15)).until(() -> photosTo(telegram).size() == 2);
            assertThat(photosTo(telegram).get(1).photo()).isEqualTo("AgACAgQAAxk-newsroom-photo");
            assertThat(photosTo(telegram).get(1).caption()).contains("Aid convoy reached Madaya");
        }
    }

    @Test
    void silentPushesAndLinkPreviewsChosenInSettingsReachTheApiCalls() throws Exception {
        long quietReader = 1002;
        try (FakeBotApi telegram = new FakeBotApi(); LivePage page = new LivePage(LivePage.sample());
             ConfigurableApplicationContext app = SitrepRunner.start(telegram, page.url(), data, editors())) {
            awaitFirstRead(app);
            telegram.userSends(READER, "private", READER, "/start");
            telegram.userSends(quietReader, "private", quietReader, "/start");
            telegram.userSends(quietReader, "private", quietReader, "/settings");
            await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sentTo(quietReader).size() == 2);
            FakeBotApi.Sent menu = telegram.sentTo(quietReader).get(1);
            assertThat(telegram.buttonsOn(menu)).contains("set:silent:on", "set:previews:on");
            telegram.userClicks(menu, quietReader, "set:silent:on");
            await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sentTo(quietReader).size() == 3);
            telegram.userClicks(menu, quietReader, "set:previews:on");
            await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sentTo(quietReader).size() == 4);
            assertThat(telegram.sentTo(quietReader).get(3).text()).contains("silent").contains("link previews on");

            page.serve(LivePage.sampleWithUpdate("UPDATE 2150 GMT:",
                    "Opposition activists say regime helicopters dropped barrel bombs on Darayya."));
            await().atMost(Duration.ofSeconds(15)).until(() -> pushTo(telegram, READER) != null && pushTo(telegram, quietReader) != null);
            JsonNode plain = pushTo(telegram, READER);
            JsonNode quiet = pushTo(telegram, quietReader);
            assertThat(plain.path("disable_notification").asBoolean(false)).isFalse();
            assertThat(plain.path("link_preview_options").path("is_disabled").asBoolean()).isTrue();
            assertThat(quiet.path("disable_notification").asBoolean()).isTrue();
            assertThat(quiet.path("link_preview_options").path("is_disabled").asBoolean(false)).isFalse();
        }
    }

    private static void linkable(FakeBotApi telegram) {
        telegram.knowsChat(CHANNEL, "channel", "Newsroom live", "newsroom_live");
        telegram.member(CHANNEL, FakeBotApi.BOT_ID, "administrator", true);
        telegram.member(CHANNEL, EDITOR, "administrator", false);
    }

    /** Sends a command from the editor's private chat and waits for the answer. */
    private static String reply(FakeBotApi telegram, String command) {
        int before = telegram.sentTo(EDITOR).size();
        telegram.userSends(EDITOR, "private", EDITOR, command);
        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sentTo(EDITOR).size() > before);
        return telegram.sentTo(EDITOR).get(before).text();
    }

    private static String lastTo(FakeBotApi telegram, long chatId) {
        List<FakeBotApi.Sent> sent = telegram.sentTo(chatId);
        return sent.isEmpty() ? "" : sent.get(sent.size() - 1).text();
    }

    private static long postsMentioning(FakeBotApi telegram, String words) {
        return telegram.sentTo(CHANNEL).stream().filter(s -> s.text().contains(words)).count();
    }

    private static List<FakeBotApi.Edited> editsIn(FakeBotApi telegram) {
        return telegram.edited().stream().filter(e -> e.chatId() == CHANNEL).toList();
    }

    private static List<FakeBotApi.Photo> photosTo(FakeBotApi telegram) {
        return telegram.photos().stream().filter(p -> p.chatId() == CHANNEL).toList();
    }

    private static JsonNode pushTo(FakeBotApi telegram, long chatId) {
        return telegram.requests("sendmessage").stream()
                .filter(r -> r.path("chat_id").asLong() == chatId && r.path("text").asText().contains("barrel bombs"))
                .findFirst().orElse(null);
    }

    private static void awaitFirstRead(ConfigurableApplicationContext app) {
        SourceStatus status = app.getBean(SourceStatus.class);
        await().atMost(Duration.ofSeconds(15)).until(() -> status.of("Test Daily").lastSuccess() != null);
    }
}
