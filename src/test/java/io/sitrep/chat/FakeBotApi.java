package io.sitrep.chat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A fake Telegram Bot API on loopback: answers getMe, deleteWebhook, setWebhook, getUpdates (honouring the offset, as
 * Telegram does), sendMessage, editMessageText and setMyCommands, records what the bot sent and which webhooks it
 * set, and can be told to fail.
 */
public class FakeBotApi implements AutoCloseable {

    public static final String TOKEN = "123456:TESTtoken-abcdefghijklmnopqrstuvwxyz012";
    public static final String USERNAME = "sitrep_test_bot";

    /** A message the bot sent. */
    public record Sent(long chatId, Integer threadId, String text, String parseMode, long messageId) {
    }

    /** A webhook the bot asked for with setWebhook. */
    public record Webhook(String url, String secretToken) {
    }

    /** A message the bot edited. */
    public record Edited(long chatId, long messageId, String text) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final MockWebServer server = new MockWebServer();
    private final List<ObjectNode> pendingUpdates = new CopyOnWriteArrayList<>();
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final List<Edited> edited = new CopyOnWriteArrayList<>();
    private final List<String> paths = new CopyOnWriteArrayList<>();
    private final List<Webhook> webhooks = new CopyOnWriteArrayList<>();
    private final Deque<MockResponse> scriptedSendFailures = new ConcurrentLinkedDeque<>();
    private final Map<Long, Deque<MockResponse>> scriptedFailuresByChat = new ConcurrentHashMap<>();
    private final AtomicInteger nextUpdateId = new AtomicInteger(1000);
    private final AtomicLong nextMessageId = new AtomicLong(1);
    private final AtomicLong acknowledgedOffset = new AtomicLong(0);

    public FakeBotApi() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getPort();
    }

    /** Queues a text message from a user, as Telegram would deliver it through getUpdates. */
    public int userSends(long chatId, String chatType, long userId, String text) {
        ObjectNode update = update(chatId, chatType, userId, text);
        pendingUpdates.add(update);
        return update.get("update_id").asInt();
    }

    /** The JSON Telegram would post to a webhook for a text message from a user (nothing is queued here). */
    public String webhookUpdate(long chatId, String chatType, long userId, String text) {
        return update(chatId, chatType, userId, text).toString();
    }

    private ObjectNode update(long chatId, String chatType, long userId, String text) {
        int id = nextUpdateId.incrementAndGet();
        ObjectNode update = json.createObjectNode();
        update.put("update_id", id);
        ObjectNode message = update.putObject("message");
        message.put("message_id", id);
        message.put("date", System.currentTimeMillis() / 1000);
        ObjectNode chat = message.putObject("chat");
        chat.put("id", chatId);
        chat.put("type", chatType);
        if (chatType.equals("private")) {
            chat.put("first_name", "Reader");
        } else {
            chat.put("title", "Front watchers");
        }
        ObjectNode from = message.putObject("from");
        from.put("id", userId);
        from.put("is_bot", false);
        from.put("first_name", "Reader");
        message.put("text", text);
        if (text.startsWith("/")) {
            int length = text.contains(" ") ? text.indexOf(' ') : text.length();
            message.putArray("entities").addObject().put("type", "bot_command").put("offset", 0).put("length", length);
        }
        return update;
    }

    /** The next sendMessage calls answer with this (in order), whatever the chat. */
    public void failNextSend(int status, String body) {
        scriptedSendFailures.add(new MockResponse().setResponseCode(status).setBody(body));
    }

    /** The next sendMessage to this chat answers with this. */
    public void failNextSendTo(long chatId, int status, String body) {
        scriptedFailuresByChat.computeIfAbsent(chatId, k -> new ConcurrentLinkedDeque<>())
                .add(new MockResponse().setResponseCode(status).setBody(body));
    }

    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    public List<Sent> sentTo(long chatId) {
        return sent.stream().filter(s -> s.chatId() == chatId).toList();
    }

    public List<Edited> edited() {
        return List.copyOf(edited);
    }

    /** Every setWebhook call, in order. */
    public List<Webhook> webhooks() {
        return List.copyOf(webhooks);
    }

    public List<String> paths() {
        return List.copyOf(paths);
    }

    /** Updates still waiting for the bot to acknowledge them with a higher offset. */
    public int unacknowledged() {
        return pendingUpdates.size();
    }

    private MockResponse answer(RecordedRequest request) {
        String path = request.getPath() == null ? "" : request.getPath();
        paths.add(path);
        String expectedPrefix = "/bot" + TOKEN + "/";
        if (!path.startsWith(expectedPrefix)) {
            return error(404, "Not Found");
        }
        String method = path.substring(expectedPrefix.length()).toLowerCase(java.util.Locale.ROOT);
        if (method.equals("setwebhook")) {
            Map<String, String> form = formFields(request.getBody().readUtf8());
            webhooks.add(new Webhook(form.get("url"), form.get("secret_token")));
            return ok(json.getNodeFactory().booleanNode(true));
        }
        JsonNode body;
        try {
            String raw = request.getBody().readUtf8();
            body = raw.isBlank() ? json.createObjectNode() : json.readTree(raw);
        } catch (IOException e) {
            return error(400, "Bad Request: body is not JSON");
        }
        return switch (method) {
            case "getme" -> ok(json.createObjectNode().put("id", 123456).put("is_bot", true)
                    .put("first_name", "Sitrep").put("username", USERNAME));
            case "deletewebhook", "setmycommands", "answercallbackquery" -> ok(json.getNodeFactory().booleanNode(true));
            case "getupdates" -> getUpdates(body);
            case "sendmessage" -> sendMessage(body);
            case "editmessagetext" -> editMessageText(body);
            default -> error(404, "Not Found: method " + method);
        };
    }

    /** The fields of a multipart/form-data body (setWebhook is sent as a form, not JSON). */
    private static Map<String, String> formFields(String body) {
        Map<String, String> fields = new java.util.HashMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("name=\"([^\"]+)\"\r\n(?:[^\r\n]+\r\n)*\r\n(.*?)\r\n--", java.util.regex.Pattern.DOTALL)
                .matcher(body);
        while (m.find()) {
            fields.put(m.group(1), m.group(2));
        }
        return fields;
    }

    private MockResponse getUpdates(JsonNode body) {
        long offset = body.path("offset").asLong(0);
        if (offset > 0) {
            acknowledgedOffset.accumulateAndGet(offset, Math::max);
            pendingUpdates.removeIf(u -> u.get("update_id").asLong() < offset);
        }
        long deadline = System.currentTimeMillis() + Math.min(300, body.path("timeout").asLong(0) * 1000);
        List<ObjectNode> result = new ArrayList<>();
        do {
            for (ObjectNode u : pendingUpdates) {
                if (u.get("update_id").asLong() >= offset) {
                    result.add(u);
                }
            }
            if (!result.isEmpty()) {
                break;
            }
            sleep(20);
        } while (System.currentTimeMillis() < deadline);
        var array = json.createArrayNode();
        result.forEach(array::add);
        return ok(array);
    }

    private MockResponse sendMessage(JsonNode body) {
        long chatId = body.path("chat_id").asLong();
        Deque<MockResponse> forChat = scriptedFailuresByChat.get(chatId);
        MockResponse scripted = forChat != null ? forChat.poll() : null;
        if (scripted == null) {
            scripted = scriptedSendFailures.poll();
        }
        if (scripted != null) {
            return scripted;
        }
        String text = body.path("text").asText();
        if (text.isEmpty() || text.length() > 4096) {
            return error(400, "Bad Request: message text is empty or too long");
        }
        long messageId = nextMessageId.getAndIncrement();
        Integer thread = body.hasNonNull("message_thread_id") ? body.get("message_thread_id").asInt() : null;
        sent.add(new Sent(chatId, thread, text, body.path("parse_mode").asText(null), messageId));
        ObjectNode message = json.createObjectNode();
        message.put("message_id", messageId);
        message.put("date", System.currentTimeMillis() / 1000);
        message.putObject("chat").put("id", chatId).put("type", chatId < 0 ? "group" : "private");
        message.put("text", text);
        return ok(message);
    }

    private MockResponse editMessageText(JsonNode body) {
        long chatId = body.path("chat_id").asLong();
        long messageId = body.path("message_id").asLong();
        edited.add(new Edited(chatId, messageId, body.path("text").asText()));
        ObjectNode message = json.createObjectNode();
        message.put("message_id", messageId);
        message.put("date", System.currentTimeMillis() / 1000);
        message.putObject("chat").put("id", chatId).put("type", chatId < 0 ? "group" : "private");
        message.put("text", body.path("text").asText());
        return ok(message);
    }

    private MockResponse ok(JsonNode result) {
        ObjectNode envelope = json.createObjectNode();
        envelope.put("ok", true);
        envelope.set("result", result);
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(envelope.toString());
    }

    public static MockResponse errorResponse(int code, String description) {
        return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json")
                .setBody("{\"ok\":false,\"error_code\":" + code + ",\"description\":\"" + description + "\"}");
    }

    private static MockResponse error(int code, String description) {
        return errorResponse(code, description);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
