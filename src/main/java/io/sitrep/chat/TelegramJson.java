package io.sitrep.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * The one Jackson mapper for every piece of Telegram JSON Sitrep reads or writes (updates from getUpdates or the
 * webhook, the inbox's stored updates, the Bot API client's requests). A mapper builds a (de)serializer for each type
 * the first time it meets it, which for TelegramBots' deep {@link Update} costs a good part of a second on a cold JVM:
 * one shared mapper pays that once, and {@link #warmUp()} lets it be paid before the first command arrives.
 */
final class TelegramJson {

    /** Thread-safe once configured, as every Jackson mapper is; configured with TelegramBots' own defaults. */
    static final ObjectMapper MAPPER = new ObjectMapper();

    /** A private /start, shaped as Telegram sends it: the path the first command takes. */
    private static final String SAMPLE_UPDATE = """
            {"update_id":1,"message":{"message_id":1,"date":1700000000,\
            "from":{"id":1,"is_bot":false,"first_name":"Warm","language_code":"en"},\
            "chat":{"id":1,"type":"private","first_name":"Warm"},"text":"/start",\
            "entities":[{"type":"bot_command","offset":0,"length":6}]}}""";

    /** sendMessage's answer: what the library reads after every message the bot sends. */
    private static final String SAMPLE_SENT = """
            {"ok":true,"result":{"message_id":2,"date":1700000000,\
            "chat":{"id":1,"type":"private","first_name":"Warm"},"text":"hi"}}""";

    private TelegramJson() {
    }

    /**
     * Reads and writes a sample update and a sample sendMessage, so the (de)serializers the first command needs are
     * built: the update as it arrives, is stored and is read back from the inbox, and the reply as it is written and
     * its answer read (the library reads answers with a mapper of its own, warmed here too).
     */
    static void warmUp() {
        try {
            Update update = MAPPER.readValue(SAMPLE_UPDATE, Update.class);
            MAPPER.readValue(MAPPER.writeValueAsString(update), Update.class);
            SendMessage reply = SendMessage.builder().chatId(1L).text("<b>hi</b>").parseMode("HTML").build();
            MAPPER.writeValueAsString(reply);
            reply.deserializeResponse(SAMPLE_SENT);
        } catch (JsonProcessingException | TelegramApiRequestException e) {
            throw new IllegalStateException("the Telegram JSON warm-up could not read its own sample", e);
        }
    }
}
