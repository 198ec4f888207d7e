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
 * A fake Telegram Bot API on loopback: answers getMe, deleteWebhook, getUpdates (honouring the offset, as Telegram
 * does), sendMessage (with inline keyboards), editMessageText, answerCallbackQuery, getChatMember (with admins a
 * test chooses) and setMyCommands, records what the bot sent, and can be told to fail. Besides texts it can
 * deliver button presses, forum-topic messages, the bot's own joins and removals, and supergroup migrations, and
 * records setWebhook calls and builds the updates Telegram would post to a webhook.
 */
public class FakeBotApi implements AutoCloseable {

    public static final String TOKEN = "123456:TESTtoken-abcdefghijklmnopqrstuvwxyz012";
    public static final String USERNAME = "sitrep_test_bot";

    /** A message the bot sent. */
    public record Sent(long chatId, Integer threadId, String text, String parseMode, long messageId) {
    }

    /**
     * A picture the bot sent (sendPhoto): its caption, whether the file is a PNG, the request's size, the photo field
     * when it was a URL or file_id (else null), whether it was silent, and the message id it got.
     */
    public record Photo(long chatId, String caption, boolean png, int requestBytes, String photo, boolean silent,
                        long messageId) {
    }

    /** A caption the bot edited (editMessageCaption). */
    public record CaptionEdit(long chatId, long messageId, String caption) {
    }

    /** A chat getChat knows: a channel, a group or a private chat. */
    public record KnownChat(long id, String type, String title, String username) {
    }

    private final List<CaptionEdit> captionEdits = new CopyOnWriteArrayList<>();
    private final Map<Long, KnownChat> chats = new ConcurrentHashMap<>();
    /** Per chat, per user: the status and whether an administrator may post (channels). */
    private final Map<Long, Map<Long, String[]>> members = new ConcurrentHashMap<>();

    /** The bot's user id (getMe). */
    public static final long BOT_ID = 123456;

    /** Makes getChat know a chat (by id and, when it has one, by @username). */
    public void knowsChat(long id, String type, String title, String username) {
        chats.put(id, new KnownChat(id, type, title, username));
    }

    /**
     * Sets a user's standing in a chat for getChatMember: {@code status} as Telegram writes it ("administrator",
     * "creator", "member", "left"), and for an administrator whether it may post messages.
     */
    public void member(long chatId, long userId, String status, boolean canPostMessages) {
        members.computeIfAbsent(chatId, k -> new ConcurrentHashMap<>())
                .put(userId, new String[] {status, Boolean.toString(canPostMessages)});
    }

    public List<CaptionEdit> captionEdits() {
        return List.copyOf(captionEdits);
    }

    /** Queues a my_chat_member update for a channel: the bot, an administrator allowed to post, was removed. */
    public int botRemovedFromChannel(long chatId, long byUserId) {
        return channelMembership(chatId, byUserId, "left", false);
    }

    /** Queues a my_chat_member update for a channel: the bot stays an administrator but may no longer post. */
    public int botDemotedInChannel(long chatId, long byUserId) {
        return channelMembership(chatId, byUserId, "administrator", false);
    }

    private int channelMembership(long chatId, long byUserId, String newStatus, boolean canPostAfter) {
        int id = nextUpdateId.incrementAndGet();
        ObjectNode update = json.createObjectNode();
        update.put("update_id", id);
        ObjectNode change = update.putObject("my_chat_member");
        change.putObject("chat").put("id", chatId).put("type", "channel").put("title", "Newsroom channel");
        user(change.putObject("from"), byUserId);
        change.put("date", System.currentTimeMillis() / 1000);
        ObjectNode old = change.putObject("old_chat_member");
        adminRights(old.put("status", "administrator"), true);
        bot(old.putObject("user"));
        ObjectNode now = change.putObject("new_chat_member");
        now.put("status", newStatus);
        if (newStatus.equals("administrator")) {
            adminRights(now, canPostAfter);
        }
        bot(now.putObject("user"));
        pendingUpdates.add(update);
        return id;
    }

    private static ObjectNode adminRights(ObjectNode member, boolean canPost) {
        return member.put("can_be_edited", false).put("is_anonymous", false).put("can_manage_chat", true)
                .put("can_delete_messages", true).put("can_manage_video_chats", true).put("can_restrict_members", true)
                .put("can_promote_members", false).put("can_change_info", true).put("can_invite_users", true)
                .put("can_post_stories", false).put("can_edit_stories", false).put("can_delete_stories", false)
                .put("can_post_messages", canPost).put("can_edit_messages", canPost);
    }

    /** Queues a photo with a caption from a user (such as an editor's /publish with a picture). */
    public int userSendsPhoto(long chatId, long userId, String fileId, String caption) {
        int id = nextUpdateId.incrementAndGet();
        ObjectNode update = json.createObjectNode();
        update.put("update_id", id);
        ObjectNode message = update.putObject("message");
        message.put("message_id", id);
        message.put("date", System.currentTimeMillis() / 1000);
        chat(message, chatId, "private");
        user(message.putObject("from"), userId);
        var sizes = message.putArray("photo");
        sizes.addObject().put("file_id", fileId + "-small").put("file_unique_id", "s" + id).put("width", 90).put("height", 60);
        sizes.addObject().put("file_id", fileId).put("file_unique_id", "l" + id).put("width", 1280).put("height", 853);
        message.put("caption", caption);
        if (caption.startsWith("/")) {
            int length = caption.contains(" ") ? caption.indexOf(' ') : caption.length();
            message.putArray("caption_entities").addObject().put("type", "bot_command").put("offset", 0).put("length", length);
        }
        pendingUpdates.add(update);
        return id;
    }

    private final List<Photo> photos = new CopyOnWriteArrayList<>();

    public List<Photo> photos() {
        return List.copyOf(photos);
    }

    /** A webhook the bot asked for with setWebhook. */
    public record Webhook(String url, String secretToken) {
    }

    /** A message the bot edited. */
    public record Edited(long chatId, long messageId, String text) {
    }

    /** A command menu the bot set: its scope type (default, all_group_chats, chat), the chat for a chat scope, the commands. */
    public record Menu(String scope, Long chatId, List<String> commands, String languageCode) {
    }

    /** A button press the bot answered. */
    public record CallbackAnswer(String callbackId, String text) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final Map<Long, java.util.Set<Long>> admins = new ConcurrentHashMap<>();
    private final Map<Long, List<String>> buttonsByMessage = new ConcurrentHashMap<>();
    private final List<Menu> menus = new CopyOnWriteArrayList<>();
    private final List<CallbackAnswer> callbackAnswers = new CopyOnWriteArrayList<>();
    private final AtomicInteger setMyCommandsFailures = new AtomicInteger();
    private final MockWebServer server = new MockWebServer();
    private final List<ObjectNode> pendingUpdates = new CopyOnWriteArrayList<>();
    /** The longest a getUpdates with nothing to give waits (Telegram: the request's timeout); short, so tests stop fast. */
    private volatile long longPollHoldMillis = 300;
    private volatile boolean closing;
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final List<Edited> edited = new CopyOnWriteArrayList<>();
    private final List<String> paths = new CopyOnWriteArrayList<>();
    private final List<Webhook> webhooks = new CopyOnWriteArrayList<>();
    private final Deque<MockResponse> scriptedSendFailures = new ConcurrentLinkedDeque<>();
    private final Map<Long, Deque<MockResponse>> scriptedFailuresByChat = new ConcurrentHashMap<>();
    private final AtomicInteger nextUpdateId = new AtomicInteger(1000);
    private final AtomicLong nextMessageId = new AtomicLong(1);
    private final AtomicLong acknowledgedOffset = new AtomicLong(0);
    private final Map<String, List<JsonNode>> requestsByMethod = new ConcurrentHashMap<>();
    private final Map<Long, Deque<MockResponse>> scriptedEditFailuresByChat = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> sendCounts = new ConcurrentHashMap<>();
    private final AtomicInteger sendsInFlight = new AtomicInteger();
    private final AtomicInteger peakSendsInFlight = new AtomicInteger();
    private volatile long sendDelayMillis;
    private volatile boolean recordSendBodies = true;

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

    /**
     * Holds an empty getUpdates for up to its whole timeout, as Telegram does, instead of 300 ms: what a bench of a
     * long-running bot needs, so its figures do not count several getUpdates a second that production never makes.
     */
    public void holdLongPollsUpTo(java.time.Duration hold) {
        longPollHoldMillis = hold.toMillis();
    }

    /** Queues a text message from a user, as Telegram would deliver it through getUpdates. */
    public int userSends(long chatId, String chatType, long userId, String text) {
        return userSends(chatId, chatType, userId, null, text);
    }

    /** Queues a text message sent inside a forum topic of a supergroup. */
    public int userSendsInTopic(long chatId, long userId, int threadId, String text) {
        return userSends(chatId, "supergroup", userId, threadId, text);
    }

    private int userSends(long chatId, String chatType, long userId, Integer threadId, String text) {
        int id = nextUpdateId.incrementAndGet();
        pendingUpdates.add(messageUpdate(json, id, chatId, chatType, userId, threadId, text));
        return id;
    }

    /** A Telegram update carrying a text message, as JSON (what the inbox stores). */
    public static String updateJson(int updateId, long chatId, String chatType, long userId, String text) {
        return messageUpdate(new ObjectMapper(), updateId, chatId, chatType, userId, null, text).toString();
    }

    private static ObjectNode messageUpdate(ObjectMapper json, int id, long chatId, String chatType, long userId,
                                            Integer threadId, String text) {
        ObjectNode update = json.createObjectNode();
        update.put("update_id", id);
        ObjectNode message = update.putObject("message");
        message.put("message_id", id);
        message.put("date", System.currentTimeMillis() / 1000);
        chat(message, chatId, chatType);
        user(message.putObject("from"), userId);
        if (threadId != null) {
            message.put("message_thread_id", threadId);
            message.put("is_topic_message", true);
        }
        message.put("text", text);
        if (text.startsWith("/")) {
            int length = text.contains(" ") ? text.indexOf(' ') : text.length();
            message.putArray("entities").addObject().put("type", "bot_command").put("offset", 0).put("length", length);
        }
        return update;
    }

    /**
     * Queues an update as raw JSON, which may be one the Bot API library cannot read; {@code {{ID}}} in it is replaced
     * by the next update id, which is returned.
     */
    public int queueRawUpdate(String jsonWithIdPlaceholder) {
        int id = nextUpdateId.incrementAndGet();
        try {
            pendingUpdates.add((ObjectNode) json.readTree(jsonWithIdPlaceholder.replace("{{ID}}", Integer.toString(id))));
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + jsonWithIdPlaceholder, e);
        }
        return id;
    }

    /** The offset the bot last acknowledged with getUpdates. */
    public long acknowledgedOffset() {
        return acknowledgedOffset.get();
    }

    /** Updates from now on are numbered after this one. */
    public void continueUpdateIdsAfter(int updateId) {
        nextUpdateId.accumulateAndGet(updateId, Math::max);
    }

    /** Queues a press on an inline button under a message the bot sent. */
    public int userClicks(Sent underMessage, long userId, String data) {
        int id = nextUpdateId.incrementAndGet();
        ObjectNode update = json.createObjectNode();
        update.put("update_id", id);
        ObjectNode query = update.putObject("callback_query");
        query.put("id", "cb" + id);
        user(query.putObject("from"), userId);
        query.put("chat_instance", "ci" + underMessage.chatId());
        query.put("data", data);
        ObjectNode message = query.putObject("message");
        message.put("message_id", underMessage.messageId());
        message.put("date", System.currentTimeMillis() / 1000);
        chat(message, underMessage.chatId(), underMessage.chatId() < 0 ? "supergroup" : "private");
        if (underMessage.threadId() != null) {
            message.put("message_thread_id", underMessage.threadId());
            message.put("is_topic_message", true);
        }
        message.put("text", underMessage.text());
        pendingUpdates.add(update);
        return id;
    }

    /** Queues a my_chat_member update: the bot was added to a group by a user. */
    public int botAddedTo(long chatId, String chatType, long byUserId) {
        return membership(chatId, chatType, byUserId, "left", "member");
    }

    /** Queues a my_chat_member update: the bot was removed from a chat (or blocked in a private chat). */
    public int botRemovedFrom(long chatId, String chatType, long byUserId) {
        return membership(chatId, chatType, byUserId, "member", chatType.equals("private") ? "kicked" : "left");
    }

    private int membership(long chatId, String chatType, long byUserId, String oldStatus, String newStatus) {
        int id = nextUpdateId.incrementAndGet();
        ObjectNode update = json.createObjectNode();
        update.put("update_id", id);
        ObjectNode change = update.putObject("my_chat_member");
        chat(change, chatId, chatType);
        user(change.putObject("from"), byUserId);
        change.put("date", System.currentTimeMillis() / 1000);
        ObjectNode old = change.putObject("old_chat_member");
        old.put("status", oldStatus);
        bot(old.putObject("user"));
        ObjectNode now = change.putObject("new_chat_member");
        now.put("status", newStatus);
        bot(now.putObject("user"));
        if (newStatus.equals("kicked")) {
            now.put("until_date", 0);
        }
        pendingUpdates.add(update);
        return id;
    }

    /** The JSON Telegram would post to a webhook for a text message from a user (nothing is queued here). */
    public String webhookUpdate(long chatId, String chatType, long userId, String text) {
        return messageUpdate(json, nextUpdateId.incrementAndGet(), chatId, chatType, userId, null, text).toString();
    }

    /** Queues the service message a group gets when it becomes a supergroup. */
    public int groupMigrates(long oldChatId, long newChatId) {
        int id = nextUpdateId.incrementAndGet();
        ObjectNode update = json.createObjectNode();
        update.put("update_id", id);
        ObjectNode message = update.putObject("message");
        message.put("message_id", id);
        message.put("date", System.currentTimeMillis() / 1000);
        chat(message, oldChatId, "group");
        user(message.putObject("from"), 777);
        message.put("migrate_to_chat_id", newChatId);
        pendingUpdates.add(update);
        return id;
    }

    /** Makes these users administrators of a chat for getChatMember; everyone else is a plain member. */
    public void makeAdmins(long chatId, Long... userIds) {
        admins.computeIfAbsent(chatId, k -> ConcurrentHashMap.newKeySet()).addAll(List.of(userIds));
    }

    /** The next setMyCommands calls fail with a 500. */
    public void failSetMyCommands(int times) {
        setMyCommandsFailures.set(times);
    }

    /** The callback data of the inline buttons under a sent message, row by row flattened. */
    public List<String> buttonsOn(Sent message) {
        return buttonsByMessage.getOrDefault(message.messageId(), List.of());
    }

    public List<Menu> menus() {
        return List.copyOf(menus);
    }

    public List<CallbackAnswer> callbackAnswers() {
        return List.copyOf(callbackAnswers);
    }

    private static void chat(ObjectNode parent, long chatId, String chatType) {
        ObjectNode chat = parent.putObject("chat");
        chat.put("id", chatId);
        chat.put("type", chatType);
        if (chatType.equals("private")) {
            chat.put("first_name", "Reader");
        } else {
            chat.put("title", "Front watchers");
            if (chatType.equals("supergroup")) {
                chat.put("is_forum", true);
            }
        }
    }

    private static void user(ObjectNode user, long userId) {
        user.put("id", userId);
        user.put("is_bot", false);
        user.put("first_name", "Reader");
    }

    private static void bot(ObjectNode user) {
        user.put("id", 123456);
        user.put("is_bot", true);
        user.put("first_name", "Sitrep");
        user.put("username", USERNAME);
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

    /** The next editMessageText in this chat answers with this. */
    public void failNextEditIn(long chatId, int status, String body) {
        scriptedEditFailuresByChat.computeIfAbsent(chatId, k -> new ConcurrentLinkedDeque<>())
                .add(new MockResponse().setResponseCode(status).setBody(body));
    }

    /** Every sendMessage takes this long to answer (a slower Telegram, so sends are in flight for a while). */
    public void delaySends(long millis) {
        this.sendDelayMillis = millis;
    }

    /** Stops keeping request bodies of sendMessage (for runs of thousands of messages). */
    public void keepSendBodies(boolean keep) {
        this.recordSendBodies = keep;
    }

    /** The JSON bodies of the calls to one method (lower case, e.g. "sendmessage"), in arrival order. */
    public List<JsonNode> requests(String method) {
        return List.copyOf(requestsByMethod.getOrDefault(method, List.of()));
    }

    /** sendMessage calls received and not yet answered. */
    public int sendsInFlight() {
        return sendsInFlight.get();
    }

    /** The most sendMessage calls ever in flight at once. */
    public int peakSendsInFlight() {
        return peakSendsInFlight.get();
    }

    /** Messages delivered per chat (cheaper than {@link #sentTo} for thousands of chats). */
    public Map<Long, Integer> sendCounts() {
        Map<Long, Integer> counts = new java.util.HashMap<>();
        sendCounts.forEach((chat, n) -> counts.put(chat, n.get()));
        return counts;
    }

    /** A Telegram error answer with response parameters, e.g. {@code {"retry_after": 3}}. */
    public static MockResponse errorResponse(int code, String description, String parametersJson) {
        return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json")
                .setBody("{\"ok\":false,\"error_code\":" + code + ",\"description\":\"" + description
                        + "\",\"parameters\":" + parametersJson + "}");
    }

    /** Scripts an arbitrary answer for the next sendMessage to this chat. */
    public void answerNextSendTo(long chatId, MockResponse response) {
        scriptedFailuresByChat.computeIfAbsent(chatId, k -> new ConcurrentLinkedDeque<>()).add(response);
    }

    /** A gateway that talks to this fake through the real TelegramBots client, as Sitrep does in Telegram mode. */
    public ChatGateway gateway() {
        org.telegram.telegrambots.meta.generics.TelegramClient client =
                new org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient(new ObjectMapper(),
                        new okhttp3.OkHttpClient.Builder().readTimeout(java.time.Duration.ofSeconds(10)).build(), TOKEN,
                        TelegramConfiguration.telegramUrl(java.net.URI.create(url())));
        return new TelegramChatGateway(client, new TokenRedactor(TOKEN));
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
        if (method.equals("sendphoto")) {
            byte[] raw = request.getBody().readByteArray();
            Map<String, String> form = formFields(new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1));
            long chatId = Long.parseLong(form.getOrDefault("chat_id", "0").trim());
            String caption = new String(form.getOrDefault("caption", "").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                    java.nio.charset.StandardCharsets.UTF_8);
            boolean png = new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1).contains("\u0089PNG");
            if (caption.length() > 1024) {
                return error(400, "Bad Request: message caption is too long");
            }
            long messageId = nextMessageId.getAndIncrement();
            String photoField = png ? null : form.get("photo");
            photos.add(new Photo(chatId, caption, png, raw.length, photoField,
                    "true".equals(form.getOrDefault("disable_notification", "").trim()), messageId));
            ObjectNode message = json.createObjectNode();
            message.put("message_id", messageId);
            message.put("date", System.currentTimeMillis() / 1000);
            message.putObject("chat").put("id", chatId).put("type", chatId < 0 ? "group" : "private");
            message.put("caption", caption);
            return ok(message);
        }
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
        if (method.equals("sendmessage") ? recordSendBodies : !method.equals("getupdates")) {
            requestsByMethod.computeIfAbsent(method, k -> new CopyOnWriteArrayList<>()).add(body);
        }
        return switch (method) {
            case "getme" -> ok(json.createObjectNode().put("id", 123456).put("is_bot", true)
                    .put("first_name", "Sitrep").put("username", USERNAME));
            case "deletewebhook" -> ok(json.getNodeFactory().booleanNode(true));
            case "setmycommands" -> setMyCommands(body);
            case "answercallbackquery" -> answerCallbackQuery(body);
            case "getchatmember" -> getChatMember(body);
            case "getchat" -> getChat(body);
            case "editmessagecaption" -> editMessageCaption(body);
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
        long deadline = System.currentTimeMillis() + Math.min(longPollHoldMillis, body.path("timeout").asLong(0) * 1000);
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
        } while (System.currentTimeMillis() < deadline && !closing);
        var array = json.createArrayNode();
        result.forEach(array::add);
        return ok(array);
    }

    private MockResponse sendMessage(JsonNode body) {
        peakSendsInFlight.accumulateAndGet(sendsInFlight.incrementAndGet(), Math::max);
        try {
            if (sendDelayMillis > 0) {
                sleep(sendDelayMillis);
            }
            return sendMessageNow(body);
        } finally {
            sendsInFlight.decrementAndGet();
        }
    }

    private MockResponse sendMessageNow(JsonNode body) {
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
        List<String> buttons = new ArrayList<>();
        body.path("reply_markup").path("inline_keyboard").forEach(row -> row.forEach(b -> buttons.add(b.path("callback_data").asText())));
        if (!buttons.isEmpty()) {
            buttonsByMessage.put(messageId, List.copyOf(buttons));
        }
        sendCounts.computeIfAbsent(chatId, k -> new AtomicInteger()).incrementAndGet();
        if (recordSendBodies) {
            sent.add(new Sent(chatId, thread, text, body.path("parse_mode").asText(null), messageId));
        }
        ObjectNode message = json.createObjectNode();
        message.put("message_id", messageId);
        message.put("date", System.currentTimeMillis() / 1000);
        message.putObject("chat").put("id", chatId).put("type", chatId < 0 ? "group" : "private");
        message.put("text", text);
        return ok(message);
    }

    private MockResponse setMyCommands(JsonNode body) {
        if (setMyCommandsFailures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return error(500, "Internal Server Error");
        }
        JsonNode scope = body.path("scope");
        List<String> commands = new ArrayList<>();
        body.path("commands").forEach(c -> commands.add(c.path("command").asText()));
        menus.add(new Menu(scope.path("type").asText("default"),
                scope.hasNonNull("chat_id") ? scope.get("chat_id").asLong() : null, commands,
                body.path("language_code").asText(null)));
        return ok(json.getNodeFactory().booleanNode(true));
    }

    private MockResponse answerCallbackQuery(JsonNode body) {
        callbackAnswers.add(new CallbackAnswer(body.path("callback_query_id").asText(), body.path("text").asText(null)));
        return ok(json.getNodeFactory().booleanNode(true));
    }

    private MockResponse getChat(JsonNode body) {
        String wanted = body.path("chat_id").asText();
        KnownChat chat = chats.values().stream()
                .filter(c -> wanted.equals(String.valueOf(c.id())) || c.username() != null && wanted.equalsIgnoreCase("@" + c.username()))
                .findFirst().orElse(null);
        if (chat == null) {
            return error(400, "Bad Request: chat not found");
        }
        ObjectNode info = json.createObjectNode();
        info.put("id", chat.id()).put("type", chat.type()).put("accent_color_id", 0).put("max_reaction_count", 11);
        if (chat.title() != null) {
            info.put("title", chat.title());
        }
        if (chat.username() != null) {
            info.put("username", chat.username());
        }
        if (chat.type().equals("private")) {
            info.put("first_name", "Reader");
        }
        return ok(info);
    }

    private MockResponse editMessageCaption(JsonNode body) {
        long chatId = body.path("chat_id").asLong();
        long messageId = body.path("message_id").asLong();
        String caption = body.path("caption").asText();
        if (caption.length() > 1024) {
            return error(400, "Bad Request: message caption is too long");
        }
        captionEdits.add(new CaptionEdit(chatId, messageId, caption));
        ObjectNode message = json.createObjectNode();
        message.put("message_id", messageId);
        message.put("date", System.currentTimeMillis() / 1000);
        message.putObject("chat").put("id", chatId).put("type", chatId < 0 ? "channel" : "private");
        message.put("caption", caption);
        return ok(message);
    }

    private MockResponse getChatMember(JsonNode body) {
        long chatId = body.path("chat_id").asLong();
        long userId = body.path("user_id").asLong();
        String[] set = members.getOrDefault(chatId, Map.of()).get(userId);
        if (set != null) {
            ObjectNode member = json.createObjectNode();
            member.put("status", set[0]);
            if (userId == BOT_ID) {
                bot(member.putObject("user"));
            } else {
                user(member.putObject("user"), userId);
            }
            if (set[0].equals("administrator")) {
                adminRights(member, Boolean.parseBoolean(set[1]));
            } else if (set[0].equals("creator")) {
                member.put("is_anonymous", false);
            }
            return ok(member);
        }
        boolean admin = admins.getOrDefault(chatId, java.util.Set.of()).contains(userId);
        ObjectNode member = json.createObjectNode();
        member.put("status", admin ? "administrator" : "member");
        user(member.putObject("user"), userId);
        if (admin) {
            member.put("can_be_edited", false).put("is_anonymous", false).put("can_manage_chat", true)
                    .put("can_delete_messages", true).put("can_manage_video_chats", true).put("can_restrict_members", true)
                    .put("can_promote_members", false).put("can_change_info", true).put("can_invite_users", true)
                    .put("can_post_stories", false).put("can_edit_stories", false).put("can_delete_stories", false);
        }
        return ok(member);
    }

    private MockResponse editMessageText(JsonNode body) {
        long chatId = body.path("chat_id").asLong();
        long messageId = body.path("message_id").asLong();
        Deque<MockResponse> scripted = scriptedEditFailuresByChat.get(chatId);
        MockResponse failure = scripted != null ? scripted.poll() : null;
        if (failure != null) {
            return failure;
        }
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
        closing = true; // a long poll being held answers at once, so the server can stop
        server.shutdown();
    }
}
