package io.sitrep.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

class TelegramWarmUpTests {

    @Test
    void theWarmUpsGetMeNamesTheBotForLongPolling() throws Exception {
        TelegramClient client = mock(TelegramClient.class);
        User bot = new User(1L, "Sitrep", true);
        bot.setUserName("sitrep_bot");
        when(client.execute(any(GetMe.class))).thenReturn(bot);

        TelegramWarmUp warmUp = TelegramWarmUp.start(client);

        assertThat(warmUp.me().getUserName()).isEqualTo("sitrep_bot");
    }

    @Test
    void aFailedGetMeReachesLongPollingAsTheApiError() throws Exception {
        TelegramClient client = mock(TelegramClient.class);
        when(client.execute(any(GetMe.class))).thenThrow(new TelegramApiException("Unauthorized"));

        TelegramWarmUp warmUp = TelegramWarmUp.start(client);

        assertThatThrownBy(warmUp::me).isInstanceOf(TelegramApiException.class).hasMessage("Unauthorized");
    }
}
