package io.sitrep.chat;

import io.sitrep.shared.SitrepMode;
import io.sitrep.shared.SitrepProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/** Console mode, used when no bot token is set: the terminal is the chat. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = SitrepMode.PROPERTY, havingValue = "console")
class ConsoleConfiguration {

    @Bean
    ConsoleButtons consoleButtons() {
        return new ConsoleButtons();
    }

    @Bean
    ChatGateway consoleChatGateway(ConsoleButtons buttons) {
        return new ConsoleChatGateway(System.out, buttons);
    }

    @Bean
    BotIdentity botIdentity() {
        return new BotIdentity("sitrep_console");
    }

    @Bean
    @ConditionalOnProperty(name = "sitrep.console.enabled", havingValue = "true", matchIfMissing = true)
    ConsoleChat consoleChat(IncomingMessageHandler handler, TransactionTemplate transactions, SitrepProperties properties,
                            ConsoleButtons buttons) {
        return new ConsoleChat(handler, transactions, System.in, System.out, properties, buttons);
    }
}
