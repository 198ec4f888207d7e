package io.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.sitrep.chat.FakeBotApi;
import io.sitrep.source.LivePage;
import io.sitrep.source.SourceStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** A reader's journey through the whole application, against a fake Bot API and a live-blog page on loopback. */
class SitrepJourneyTests {

    private static final long READER = 1001;

    @TempDir
    Path data;

    @Test
    void readerSubscribesReadsLatestAndGetsEachNewUpdateExactlyOnceAcrossRestarts() throws Exception {
        try (FakeBotApi telegram = new FakeBotApi(); LivePage page = new LivePage(LivePage.sample())) {
            try (ConfigurableApplicationContext app = SitrepRunner.start(telegram, page.url(), data, Map.of())) {
                awaitFirstRead(app);

                telegram.userSends(READER, "private", READER, "/start");
                await().atMost(Duration.ofSeconds(10)).until(() -> !telegram.sentTo(READER).isEmpty());
                String welcome = telegram.sentTo(READER).get(0).text();
                assertThat(welcome).contains("Welcome to Sitrep").contains("/latest").contains("20:30 GMT");

                telegram.userSends(READER, "private", READER, "/latest");
                await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sentTo(READER).size() >= 2);
                FakeBotApi.Sent latest = telegram.sentTo(READER).get(1);
                assertThat(latest.parseMode()).isEqualTo("HTML");
                assertThat(latest.text()).contains("20:30 GMT").contains("Jaish al-Fateh rebel bloc claims")
                        .contains("10:00 GMT");
                assertThat(latest.text().indexOf("20:30")).isLessThan(latest.text().indexOf("10:00"));

                page.serve(LivePage.sampleWithUpdate("UPDATE 2145 GMT:",
                        "Opposition activists say regime helicopters dropped barrel bombs on Darayya."));
                await().atMost(Duration.ofSeconds(10)).until(() -> pushesMentioning(telegram, "barrel bombs") == 1);
                Settled.afterReads(app, telegram, "Test Daily", 2); // the same page, read again
                assertThat(pushesMentioning(telegram, "barrel bombs")).isEqualTo(1);
            }
            int sentBeforeRestart = telegram.sentTo(READER).size();

            try (ConfigurableApplicationContext app = SitrepRunner.start(telegram, page.url(), data, Map.of())) {
                awaitFirstRead(app);
                Settled.afterReads(app, telegram, "Test Daily", 2);
                assertThat(telegram.sentTo(READER)).hasSize(sentBeforeRestart);

                telegram.userSends(READER, "private", READER, "/latest");
                await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sentTo(READER).size() > sentBeforeRestart);
                assertThat(telegram.sentTo(READER).get(sentBeforeRestart).text()).contains("21:45 GMT").contains("barrel bombs");
            }
        }
    }

    @Test
    void pageTextArrivesEscapedAndAFailedSendIsRetriedNotLost() throws Exception {
        try (FakeBotApi telegram = new FakeBotApi(); LivePage page = new LivePage(LivePage.sample());
             ConfigurableApplicationContext app = SitrepRunner.start(telegram, page.url(), data, Map.of())) {
            awaitFirstRead(app);
            telegram.userSends(READER, "private", READER, "/start");
            await().atMost(Duration.ofSeconds(10)).until(() -> !telegram.sentTo(READER).isEmpty());

            telegram.failNextSendTo(READER, 502, "<html>Bad Gateway</html>");
            page.serve(LivePage.sampleWithUpdate("UPDATE 2200 GMT:",
                    "Activists post &lt;script&gt;alert(1)&lt;/script&gt; claims &amp; counter-claims about Idlib."));

            await().atMost(Duration.ofSeconds(15)).until(() -> pushesMentioning(telegram, "counter-claims") == 1);
            String push = telegram.sentTo(READER).stream().filter(s -> s.text().contains("counter-claims"))
                    .findFirst().orElseThrow().text();
            assertThat(push).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("claims &amp; counter-claims")
                    .doesNotContain("<script>");
        }
    }

    @Test
    void brokenSlowOrGarbagePagesKeepTheCacheServingAndAreCounted() throws Exception {
        try (FakeBotApi telegram = new FakeBotApi(); LivePage page = new LivePage(LivePage.sample());
             ConfigurableApplicationContext app = SitrepRunner.start(telegram, page.url(), data, Map.of())) {
            awaitFirstRead(app);
            SourceStatus status = app.getBean(SourceStatus.class);

            page.serve(new okhttp3.mockwebserver.MockResponse().setResponseCode(500).setBody("oops"));
            await().atMost(Duration.ofSeconds(10)).until(() -> status.of("Test Daily").errors() >= 1);
            assertThat(status.of("Test Daily").lastErrorMessage()).contains("HTTP 500");

            page.serve(new okhttp3.mockwebserver.MockResponse().setBody(LivePage.sample())
                    .setHeadersDelay(5, java.util.concurrent.TimeUnit.SECONDS));
            await().atMost(Duration.ofSeconds(15)).until(() -> status.of("Test Daily").lastErrorMessage().contains("timed out"));

            page.serve(new okhttp3.mockwebserver.MockResponse().setHeader("Content-Type", "text/html")
                    .setBody("\u0000\u0001<<<>>> garbage ]]> <p"));
            long before = status.of("Test Daily").errors();
            await().atMost(Duration.ofSeconds(10)).until(() -> status.of("Test Daily").errors() > before);
            assertThat(status.of("Test Daily").lastErrorMessage()).contains("layout change");

            telegram.userSends(READER, "private", READER, "/latest");
            await().atMost(Duration.ofSeconds(10)).until(() -> !telegram.sentTo(READER).isEmpty());
            assertThat(telegram.sentTo(READER).get(0).text()).contains("20:30 GMT");
            assertThat(app.getBean(io.micrometer.core.instrument.MeterRegistry.class)
                    .counter("sitrep.poll.errors", "source", "Test Daily").count()).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void oversizedArgumentsUnknownCommandsAndOtherBotsCommandsGetTheRightAnswer() throws Exception {
        try (FakeBotApi telegram = new FakeBotApi(); LivePage page = new LivePage(LivePage.sample());
             ConfigurableApplicationContext app = SitrepRunner.start(telegram, page.url(), data, Map.of())) {
            awaitFirstRead(app);
            telegram.userSends(READER, "private", READER, "/latest " + "x".repeat(5000));
            await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sentTo(READER).size() == 1);
            assertThat(telegram.sentTo(READER).get(0).text()).contains("too long");

            telegram.userSends(READER, "private", READER, "/frobnicate <b>now</b>");
            await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sentTo(READER).size() == 2);
            assertThat(telegram.sentTo(READER).get(1).text()).contains("/frobnicate is not a command I know").contains("/help");

            long group = -100200300L;
            telegram.userSends(group, "supergroup", READER, "/latest@some_other_bot");
            telegram.userSends(group, "supergroup", READER, "/latest@" + FakeBotApi.USERNAME);
            await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sentTo(group).size() == 1);
            Settled.await(app, telegram);
            assertThat(telegram.sentTo(group)).hasSize(1);
            assertThat(telegram.sentTo(group).get(0).text()).contains("20:30 GMT");
        }
    }

    @Test
    void mapArrivesAsAPictureWithACaptionAndAPlaceWithoutNewsIsAnsweredInText() throws Exception {
        try (FakeBotApi telegram = new FakeBotApi(); LivePage page = new LivePage(LivePage.sample());
             ConfigurableApplicationContext app = SitrepRunner.start(telegram, page.url(), data, Map.of())) {
            awaitFirstRead(app);

            telegram.userSends(READER, "private", READER, "/map");
            await().atMost(Duration.ofSeconds(20)).until(() -> !telegram.photos().isEmpty());
            FakeBotApi.Photo map = telegram.photos().get(0);
            assertThat(map.chatId()).isEqualTo(READER);
            assertThat(map.png()).isTrue();
            assertThat(map.caption()).contains("Khan Tuman").contains("Aleppo").contains("GeoNames");
            assertThat(map.caption().length()).isLessThanOrEqualTo(1024);

            telegram.userSends(READER, "private", READER, "/map kharkiv");
            await().atMost(Duration.ofSeconds(10)).until(() -> !telegram.sentTo(READER).isEmpty());
            assertThat(telegram.sentTo(READER).get(0).text()).contains("No places to map in Kharkiv");
            assertThat(telegram.photos()).hasSize(1);
        }
    }

    @Test
    void aTypoFixOnThePageEditsEachSentPushIntoExactlyThePushTextForItsReaderFooterAndLocalTimeIncluded() throws Exception {
        long kyivReader = 1002;
        String typo = "Activists say regime shelling killed 12 civilians in Darayya on Sunday eveneing.";
        try (FakeBotApi telegram = new FakeBotApi(); LivePage page = new LivePage(LivePage.sample());
             ConfigurableApplicationContext app = SitrepRunner.start(telegram, page.url(), data, Map.of())) {
            awaitFirstRead(app);
            telegram.userSends(READER, "private", READER, "/start");
            telegram.userSends(kyivReader, "private", kyivReader, "/start");
            telegram.userSends(kyivReader, "private", kyivReader, "/timezone Europe/Kyiv");
            await().atMost(Duration.ofSeconds(10)).until(() -> telegram.sentTo(READER).size() == 1
                    && telegram.sentTo(kyivReader).size() == 2);

            page.serve(LivePage.sampleWithUpdate("UPDATE 2110 GMT:", typo));
            await().atMost(Duration.ofSeconds(15)).until(() -> pushesMentioning(telegram, READER, "eveneing") == 1
                    && pushesMentioning(telegram, kyivReader, "eveneing") == 1);
            FakeBotApi.Sent gmtPush = push(telegram, READER, "eveneing");
            FakeBotApi.Sent kyivPush = push(telegram, kyivReader, "eveneing");
            assertThat(gmtPush.text()).contains("UPDATE 21:10 GMT</b>").contains("\ud83d\udccd /daraya")
                    .contains("\ud83e\ude78 ");
            assertThat(kyivPush.text()).contains("UPDATE 00:10 (21:10 GMT)</b>").contains("\ud83d\udccd /daraya")
                    .contains("\ud83e\ude78 ");

            page.serve(LivePage.sampleWithUpdate("UPDATE 2110 GMT:", typo.replace("eveneing", "evening")));
            await().atMost(Duration.ofSeconds(15)).until(() -> telegram.edited().size() >= 2);
            assertThat(telegram.edited()).hasSize(2).allSatisfy(edit -> {
                FakeBotApi.Sent pushed = edit.chatId() == READER ? gmtPush : kyivPush;
                assertThat(edit.messageId()).isEqualTo(pushed.messageId());
                assertThat(edit.text()).isEqualTo(pushed.text().replace("eveneing", "evening"));
            });
        }
    }

    private static FakeBotApi.Sent push(FakeBotApi telegram, long chatId, String words) {
        return telegram.sentTo(chatId).stream().filter(s -> s.text().contains(words)).findFirst().orElseThrow();
    }

    private static long pushesMentioning(FakeBotApi telegram, long chatId, String words) {
        return telegram.sentTo(chatId).stream().filter(s -> s.text().contains(words) && s.text().contains("UPDATE")).count();
    }

    private static void awaitFirstRead(ConfigurableApplicationContext app) {
        SourceStatus status = app.getBean(SourceStatus.class);
        await().atMost(Duration.ofSeconds(15)).until(() -> status.of("Test Daily").lastSuccess() != null);
    }

    private static long pushesMentioning(FakeBotApi telegram, String words) {
        return telegram.sentTo(READER).stream().filter(s -> s.text().contains(words) && s.text().contains("UPDATE")).count();
    }
}
