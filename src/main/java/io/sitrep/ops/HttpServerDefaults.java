package io.sitrep.ops;

import java.util.Locale;
import java.util.Map;

import io.sitrep.shared.SitrepMode;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides whether Sitrep opens its HTTP ports (the webhook and API port, and the management port with health and
 * metrics): yes in Telegram mode, no in console mode, unless {@code sitrep.http.enabled} says otherwise; always in
 * webhook mode, which cannot work without. When off, no web server starts at all.
 */
class HttpServerDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!httpEnabled(environment)) {
            environment.getPropertySources().addLast(new MapPropertySource("sitrep-http-off",
                    Map.of("spring.main.web-application-type", "none")));
        }
    }

    static boolean httpEnabled(ConfigurableEnvironment environment) {
        boolean console = SitrepMode.of(environment).isConsole();
        boolean webhook = environment.getProperty("sitrep.telegram.mode", "polling").trim().toLowerCase(Locale.ROOT).equals("webhook");
        Boolean explicit = environment.getProperty("sitrep.http.enabled", Boolean.class);
        return webhook || (explicit != null ? explicit : !console);
    }
}
