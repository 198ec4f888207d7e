package io.sitrep.command;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.sitrep.SitrepApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application with no console, polling or sending, editors 42 and 43, and {@link CommandHarness}'s
 * recording gateway: the one context the command, newsroom, channel and language tests share (Spring starts it
 * once per test JVM because every class asks for exactly this).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = SitrepApplication.class, properties = {
        "sitrep.console.enabled=false", "sitrep.polling.enabled=false", "sitrep.delivery.enabled=false",
        "sitrep.editors=42,43", "spring.datasource.url=jdbc:h2:mem:sitrep-commands;DB_CLOSE_DELAY=-1",
        "logging.threshold.console=WARN"})
@Import(CommandHarness.Config.class)
public @interface CommandContextTest {
}
