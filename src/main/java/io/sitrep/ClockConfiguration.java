package io.sitrep;

import java.time.Clock;

import io.sitrep.shared.SitrepMode;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The one clock every time-dependent part uses, so tests can replace it, and the resolved {@link SitrepMode}. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The mode {@code SitrepModeResolver} resolved, for beans that behave differently in the console. */
    @Bean
    SitrepMode sitrepMode(Environment environment) {
        return SitrepMode.of(environment);
    }
}
