package io.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;

import io.sitrep.shared.SitrepProperties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class SitrepPropertiesTests {

    private static Throwable startWith(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.add("--spring.datasource.url=jdbc:h2:mem:props-" + System.nanoTime());
        all.add("--sitrep.console.enabled=false");
        all.add("--sitrep.polling.enabled=false");
        return catchThrowable(() -> new SpringApplicationBuilder(SitrepApplication.class).run(all.toArray(String[]::new)).close());
    }

    @Test
    void unparseableIntervalStopsStartUpWithOneLineNamingTheProperty(CapturedOutput output) {
        Throwable failure = startWith("--sitrep.sources[0].url=classpath:x.html", "--sitrep.sources[0].poll-interval=6 parsecs");

        assertThat(failure).isNotNull();
        assertThat(output.getOut() + output.getErr()).contains("Invalid setting sitrep.sources[0].poll-interval")
                .doesNotContain("\tat org.springframework");
    }

    @Test
    void unknownTimeZoneStopsStartUpWithOneLineNamingTheSourceSetting(CapturedOutput output) {
        Throwable failure = startWith("--sitrep.sources[0].url=classpath:x.html", "--sitrep.sources[0].time-zone=Atlantis/Capital");

        assertThat(failure).isNotNull();
        assertThat(output.getOut() + output.getErr()).contains("sitrep.sources[0].time-zone")
                .contains("'Atlantis/Capital' is not a time zone")
                .doesNotContain("\tat org.springframework");
    }

    @Test
    void unknownUrlSchemeIsRefusedByName(CapturedOutput output) {
        startWith("--sitrep.sources[0].url=gopher://example.org/blog");

        assertThat(output.getOut() + output.getErr())
                .contains("Invalid setting sitrep.sources[0].url: 'gopher://example.org/blog' must start with http://, https://, file: or classpath:")
                .doesNotContain("\tat ");
    }

    @Test
    void malformedTokenIsRefusedWithoutEchoingIt(CapturedOutput output) {
        startWith("--sitrep.telegram.token=not-a-token-secret-value");

        assertThat(output.getOut() + output.getErr()).contains("Invalid setting sitrep.telegram.token")
                .doesNotContain("not-a-token-secret-value").doesNotContain("\tat ");
    }

    @Test
    void defaultsFollowTheBundledSampleInConsoleMode() {
        SitrepProperties properties = new SitrepProperties(
                new SitrepProperties.Telegram("", java.net.URI.create("https://api.telegram.org"), java.time.Duration.ofSeconds(25)),
                null, null, null, null, null);

        assertThat(properties.sources()).singleElement().satisfies(s -> {
            assertThat(s.url()).isEqualTo(SitrepProperties.SAMPLE_URL);
            assertThat(s.pollInterval()).hasSeconds(60);
        });
        assertThat(properties.telegram().toString()).doesNotContain("token=1");
    }
}
