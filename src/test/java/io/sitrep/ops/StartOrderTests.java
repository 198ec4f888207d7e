package io.sitrep.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.sitrep.SitrepRunner;
import io.sitrep.chat.FakeBotApi;
import io.sitrep.source.LivePage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.Lifecycle;

/** Issue 14 (start fast): the bot reads and answers Telegram before its HTTP and management ports open. */
class StartOrderTests {

    private static final long READER = 4141;

    @TempDir
    Path data;

    @Test
    void telegramPollingAndTheChatWorkersRunBeforeEitherHttpPortOpens() throws Exception {
        List<String> whenEachPortOpened = new CopyOnWriteArrayList<>();
        ApplicationListener<WebServerInitializedEvent> portOpened = event -> {
            String port = event.getApplicationContext().getServerNamespace() == null ? "server"
                    : event.getApplicationContext().getServerNamespace();
            ApplicationContext app = event.getApplicationContext();
            while (!app.containsBean("telegramLongPolling") && app.getParent() != null) {
                app = app.getParent(); // the management port's context is a child of the application's
            }
            whenEachPortOpened.add(port + ": polling="
                    + app.getBean("telegramLongPolling", Lifecycle.class).isRunning()
                    + " inbox=" + app.getBean("inboxWorker", Lifecycle.class).isRunning()
                    + " outbox=" + app.getBean("outboxSender", Lifecycle.class).isRunning());
        };
        try (FakeBotApi telegram = new FakeBotApi(); LivePage page = new LivePage(LivePage.sample())) {
            telegram.userSends(READER, "private", READER, "/start");
            try (ConfigurableApplicationContext app = SitrepRunner.start(telegram, page.url(), data,
                    Map.of("sitrep.http.enabled", "true", "server.port", "0", "management.server.port", "0"),
                    List.of(portOpened))) {
                await().atMost(Duration.ofSeconds(15)).until(() -> !telegram.sentTo(READER).isEmpty());

                assertThat(whenEachPortOpened).containsExactlyInAnyOrder(
                        "server: polling=true inbox=true outbox=true",
                        "management: polling=true inbox=true outbox=true");
                assertThat(telegram.sentTo(READER).get(0).text()).contains("Welcome to Sitrep");
            }
        }
    }
}
