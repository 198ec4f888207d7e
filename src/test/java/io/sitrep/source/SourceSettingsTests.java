package io.sitrep.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.sitrep.shared.InvalidSettingException;
import io.sitrep.shared.SitrepProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class SourceSettingsTests {

    private static SitrepProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bind("sitrep", SitrepProperties.class).get();
    }

    private static InvalidSettingException invalid(SitrepProperties.Source source) {
        return catchThrowableOfType(InvalidSettingException.class, () -> new SitrepProperties(
                new SitrepProperties.Telegram("", URI.create("https://api.telegram.org"), Duration.ofSeconds(25)),
                List.of(source), null, null, null, null));
    }

    @Test
    void severalSourcesBindWithTheirFormatFollowAndPrivateSettings() {
        SitrepProperties properties = bind(Map.of(
                "sitrep.sources[0].name", "Syria Daily",
                "sitrep.sources[0].url", "https://example.org/category/syria/feed/",
                "sitrep.sources[0].follow", "2",
                "sitrep.sources[0].follow-match", "Syria Daily",
                "sitrep.sources[1].url", "https://news.example/live/ukraine",
                "sitrep.sources[1].format", "JSONLD",
                "sitrep.sources[1].poll-interval", "30s",
                "sitrep.sources[1].allow-private", "true",
                "sitrep.fetch.max-redirects", "3"));

        assertThat(properties.sources()).hasSize(2);
        SitrepProperties.Source daily = properties.sources().get(0);
        assertThat(daily.format()).isEqualTo("auto");
        assertThat(daily.follow()).isEqualTo(2);
        assertThat(daily.followMatch()).isEqualTo("Syria Daily");
        assertThat(daily.allowPrivate()).isFalse();
        SitrepProperties.Source live = properties.sources().get(1);
        assertThat(live.name()).isEqualTo("news.example");
        assertThat(SourceFormat.of(live.format())).isEqualTo(SourceFormat.JSONLD);
        assertThat(live.allowPrivate()).isTrue();
        assertThat(properties.fetch().maxRedirects()).isEqualTo(3);
        assertThat(properties.fetch().connectTimeout()).hasSeconds(10);
        assertThat(properties.fetch().maxBackoff()).hasHours(1);
        assertThat(properties.fetch().maxSize().toMegabytes()).isEqualTo(5);
    }

    @Test
    void badSourceSettingsNameTheirProperty() {
        assertThat(invalid(new SitrepProperties.Source("A", "https://a.example/", null, "pdf", 0, null, false)).property())
                .isEqualTo("sitrep.sources[0].format");
        assertThat(invalid(new SitrepProperties.Source("A", "https://a.example/", null, "feed", -1, null, false)).property())
                .isEqualTo("sitrep.sources[0].follow");
        assertThat(invalid(new SitrepProperties.Source("A", "https://a.example/", null, "auto", 3, "(unclosed", false)))
                .hasMessageContaining("sitrep.sources[0].follow-match");
    }

    @Test
    void parsingOverridesBindPerSource() {
        SitrepProperties.Source odd = bind(Map.of(
                "sitrep.sources[0].url", "https://odd.example/live",
                "sitrep.sources[0].entry-selector", "section.tick",
                "sitrep.sources[0].time-selector", ".when",
                "sitrep.sources[0].headline-selector", "em.hl",
                "sitrep.sources[0].time-zone", "Europe/Kyiv",
                "sitrep.sources[0].language", "uk")).sources().get(0);

        assertThat(odd.entrySelector()).isEqualTo("section.tick");
        assertThat(odd.timeSelector()).isEqualTo(".when");
        assertThat(odd.headlineSelector()).isEqualTo("em.hl");
        assertThat(odd.timeZone()).isEqualTo("Europe/Kyiv");
        assertThat(odd.language()).isEqualTo("uk");
    }

    @Test
    void badParsingOverridesNameTheirProperty() {
        assertThat(invalid(new SitrepProperties.Source("A", "https://a.example/", null, "auto", 0, null, false,
                "div[", null, null, null, null)).property()).isEqualTo("sitrep.sources[0].entry-selector");
        assertThat(catchThrowableOfType(InvalidSettingException.class, () -> ParseHintsReader.checkTimeZones(List.of(
                new SitrepProperties.Source("A", "https://a.example/", null, "auto", 0, null, false,
                        null, null, null, "Mars/Olympus", null)))).property()).isEqualTo("sitrep.sources[0].time-zone");
        assertThatCode(() -> ParseHintsReader.checkTimeZones(List.of(new SitrepProperties.Source("A", "https://a.example/",
                null, "auto", 0, null, false, null, null, null, "Kyiv time", null)))).doesNotThrowAnyException();
        assertThat(invalid(new SitrepProperties.Source("A", "https://a.example/", null, "auto", 0, null, false,
                null, null, null, null, "not a tag")).property()).isEqualTo("sitrep.sources[0].language");
    }

    @Test
    void badFetchSettingsNameTheirProperty() {
        assertThat(rootSetting(() -> bind(Map.of("sitrep.fetch.max-redirects", "50")))).isEqualTo("sitrep.fetch.max-redirects");
        assertThat(rootSetting(() -> bind(Map.of("sitrep.fetch.max-size", "10B")))).isEqualTo("sitrep.fetch.max-size");
        assertThat(rootSetting(() -> bind(Map.of("sitrep.fetch.connect-timeout", "0s")))).isEqualTo("sitrep.fetch.connect-timeout");
    }

    private static String rootSetting(Runnable binding) {
        try {
            binding.run();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof InvalidSettingException invalid) {
                    return invalid.property();
                }
            }
            throw e;
        }
        return null;
    }
}
