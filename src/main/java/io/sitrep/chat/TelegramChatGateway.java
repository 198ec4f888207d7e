package io.sitrep.chat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChat;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageCaption;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.ChatFullInfo;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberAdministrator;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScope;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllGroupChats;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Sends through the Telegram Bot API and turns every answer, including errors, into a {@link SendResult}. */
class TelegramChatGateway implements ChatGateway {

    private static final Logger log = LoggerFactory.getLogger(TelegramChatGateway.class);

    private final TelegramClient client;
    private final TokenRedactor redactor;
    private volatile long botId;

    TelegramChatGateway(TelegramClient client, TokenRedactor redactor) {
        this.client = client;
        this.redactor = redactor;
    }

    @Override
    public SendResult send(long chatId, Integer threadId, String html, boolean paidBroadcast) {
        return send(chatId, threadId, html, null, paidBroadcast);
    }

    @Override
    public SendResult send(long chatId, Integer threadId, String html, Buttons buttons) {
        return send(chatId, threadId, html, buttons, false);
    }

    private SendResult send(long chatId, Integer threadId, String html, Buttons buttons, boolean paidBroadcast) {
        return send(chatId, threadId, html, buttons, PushOptions.PLAIN, paidBroadcast);
    }

    @Override
    public SendResult sendPush(long chatId, Integer threadId, String html, PushOptions options, boolean paidBroadcast) {
        return send(chatId, threadId, html, null, options, paidBroadcast);
    }

    private SendResult send(long chatId, Integer threadId, String html, Buttons buttons, PushOptions options,
                            boolean paidBroadcast) {
        SendMessage send = SendMessage.builder()
                .chatId(chatId)
                .messageThreadId(threadId)
                .text(html)
                .parseMode("HTML")
                .linkPreviewOptions(previews(options))
                .disableNotification(options.silent() ? Boolean.TRUE : null)
                .replyMarkup(buttons == null || buttons.isEmpty() ? null : keyboard(buttons))
                .allowPaidBroadcast(paidBroadcast ? Boolean.TRUE : null)
                .build();
        return deliver(() -> client.execute(send), chatId);
    }

    /** No preview, the text's own first link, or a chosen link (the entry's picture) shown above the text. */
    private static LinkPreviewOptions previews(PushOptions options) {
        if (options.previewUrl() != null) {
            return LinkPreviewOptions.builder().urlField(options.previewUrl()).showAboveText(true).build();
        }
        return options.previews() ? null : LinkPreviewOptions.builder().isDisabled(true).build();
    }

    @Override
    public SendResult sendPhoto(long chatId, Integer threadId, String photo, String captionHtml, PushOptions options) {
        org.telegram.telegrambots.meta.api.methods.send.SendPhoto send = org.telegram.telegrambots.meta.api.methods.send.SendPhoto.builder()
                .chatId(chatId)
                .messageThreadId(threadId)
                .photo(new org.telegram.telegrambots.meta.api.objects.InputFile(photo))
                .caption(captionHtml)
                .parseMode("HTML")
                .disableNotification(options.silent() ? Boolean.TRUE : null)
                .build();
        return deliver(() -> client.execute(send), chatId);
    }

    @Override
    public SendResult editCaption(long chatId, long messageId, String captionHtml) {
        EditMessageCaption edit = EditMessageCaption.builder()
                .chatId(chatId)
                .messageId(Math.toIntExact(messageId))
                .caption(captionHtml)
                .parseMode("HTML")
                .build();
        return edited(() -> client.execute(edit), chatId, messageId);
    }

    @Override
    public ChatLookup lookUp(String usernameOrId) {
        try {
            ChatFullInfo chat = client.execute(GetChat.builder().chatId(usernameOrId).build());
            return new ChatLookup.Found(chat.getId(), chat.getType(), chat.getTitle(), chat.getUserName());
        } catch (TelegramApiRequestException e) {
            if (e.getErrorCode() != null && e.getErrorCode() >= 400 && e.getErrorCode() < 500
                    && e.getErrorCode() != 401 && e.getErrorCode() != 404 && e.getErrorCode() != 429) {
                return new ChatLookup.NotFound(redactor.redact(String.valueOf(e.getApiResponse())));
            }
            return new ChatLookup.Unavailable(redactor.redact(String.valueOf(e.getApiResponse())));
        } catch (TelegramApiException | RuntimeException e) {
            return new ChatLookup.Unavailable(redactor.redact(String.valueOf(e.getMessage())));
        }
    }

    @Override
    public MemberRights memberRights(long chatId, long userId) {
        try {
            ChatMember member = client.execute(GetChatMember.builder().chatId(chatId).userId(userId).build());
            if (member == null) {
                return MemberRights.UNKNOWN;
            }
            MemberStatus status = MemberStatus.of(member.getStatus());
            boolean canPost = status == MemberStatus.CREATOR
                    || member instanceof ChatMemberAdministrator admin && Boolean.TRUE.equals(admin.getCanPostMessages());
            return new MemberRights(status, canPost);
        } catch (TelegramApiException | RuntimeException e) {
            log.warn("getChatMember for chat {} failed: {}", chatId, redactor.redact(e.getMessage()));
            return MemberRights.UNKNOWN;
        }
    }

    @Override
    public long botUserId() {
        long known = botId;
        if (known != 0) {
            return known;
        }
        try {
            User me = client.execute(new GetMe());
            botId = me.getId();
            return botId;
        } catch (TelegramApiException | RuntimeException e) {
            log.warn("getMe failed: {}", redactor.redact(e.getMessage()));
            return 0;
        }
    }

    @Override
    public SendResult sendPhoto(long chatId, Integer threadId, byte[] png, String captionHtml) {
        org.telegram.telegrambots.meta.api.methods.send.SendPhoto photo = org.telegram.telegrambots.meta.api.methods.send.SendPhoto.builder()
                .chatId(chatId)
                .messageThreadId(threadId)
                .photo(new org.telegram.telegrambots.meta.api.objects.InputFile(new java.io.ByteArrayInputStream(png), "sitrep-map.png"))
                .caption(captionHtml)
                .parseMode("HTML")
                .build();
        return deliver(() -> client.execute(photo), chatId);
    }

    /** A call that puts a new message in a chat. */
    private interface NewMessage {
        Message send() throws TelegramApiException;
    }

    /** Runs a call that creates a message and turns its answer, or its error, into a {@link SendResult}. */
    private SendResult deliver(NewMessage call, long chatId) {
        try {
            return new SendResult.Sent(call.send().getMessageId());
        } catch (TelegramApiException e) {
            return classify(e, chatId);
        } catch (RuntimeException e) {
            return new SendResult.Failed(redactor.redact(e.toString()));
        }
    }

    @Override
    public SendResult edit(long chatId, long messageId, String html) {
        return edit(chatId, messageId, html, PushOptions.PLAIN);
    }

    @Override
    public SendResult edit(long chatId, long messageId, String html, PushOptions options) {
        EditMessageText edit = EditMessageText.builder()
                .chatId(chatId)
                .messageId(Math.toIntExact(messageId))
                .text(html)
                .parseMode("HTML")
                .linkPreviewOptions(previews(options))
                .build();
        return edited(() -> client.execute(edit), chatId, messageId);
    }

    /** A call that changes a message already sent. */
    private interface Change {
        void run() throws TelegramApiException;
    }

    private SendResult edited(Change call, long chatId, long messageId) {
        try {
            call.run();
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

    @Override
    public SendResult answerCallback(String callbackId, String text) {
        AnswerCallbackQuery answer = AnswerCallbackQuery.builder().callbackQueryId(callbackId).text(text).build();
        try {
            client.execute(answer);
            return new SendResult.Sent(0);
        } catch (TelegramApiException e) {
            return classify(e, 0);
        } catch (RuntimeException e) {
            return new SendResult.Failed(redactor.redact(e.toString()));
        }
    }

    @Override
    public MemberStatus memberStatus(long chatId, long userId) {
        try {
            ChatMember member = client.execute(GetChatMember.builder().chatId(chatId).userId(userId).build());
            return member == null ? MemberStatus.UNKNOWN : MemberStatus.of(member.getStatus());
        } catch (TelegramApiException | RuntimeException e) {
            log.warn("getChatMember for chat {} failed: {}", chatId, redactor.redact(e.getMessage()));
            return MemberStatus.UNKNOWN;
        }
    }

    @Override
    public SendResult setCommands(MenuScope scope, List<MenuCommand> commands) {
        return setCommands(scope, null, commands);
    }

    @Override
    public SendResult setCommands(MenuScope scope, String languageCode, List<MenuCommand> commands) {
        BotCommandScope telegramScope = scope instanceof MenuScope.OneChat one
                ? new BotCommandScopeChat(String.valueOf(one.chatId()))
                : scope instanceof MenuScope.AllGroups ? new BotCommandScopeAllGroupChats() : new BotCommandScopeDefault();
        SetMyCommands set = SetMyCommands.builder()
                .commands(commands.stream().map(c -> new BotCommand(c.command(), c.description())).toList())
                .scope(telegramScope)
                .languageCode(languageCode)
                .build();
        try {
            client.execute(set);
            return new SendResult.Sent(0);
        } catch (TelegramApiException e) {
            return classify(e, 0);
        } catch (RuntimeException e) {
            return new SendResult.Failed(redactor.redact(e.toString()));
        }
    }

    private static InlineKeyboardMarkup keyboard(Buttons buttons) {
        List<InlineKeyboardRow> rows = buttons.rows().stream()
                .map(row -> new InlineKeyboardRow(row.stream()
                        .map(b -> InlineKeyboardButton.builder().text(b.text()).callbackData(b.data()).build())
                        .toList()))
                .toList();
        return new InlineKeyboardMarkup(rows);
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
                || lower.contains("bot was blocked") || lower.contains("peer_id_invalid")
                || lower.contains("need administrator rights in the channel"))) {
            // The last: a channel that demoted the bot answers sends with this 400 rather than a 403.
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
