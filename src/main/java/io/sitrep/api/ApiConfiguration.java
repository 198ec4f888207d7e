package io.sitrep.api;

import java.net.InetAddress;

import io.sitrep.shared.InvalidSettingException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The dashboard API, served when Sitrep runs its HTTP port: protected by {@code sitrep.api.key} when one is set,
 * and refusing to start on a port reachable from other machines without one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "sitrep.api.enabled", havingValue = "true", matchIfMissing = true)
class ApiConfiguration {

    @Bean
    FilterRegistrationBean<ApiKeyFilter> apiKeyFilter(ApiProperties api, ServerProperties server) {
        InetAddress address = server.getAddress();
        boolean loopbackOnly = address != null && address.isLoopbackAddress();
        if (!loopbackOnly && !api.hasKey()) {
            throw new InvalidSettingException("sitrep.api.key", "the HTTP port listens on "
                    + (address == null ? "every interface" : address.getHostAddress())
                    + ", so the API needs a key (or set sitrep.api.enabled=false, or server.address=127.0.0.1)");
        }
        FilterRegistrationBean<ApiKeyFilter> registration = new FilterRegistrationBean<>(new ApiKeyFilter(api.key()));
        registration.addUrlPatterns("/api/*");
        registration.setEnabled(api.hasKey());
        return registration;
    }
}
