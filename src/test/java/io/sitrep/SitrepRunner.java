package io.sitrep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.sitrep.chat.FakeBotApi;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the whole Sitrep application for a test, in Telegram mode against a fake Bot API. */
public final class SitrepRunner {

    private SitrepRunner() {
    }

    public static ConfigurableApplicationContext start(FakeBotApi telegram, String pageUrl, Path dataDir,
                                                       Map<String, String> extra) {
        return start(telegram, pageUrl, dataDir, extra, List.of());
    }

    /** The same, with listeners that hear the start-up's own events. */
    public static ConfigurableApplicationContext start(FakeBotApi telegram, String pageUrl, Path dataDir,
                                                       Map<String, String> extra,
                                                       List<ApplicationListener<?>> listeners) {
        List<String> args = new ArrayList<>(List.of(
                "--sitrep.telegram.token=" + FakeBotApi.TOKEN,
                "--sitrep.telegram.api-url=" + telegram.url(),
                "--sitrep.telegram.poll-timeout=1s",
                "--sitrep.sources[0].name=Test Daily",
                "--sitrep.sources[0].url=" + pageUrl,
                "--sitrep.sources[0].poll-interval=1s",
                "--sitrep.sources[0].allow-private=true", // the page is served on 127.0.0.1
                "--sitrep.fetch.timeout=2s",
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("sitrep").toAbsolutePath()));
        extra.forEach((k, v) -> args.add("--" + k + "=" + v));
        return new SpringApplicationBuilder(SitrepApplication.class).listeners(listeners.toArray(ApplicationListener<?>[]::new))
                .run(args.toArray(String[]::new));
    }
}
