package io.sitrep.chat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * A getUpdates call whose answer is read update by update: one update TelegramBots cannot read (an id out of range,
 * a field of the wrong type) no longer fails the whole answer, which would make the session ask for the same batch
 * forever. Such an update becomes a bare {@link Update} carrying only its id, so the offset still moves past it, and
 * its raw JSON is handed to {@link Unreadable} to be kept and counted.
 */
class TolerantGetUpdates extends GetUpdates {

    /** Where an update that could not be read goes, with its id (null when even that is unusable) and raw JSON. */
    interface Unreadable {
        void accept(Integer updateId, String rawJson, String problem);
    }

    private static final ObjectMapper JSON = TelegramJson.MAPPER;

    private final transient Unreadable unreadable;

    TolerantGetUpdates(int offset, int limit, int timeout, List<String> allowedUpdates, Unreadable unreadable) {
        super(offset, limit, timeout, allowedUpdates);
        this.unreadable = unreadable;
    }

    @Override
    public ArrayList<Update> deserializeResponse(String answer) throws TelegramApiRequestException {
        JsonNode root;
        try {
            root = JSON.readTree(answer);
        } catch (JsonProcessingException e) {
            throw new TelegramApiRequestException("Unable to deserialize response", e);
        }
        if (root == null || !root.path("ok").asBoolean(false) || !root.path("result").isArray()) {
            return super.deserializeResponse(answer); // an error answer: the library reads it and says why
        }
        ArrayList<Update> updates = new ArrayList<>();
        for (JsonNode item : root.path("result")) {
            try {
                Update update = JSON.treeToValue(item, Update.class);
                if (update == null || update.getUpdateId() == null) {
                    throw new IllegalArgumentException("no update_id");
                }
                updates.add(update);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                JsonNode id = item.path("update_id");
                Integer updateId = id.isIntegralNumber() && id.canConvertToInt() ? id.intValue() : null;
                String problem = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
                unreadable.accept(updateId, item.toString(), problem);
                if (updateId != null) {
                    Update placeholder = new Update();
                    placeholder.setUpdateId(updateId);
                    updates.add(placeholder);
                }
            }
        }
        return updates;
    }
}
