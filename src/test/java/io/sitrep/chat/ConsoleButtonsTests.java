package io.sitrep.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ConsoleButtonsTests {

    @Test
    void typingAButtonsLabelPressesTheButtonLastShown() {
        ConsoleButtons shown = new ConsoleButtons();
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        ConsoleChatGateway gateway = new ConsoleChatGateway(new PrintStream(screen, true, StandardCharsets.UTF_8), shown);

        gateway.send(1, null, "<b>Settings</b>", Buttons.row(Buttons.button("Hourly", "set:hourly"), Buttons.button("Daily…", "set:daily")));

        assertThat(screen.toString(StandardCharsets.UTF_8)).contains("[ Hourly ] [ Daily… ]").doesNotContain("<b>");
        assertThat(shown.pressed("hourly")).contains("set:hourly");
        assertThat(shown.pressed("[ Daily… ]")).contains("set:daily");
        assertThat(shown.pressed("/latest")).isEmpty();
    }
}
