package io.sitrep.source;

import io.sitrep.shared.SitrepMode;
import io.sitrep.shared.SitrepProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the parsers, the page fetcher and the source reader. */
@Configuration(proxyBeanMethods = false)
class SourceConfiguration {

    @Bean
    LiveBlogParser liveBlogParser(java.time.Clock clock) {
        return new LiveBlogParser(clock);
    }

    @Bean
    FeedParser feedParser() {
        return new FeedParser();
    }

    @Bean
    PageParser pageParser(LiveBlogParser inline, FeedParser feeds) {
        return new PageParser(inline, new JsonLdLiveBlogParser(), feeds);
    }

    @Bean
    PageFetcher pageFetcher(SitrepProperties properties) {
        return new PageFetcher(properties.fetch());
    }

    @Bean
    PageSource pageSource(PageFetcher fetcher, SitrepProperties properties, SitrepMode mode,
                          ObjectProvider<ReplayAudience> audience) {
        ParseHintsReader.checkTimeZones(properties.sources());
        if (mode.isConsole() && properties.console().replay()) {
            return new ReplayingPageSource(fetcher, audience.getIfAvailable(() -> ReplayAudience.ALWAYS));
        }
        return (source, url, previous) -> fetcher.fetch(url, previous, source.allowPrivate());
    }

    @Bean
    SourceReader sourceReader(PageSource pages, PageParser parser, FeedParser feeds,
                              io.micrometer.core.instrument.MeterRegistry meters) {
        return new SourceReader(pages, parser, feeds, meters);
    }
}
