package io.sitrep.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.sitrep.Settled;
import io.sitrep.SitrepRunner;
import io.sitrep.chat.FakeBotApi;
import io.sitrep.source.LivePage;
import io.sitrep.source.SourceStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** A forum group and an editor through the whole application, against the fake Bot API. */
class GroupJourneyTests {

    private static final long GROUP = -1009001;
    private static final long ADMIN = 9101;
    private static final long MEMBER = 9102;
    private static final long EDITOR = 9200;

    @TempDir
    Path data;

    @Test
    void adminSubscribesAForumTopicMembersAreRefusedAndPushesLandInTheTopic() throws Exception {
        try (FakeBotApi telegram = new FakeBotApi(); LivePage page = new LivePage(LivePage.sample())) {
            telegram.failSetMyCommands(1); // the first menu fails: logged, start-up goes on
            telegram.makeAdmins(GROUP, ADMIN);
            try (ConfigurableApplicationContext app = SitrepRunner.start(telegram, page.url(), data,
                    Map.of("sitrep.editors", String.valueOf(EDITOR)))) {
                awaitFirstRead(app);
                // three scopes, each in every language; the very first call failed
                int menus = 3 * io.sitrep.language.Language.values().length - 1;
                await().atMost(Duration.ofSeconds(10)).until(() -> telegram.menus().size() >= menus);
                assertThat(telegram.menus()).anySatisfy(m -> assertThat(m.scope()).isEqualTo("all_group_chats"))
                        .anySatisfy(m -> {
                            assertThat(m.scope()).isEqualTo("chat");
                            assertThat(m.chatId()).isEqualTo(EDITOR);
                            assertThat(m.commands()).contains("publish", "broadcast", "stats");
                        });

                telegram.botAddedTo(GROUP, "supergroup", ADMIN);
                await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sentTo(GROUP).size() == 1);
                assertThat(telegram.sentTo(GROUP).get(0).text()).contains("Hello").contains("/subscribe");

                telegram.userSendsInTopic(GROUP, MEMBER, 55, "/subscribe@" + FakeBotApi.USERNAME + " idlib");
                await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sentTo(GROUP).size() == 2);
                assertThat(telegram.sentTo(GROUP).get(1).text()).contains("Only this group's admins");
                assertThat(telegram.sentTo(GROUP).get(1).threadId()).isEqualTo(55);

                telegram.userSendsInTopic(GROUP, ADMIN, 55, "/subscribe idlib");
                await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sentTo(GROUP).size() == 3);
                assertThat(telegram.sentTo(GROUP).get(2).text()).contains("Subscribed to <b>Idlib");

                telegram.userSendsInTopic(GROUP, MEMBER, 55, "/settings");
                await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sentTo(GROUP).size() == 4);
                FakeBotApi.Sent menu = telegram.sentTo(GROUP).get(3);
                assertThat(telegram.buttonsOn(menu)).contains("set:mode:hourly", "set:menu:tz");
                telegram.userClicks(menu, MEMBER, "set:mode:hourly");
                await().atMost(Duration.ofSeconds(10)).until(() -> !telegram.callbackAnswers().isEmpty());
                assertThat(telegram.callbackAnswers().get(0).text()).contains("Only the group's admins");

                page.serve(LivePage.sampleWithUpdate("UPDATE 2145 GMT:",
                        "Regime helicopters dropped barrel bombs on Saraqeb, activists say.")
                        .replace("<p><strong>UPDATE 2030 GMT:</strong>",
                                "<p><strong>UPDATE 2150 GMT:</strong> Talks resumed in Geneva.</p>\n<p><strong>UPDATE 2030 GMT:</strong>"));
                await().atMost(Duration.ofSeconds(15)).until(() -> telegram.sentTo(GROUP).stream()
                        .anyMatch(s -> s.text().contains("Saraqeb") && s.text().contains("UPDATE")));
                Settled.await(app, telegram);
                FakeBotApi.Sent push = telegram.sentTo(GROUP).stream().filter(s -> s.text().contains("Saraqeb")).findFirst().orElseThrow();
                assertThat(push.threadId()).isEqualTo(55);
                assertThat(telegram.sentTo(GROUP)).noneMatch(s -> s.text().contains("Talks resumed in Geneva"));

                telegram.botRemovedFrom(GROUP, "supergroup", ADMIN);
                await().atMost(Duration.ofSeconds(10)).until(() -> !app.getBean(SubscriberStore.class).isActive(GROUP));
            }
        }
    }

    @Test
    void anEditorPublishesAndCorrectsAnUpdateThatReadersSeeCorrected() throws Exception {
        long reader = 9301;
        try (FakeBotApi telegram = new FakeBotApi(); LivePage page = new LivePage(LivePage.sample());
             ConfigurableApplicationContext app = SitrepRunner.start(telegram, page.url(), data,
                     Map.of("sitrep.editors", String.valueOf(EDITOR)))) {
            awaitFirstRead(app);
            telegram.userSends(reader, "private", reader, "/start");
            await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sentTo(reader).size() == 1);

            telegram.userSends(reader, "private", reader, "/publish Not an editor");
            await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sentTo(reader).size() == 2);
            assertThat(telegram.sentTo(reader).get(1).text()).startsWith("Not allowed");

            telegram.userSends(EDITOR, "private", EDITOR, "/publish Newsroom check: a ceasefire holds in Homs.");
            await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sentTo(reader).stream()
                    .anyMatch(s -> s.text().contains("ceasefire holds in Homs")));
            await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sentTo(EDITOR).stream().anyMatch(s -> s.text().contains("Published as")));
            String confirmation = telegram.sentTo(EDITOR).stream().filter(s -> s.text().contains("Published as")).findFirst().orElseThrow().text();
            String id = confirmation.replaceAll("(?s).*<code>(nr[0-9a-f]+)</code>.*", "$1");

            telegram.userSends(EDITOR, "private", EDITOR, "/correct " + id + " Newsroom check: a ceasefire holds in Hama.");
            await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sentTo(EDITOR).stream().anyMatch(s -> s.text().contains("Corrected")));
            int before = telegram.sentTo(reader).size();
            telegram.userSends(reader, "private", reader, "/latest");
            await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sentTo(reader).size() > before);
            assertThat(telegram.sentTo(reader).get(before).text()).contains("ceasefire holds in Hama").doesNotContain("in Homs");
        }
    }

    private static void awaitFirstRead(ConfigurableApplicationContext app) {
        SourceStatus status = app.getBean(SourceStatus.class);
        await().atMost(Duration.ofSeconds(15)).until(() -> status.of("Test Daily").lastSuccess() != null);
    }
}
