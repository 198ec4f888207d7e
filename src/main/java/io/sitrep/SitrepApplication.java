package io.sitrep;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Entry point: runs the bot, or a one-off tool such as {@code analyze} when named on the command line. The excluded
 * auto-configurations are ones whose conditions match but that Sitrep never uses (it calls out with OkHttp and
 * java.net.http, never with RestClient or RestTemplate, and serves no WebSocket or multipart upload): each would
 * only cost start-up time. Exception translation too: its post-processor wraps every {@code @Repository} in a CGLIB
 * proxy (nine classes generated at each start) to translate JPA's exceptions, and Sitrep's stores use JdbcTemplate,
 * which throws Spring's {@code DataAccessException}s itself.
 */
@SpringBootApplication(exclude = {
        org.springframework.boot.autoconfigure.http.client.HttpClientAutoConfiguration.class,
        org.springframework.boot.actuate.autoconfigure.observation.web.client.HttpClientObservationsAutoConfiguration.class,
        org.springframework.boot.autoconfigure.web.client.RestClientAutoConfiguration.class,
        org.springframework.boot.autoconfigure.web.client.RestTemplateAutoConfiguration.class,
        org.springframework.boot.autoconfigure.websocket.servlet.WebSocketServletAutoConfiguration.class,
        org.springframework.boot.autoconfigure.web.servlet.MultipartAutoConfiguration.class,
        org.springframework.boot.autoconfigure.dao.PersistenceExceptionTranslationAutoConfiguration.class})
@ConfigurationPropertiesScan
@EnableScheduling
public class SitrepApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("analyze")) {
            // A one-off look at a page: no Spring context, so no bot, database, Telegram or console.
            System.exit(io.sitrep.source.PageAnalyzer.main(java.util.List.of(args).subList(1, args.length),
                    io.sitrep.briefing.AnalyzeFindings::withDefaults));
        }
        SpringApplication.run(SitrepApplication.class, expandShortcuts(args));
    }

    /**
     * {@code --replay} is the console demo: the bundled sample's UPDATEs are revealed one at a time, on a fresh
     * in-memory database so the demo shows pushes every time it runs.
     */
    static String[] expandShortcuts(String[] args) {
        java.util.List<String> expanded = new java.util.ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--replay")) {
                expanded.add("--sitrep.console.replay=true");
                expanded.add("--spring.datasource.url=jdbc:h2:mem:sitrep-replay;DB_CLOSE_DELAY=-1");
            } else {
                expanded.add(arg);
            }
        }
        return expanded.toArray(String[]::new);
    }
}
