package io.sitrep.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.sitrep.shared.SitrepProperties;
import org.junit.jupiter.api.Test;

class SourceOverridesTests {

    private static final String URL = "https://odd.example/live";

    // Entries whose time comes last and whose headline is an <em>: nothing auto-detection can lean on.
    private static final String ODD_PAGE = """
            <html><head><title>Odd live</title><meta name="date" content="2031-11-05T07:00:00Z"></head><body>
            <div class="stream">
             <section class="tick"><em class="hl">Bridge reopens</em><p>Traffic flows again over the east bridge.</p>
              <small class="when">last edit 10:42</small><span class="when-raw">10:42</span></section>
             <section class="tick"><em class="hl">Rain warning lifted</em><p>The weather service has lifted its warning.</p>
              <span class="when-raw">9:15</span></section>
            </div></body></html>
            """;

    private final PageParser parser = new PageParser(new LiveBlogParser(), new JsonLdLiveBlogParser(), new FeedParser());

    private static SitrepProperties.Source source(String entry, String time, String headline, String zone) {
        return new SitrepProperties.Source("Odd", URL, null, "auto", 0, null, false, entry, time, headline, zone, null);
    }

    private ParsedPage read(String html, SitrepProperties.Source source) throws FetchException {
        return parser.parse(Fixtures.page(URL, "text/html", html), SourceFormat.AUTO, source.name(), ParseHintsReader.of(source));
    }

    @Test
    void configuredSelectorsReadAPageAutoDetectionCannot() throws FetchException {
        ParsedPage auto = read(ODD_PAGE, source(null, null, null, null));
        ParsedPage configured = read(ODD_PAGE, source("section.tick", ".when-raw", ".hl", "Europe/Oslo"));

        assertThat(auto.entries()).noneMatch(e -> e.time() != null);
        assertThat(configured.strategy()).isEqualTo("configured");
        assertThat(configured.entries()).extracting(Entry::headline).containsExactly("Bridge reopens", "Rain warning lifted");
        assertThat(configured.entries()).extracting(Entry::time).containsExactly(
                Instant.parse("2031-11-05T09:42:00Z"), Instant.parse("2031-11-05T08:15:00Z"));
        assertThat(configured.entries().get(0).paragraphs()).containsExactly("Traffic flows again over the east bridge.",
                "last edit 10:42");
        assertThat(configured.timeSource(configured.entries().get(0))).isEqualTo("time-selector");
    }

    @Test
    void aConfiguredTimeZoneCorrectsAWrongGuess() throws FetchException {
        String ticker = Fixtures.text("live/uhr-ticker-day-headings.html");

        ParsedPage guessed = read(ticker, source(null, null, null, null));
        ParsedPage corrected = read(ticker, source(null, null, null, "Europe/London"));

        assertThat(guessed.entries().get(0).time()).isEqualTo(Instant.parse("2031-07-17T09:04:00Z"));
        assertThat(corrected.entries().get(0).time()).isEqualTo(Instant.parse("2031-07-17T10:04:00Z"));
        assertThat(read(ticker, source(null, null, null, "CET")).entries().get(0).time())
                .isEqualTo(Instant.parse("2031-07-17T10:04:00Z"));
    }
}
