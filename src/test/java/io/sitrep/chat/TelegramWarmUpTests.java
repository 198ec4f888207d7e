package io.sitrep.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

class TelegramWarmUpTests {

    @Test
    void aSendMadeWhileTheClientIsStillBeingBuiltWaitsForItAndGoesThrough() throws Exception {
        TelegramClient real = mock(TelegramClient.class);
        User bot = new User(1L, "Sitrep", true);
        bot.setUserName("sitrep_bot");
        when(real.execute(any(GetMe.class))).thenReturn(bot);
        Message sent = new Message();
        sent.setMessageId(7);
        when(real.execute(any(SendMessage.class))).thenReturn(sent);
        CountDownLatch release = new CountDownLatch(1);
        TelegramWarmUp warmUp = TelegramWarmUp.start(() -> {
            await(release);
            return real;
        });

        CompletableFuture<Message> send = CompletableFuture.supplyAsync(() -> {
            try {
                return warmUp.client().execute(SendMessage.builder().chatId(1L).text("hi").build());
            } catch (TelegramApiException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(50);
        assertThat(send).isNotDone();
        release.countDown();

        assertThat(send.get(5, TimeUnit.SECONDS).getMessageId()).isEqualTo(7);
        assertThat(warmUp.me().getUserName()).isEqualTo("sitrep_bot");
        verify(real, times(1)).execute(any(GetMe.class));
    }

    @Test
    void aFailedGetMeReachesLongPollingAsTheApiError() throws Exception {
        TelegramClient real = mock(TelegramClient.class);
        when(real.execute(any(GetMe.class))).thenThrow(new TelegramApiException("Unauthorized"));

        TelegramWarmUp warmUp = TelegramWarmUp.start(() -> real);

        assertThatThrownBy(warmUp::me).isInstanceOf(TelegramApiException.class).hasMessage("Unauthorized");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
