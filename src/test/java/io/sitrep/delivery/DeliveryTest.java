package io.sitrep.delivery;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/** The application on an in-memory database with nothing running on its own: tests drive the sender themselves. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:delivery-tests;DB_CLOSE_DELAY=-1",
        "sitrep.delivery.enabled=false",
        "sitrep.polling.enabled=false",
        "sitrep.console.enabled=false",
        "logging.level.io.sitrep=WARN"})
@interface DeliveryTest {
}
