package io.sitrep.source;

import java.time.Duration;

import io.sitrep.SitrepProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the parser and the page fetcher. */
@Configuration(proxyBeanMethods = false)
class SourceConfiguration {

    static final int MAX_PAGE_BYTES = 5 * 1024 * 1024;

    @Bean
    LiveBlogParser liveBlogParser() {
        return new LiveBlogParser();
    }

    @Bean
    PageFetcher pageFetcher() {
        return new PageFetcher(Duration.ofSeconds(20), MAX_PAGE_BYTES);
    }

    @Bean
    PageSource pageSource(PageFetcher fetcher, SitrepProperties properties) {
        if (properties.consoleMode() && properties.console().replay()) {
            return new ReplayingPageSource(fetcher);
        }
        return source -> fetcher.fetch(source.url());
    }
}
