package io.sitrep.source;

import io.sitrep.SitrepProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the parser and the page fetcher. */
@Configuration(proxyBeanMethods = false)
class SourceConfiguration {

    @Bean
    LiveBlogParser liveBlogParser() {
        return new LiveBlogParser();
    }

    @Bean
    PageFetcher pageFetcher(SitrepProperties properties) {
        return new PageFetcher(properties.fetch().timeout(), (int) properties.fetch().maxSize().toBytes());
    }

    @Bean
    PageSource pageSource(PageFetcher fetcher, SitrepProperties properties) {
        if (properties.consoleMode() && properties.console().replay()) {
            return new ReplayingPageSource(fetcher);
        }
        return source -> fetcher.fetch(source.url());
    }
}
