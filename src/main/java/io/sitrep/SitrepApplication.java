package io.sitrep;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Entry point: runs the bot, or a one-off tool such as {@code analyze} when named on the command line. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class SitrepApplication {

    public static void main(String[] args) {
        SpringApplication.run(SitrepApplication.class, args);
    }
}
