package io.sitrep.chat;

import java.time.Duration;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Sends through the Telegram Bot API and turns every answer, including errors, into a {@link SendResult}. */
class TelegramChatGateway implements ChatGateway {

    private static final Logger log = LoggerFactory.getLogger(TelegramChatGateway.class);

    private final TelegramClient client;
    private final TokenRedactor redactor;

    TelegramChatGateway(TelegramClient client, TokenRedactor redactor) {
        this.client = client;
        this.redactor = redactor;
    }

    @Override
    public SendResult send(long chatId, Integer threadId, String html, boolean paidBroadcast) {
        SendMessage send = SendMessage.builder()
                .chatId(chatId)
                .messageThreadId(threadId)
                .text(html)
                .parseMode("HTML")
                .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                .allowPaidBroadcast(paidBroadcast ? Boolean.TRUE : null)
                .build();
        try {
            Message sent = client.execute(send);
            return new SendResult.Sent(sent.getMessageId());
        } catch (TelegramApiException e) {
            return classify(e, chatId);
        } catch (RuntimeException e) {
            return new SendResult.Failed(redactor.redact(e.toString()));
        }
    }

    @Override
    public SendResult edit(long chatId, long messageId, String html) {
        EditMessageText edit = EditMessageText.builder()
                .chatId(chatId)
                .messageId(Math.toIntExact(messageId))
                .text(html)
                .parseMode("HTML")
                .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                .build();
        try {
            client.execute(edit);
            return new SendResult.Sent(messageId);
        } catch (TelegramApiException e) {
            SendResult result = classify(e, chatId);
            if (result instanceof SendResult.Rejected rejected && rejected.reason().contains("message is not modified")) {
                return new SendResult.Sent(messageId);
            }
            return result;
        } catch (RuntimeException e) {
            return new SendResult.Failed(redactor.redact(e.toString()));
        }
    }

    SendResult classify(TelegramApiException e, long chatId) {
        if (!(e instanceof TelegramApiRequestException request) || request.getErrorCode() == null || request.getErrorCode() == 0) {
            String why = redactor.redact(e.getMessage() + (e.getCause() != null ? " (" + e.getCause() + ")" : ""));
            return new SendResult.Failed(why);
        }
        int code = request.getErrorCode();
        String description = redactor.redact(String.valueOf(request.getApiResponse()));
        ResponseParameters parameters = request.getParameters();
        if (parameters != null && parameters.getMigrateToChatId() != null) {
            return new SendResult.Migrated(parameters.getMigrateToChatId());
        }
        if (code == 429) {
            // Telegram never says whether the limit hit was the chat's or the bot's; the sender decides (FloodControl).
            int seconds = parameters != null && parameters.getRetryAfter() != null ? parameters.getRetryAfter() : 5;
            return new SendResult.RetryAfter(Duration.ofSeconds(Math.max(1, seconds)), false);
        }
        if (code == 403) {
            return new SendResult.ChatGone(description);
        }
        String lower = description.toLowerCase(Locale.ROOT);
        if (code == 400 && (lower.contains("chat not found") || lower.contains("user is deactivated")
                || lower.contains("group chat was deleted") || lower.contains("bot was kicked")
                || lower.contains("bot was blocked") || lower.contains("peer_id_invalid"))) {
            return new SendResult.ChatGone(description);
        }
        if (code == 401 || code == 404) {
            return new SendResult.Failed("[" + code + "] " + description); // a bad token or URL: not this message's fault
        }
        if (code >= 400 && code < 500) {
            log.warn("Telegram refused a message to chat {}: [{}] {}", chatId, code, description);
            return new SendResult.Rejected("[" + code + "] " + description);
        }
        return new SendResult.Failed("[" + code + "] " + description);
    }
}
