package io.sitrep.editor;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.sitrep.briefing.Bidi;
import io.sitrep.briefing.Html;
import io.sitrep.briefing.ReaderSettings;
import io.sitrep.briefing.Times;
import io.sitrep.chat.Buttons;
import io.sitrep.chat.IncomingMessage;
import io.sitrep.command.ButtonAction;
import io.sitrep.command.ChatCommand;
import io.sitrep.command.CommandInfo;
import io.sitrep.command.CommandScope;
import io.sitrep.command.CommandMenu;
import io.sitrep.command.CommandRequest;
import io.sitrep.command.Replies;
import io.sitrep.delivery.Outbox;
import io.sitrep.source.Entry;
import io.sitrep.source.EntryCache;
import io.sitrep.source.EntryEdited;
import io.sitrep.source.SourceStatus;
import io.sitrep.subscription.HeldPushes;
import io.sitrep.subscription.SubscriberStore;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The newsroom's commands, for editors only: /broadcast (with a Send/Cancel preview), /publish, /correct,
 * /retract, /entries (entry ids), /stats, /audit and /editor. Every use is written to the {@link AuditLog}; anyone
 * else is told it is not allowed, and the attempt is logged with their user id.
 */
@Component
@Order(200)
class EditorCommands implements ChatCommand, ButtonAction {

    static final int MAX_TEXT = 4096;
    static final int ENTRIES_SHOWN = 12;

    private final Editors editors;
    private final AuditLog audit;
    private final Newsroom newsroom;
    private final Broadcasts broadcasts;
    private final SendCounters counters;
    private final SubscriberStore subscribers;
    private final HeldPushes held;
    private final Outbox outbox;
    private final EntryCache cache;
    private final SourceStatus sources;
    private final CommandMenu menu;
    private final Replies replies;
    private final Clock clock;

    EditorCommands(Editors editors, AuditLog audit, Newsroom newsroom, Broadcasts broadcasts, SendCounters counters,
                   SubscriberStore subscribers, HeldPushes held, Outbox outbox, EntryCache cache, SourceStatus sources,
                   CommandMenu menu, Replies replies, Clock clock) {
        this.editors = editors;
        this.audit = audit;
        this.newsroom = newsroom;
        this.broadcasts = broadcasts;
        this.counters = counters;
        this.subscribers = subscribers;
        this.held = held;
        this.outbox = outbox;
        this.cache = cache;
        this.sources = sources;
        this.menu = menu;
        this.replies = replies;
        this.clock = clock;
    }

    @Override
    public List<CommandInfo> commands() {
        return List.of(
                editorOnly("publish", "<i>text</i>", "publish a newsroom UPDATE (as a photo's caption to publish the photo too)"),
                editorOnly("broadcast", "<i>text</i>", "message every subscriber, after a preview"),
                editorOnly("entries", "", "the newest entries with their ids"),
                editorOnly("correct", "<i>entry-id</i> <i>corrected text</i>", "correct an entry by id"),
                editorOnly("retract", "<i>entry-id</i>", "withdraw an entry by id"),
                editorOnly("stats", "", "subscribers, queue, sends and sources"),
                editorOnly("audit", "", "recent editor actions"),
                editorOnly("editor", "add or remove <i>user-id</i>", "list, add or remove editors"));
    }

    private static CommandInfo editorOnly(String name, String arguments, String help) {
        return CommandInfo.of(name, Set.of(CommandScope.EDITOR), arguments, help).withMaxArgument(MAX_TEXT);
    }

    @Override
    public String prefix() {
        return "bc";
    }

    @Override
    public void run(CommandRequest request) {
        IncomingMessage message = request.message();
        ReaderSettings reader = replies.readerOf(message);
        if (!editors.isEditor(message.userId())) {
            audit.refused(message.userId(), request.name());
            replies.send(message, reader.text("editor.not_allowed", "command", request.name()));
            return;
        }
        String arg = request.argument();
        switch (request.name()) {
            case "broadcast" -> broadcast(message, arg, reader);
            case "publish" -> publish(message, arg, reader);
            case "correct" -> correct(message, arg, reader);
            case "retract" -> retract(message, arg, reader);
            case "entries" -> entries(message, reader);
            case "stats" -> stats(message, reader);
            case "audit" -> auditTrail(message, reader);
            default -> editor(message, arg, reader);
        }
    }

    private void broadcast(IncomingMessage message, String text, ReaderSettings reader) {
        if (text.isBlank()) {
            replies.send(message, reader.text("editor.broadcast.what"));
            return;
        }
        long id = broadcasts.draft(message.userId(), text.strip(), clock.instant());
        int chats = broadcasts.recipients().size();
        audit.allowed(message.userId(), "broadcast-draft", "#" + id + ": " + text.strip(), 0);
        List<String> preview = new java.util.ArrayList<>(Broadcasts.render(text.strip(), reader.language()));
        preview.add(reader.text("editor.broadcast.preview", "count", chats));
        replies.send(message, preview, Buttons.row(Buttons.button(reader.text("editor.broadcast.send", "count", chats), "bc:send:" + id),
                Buttons.button(reader.text("editor.broadcast.cancel"), "bc:cancel:" + id)));
    }

    @Override
    public String press(IncomingMessage press, String argument) {
        String[] parts = argument.split(":", 2);
        ReaderSettings reader = replies.readerOf(press);
        if (!editors.isEditor(press.userId())) {
            audit.refused(press.userId(), "broadcast-" + parts[0]);
            return reader.text("editor.broadcast.only_editors");
        }
        long id;
        try {
            id = Long.parseLong(parts.length > 1 ? parts[1] : "");
        } catch (NumberFormatException e) {
            return reader.text("button.out_of_date");
        }
        boolean send = parts[0].equals("send");
        Optional<Broadcasts.Draft> draft = broadcasts.close(id, send ? "SENT" : "CANCELLED");
        if (draft.isEmpty()) {
            return reader.text("editor.broadcast.closed");
        }
        if (!send) {
            audit.allowed(press.userId(), "broadcast-cancel", "#" + id, 0);
            replies.send(press, reader.text("editor.broadcast.cancelled"));
            return reader.text("editor.broadcast.cancelled_toast");
        }
        int chats = broadcasts.send(draft.get(), clock.instant());
        audit.allowed(press.userId(), "broadcast", "#" + id + ": " + draft.get().text(), chats);
        replies.send(press, reader.text("editor.broadcast.queued", "count", chats));
        return reader.text("editor.broadcast.sending_toast");
    }

    private void publish(IncomingMessage message, String text, ReaderSettings reader) {
        if (text.isBlank()) {
            replies.send(message, reader.text("editor.publish.what"));
            return;
        }
        Entry entry = newsroom.publish(text, message.userId(), message.photoFileId());
        int chats = (int) outbox.chatsReached(entry.id());
        audit.allowed(message.userId(), "publish", entry.id() + (message.photoFileId() == null ? "" : " (with photo)") + ": "
                + Html.trim(entry.headline(), 200), chats);
        replies.send(message, reader.text("editor.publish.done", "id", Html.escape(entry.id()),
                "time", Times.of(entry.time(), reader, false), "count", chats));
    }

    private void correct(IncomingMessage message, String arg, ReaderSettings reader) {
        String[] parts = arg.strip().split("\\s+", 2);
        if (parts.length < 2 || parts[0].isEmpty()) {
            replies.send(message, reader.text("editor.correct.usage"));
            return;
        }
        Optional<EntryEdited> edited = newsroom.correct(parts[0], parts[1]);
        if (edited.isEmpty()) {
            replies.send(message, noSuchEntry(parts[0], reader));
            return;
        }
        int chats = (int) outbox.chatsReached(parts[0]);
        audit.allowed(message.userId(), "correct", parts[0] + ": " + Html.trim(parts[1], 300), chats);
        replies.send(message, reader.text("editor.correct.done", "id", Html.escape(parts[0]), "count", chats)
                + (edited.get().after().source().equals(newsroom.sourceName()) ? ""
                : "\n" + reader.text("editor.correct.source_may_overwrite")));
    }

    private void retract(IncomingMessage message, String arg, ReaderSettings reader) {
        String[] parts = arg.strip().split("\\s+", 2);
        if (parts[0].isEmpty()) {
            replies.send(message, reader.text("editor.retract.usage"));
            return;
        }
        String reason = parts.length > 1 ? parts[1] : "";
        Optional<Entry> gone = newsroom.retract(parts[0]);
        if (gone.isEmpty()) {
            replies.send(message, noSuchEntry(parts[0], reader));
            return;
        }
        int chats = (int) outbox.chatsReached(parts[0]);
        audit.allowed(message.userId(), "retract", parts[0] + (reason.isEmpty() ? "" : ": " + reason), chats);
        replies.send(message, reader.text("editor.retract.done", "id", Html.escape(parts[0]),
                "headline", Html.escape(Bidi.isolate(Html.trim(gone.get().headline(), 80), reader.language())), "count", chats));
    }

    private void entries(IncomingMessage message, ReaderSettings reader) {
        List<Entry> newest = cache.all().stream()
                .sorted(Comparator.comparing((Entry e) -> e.time() == null ? Instant.MIN : e.time()).reversed()
                        .thenComparingInt(Entry::position))
                .limit(ENTRIES_SHOWN).toList();
        if (newest.isEmpty()) {
            replies.send(message, reader.text("editor.entries.none"));
            return;
        }
        StringBuilder html = new StringBuilder("<b>").append(reader.text("editor.entries.title")).append("</b>");
        for (Entry e : newest) {
            html.append("\n\n<code>").append(Html.escape(e.id())).append("</code> \u00b7 ").append(kind(e, reader))
                    .append(e.time() == null ? "" : " " + Times.of(e.time(), reader, false))
                    .append(" \u00b7 ").append(Html.escape(Bidi.isolate(e.source(), reader.language())))
                    .append('\n').append(Html.escape(Html.trim(e.headline(), 120)));
        }
        audit.allowed(message.userId(), "entries", null, 0);
        replies.send(message, html.toString());
    }

    /** The entry's kind as its label reads elsewhere: UPDATE, ORIGINAL ENTRY or STORY, in the reader's words. */
    private static String kind(Entry e, ReaderSettings reader) {
        return switch (e.kind()) {
            case UPDATE -> reader.text("entry.update");
            case ORIGINAL -> reader.text("entry.original");
            case STORY -> reader.text("entry.story");
        };
    }

    private void stats(IncomingMessage message, ReaderSettings reader) {
        SendCounters.Counts counts = counters.counts();
        StringBuilder html = new StringBuilder("<b>").append(reader.text("editor.stats.title")).append("</b>");
        html.append('\n').append(reader.text("editor.stats.subscribers", "private", subscribers.countActive(true),
                "groups", subscribers.countActive(false), "channels", subscribers.countActiveChannels()));
        html.append('\n').append(reader.text("editor.stats.outbox", "waiting", outbox.pendingCount(), "held", held.count()));
        html.append('\n').append(reader.text("editor.stats.sent", "hour", counts.sendsLastHour(), "total", counts.sendsTotal()));
        html.append('\n').append(reader.text("editor.stats.too_many", "hour", counts.tooManyLastHour(), "total", counts.tooManyTotal()));
        Map<String, SourceStatus.Health> health = sources.all();
        html.append("\n\n<b>").append(reader.text("sources.title")).append("</b>");
        if (health.isEmpty()) {
            html.append('\n').append(reader.text("editor.stats.sources_none"));
        }
        health.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            SourceStatus.Health h = e.getValue();
            String good = h.lastSuccess() == null ? reader.text("editor.stats.never") : Times.of(h.lastSuccess(), reader, false);
            // The error is the fetcher's own report, kept as written.
            String error = h.lastError() == null ? reader.text("editor.stats.no_error") : Times.of(h.lastError(), reader, false) + " "
                    + Html.escape(Html.trim(h.lastErrorMessage(), 120));
            html.append("\n\u2022 ").append(reader.text("editor.stats.source",
                    "source", Html.escape(Bidi.isolate(e.getKey(), reader.language())), "good", good, "error", error));
        });
        audit.allowed(message.userId(), "stats", null, 0);
        replies.send(message, html.toString());
    }

    private void auditTrail(IncomingMessage message, ReaderSettings reader) {
        StringBuilder html = new StringBuilder("<b>").append(reader.text("editor.audit.title")).append("</b>");
        for (AuditLog.Record r : audit.recent(15)) {
            html.append("\n").append(r.allowed() ? "" : "\u26d4 ").append(Times.of(r.at(), reader, false))
                    .append(" \u00b7 ").append(r.userId()).append(" \u00b7 <code>").append(Html.escape(r.action())).append("</code>");
            if (r.chats() > 0) {
                html.append(" \u00b7 ").append(reader.text("editor.audit.chats", "count", r.chats()));
            }
            if (!r.allowed()) {
                html.append(" \u00b7 ").append(reader.text("editor.audit.refused")); // the log's own "not allowed"
            } else if (r.detail() != null) {
                // What the editor typed or touched (a broadcast's text, a channel's name), as written.
                html.append(" \u00b7 ").append(Html.escape(Bidi.isolate(Html.trim(r.detail(), 80), reader.language())));
            }
        }
        replies.send(message, html.toString());
    }

    private void editor(IncomingMessage message, String arg, ReaderSettings reader) {
        String[] parts = arg.strip().split("\\s+");
        String verb = parts[0].toLowerCase(java.util.Locale.ROOT);
        if (verb.isEmpty() || verb.equals("list")) {
            StringBuilder html = new StringBuilder("<b>").append(reader.text("editor.list.title")).append("</b>");
            for (long id : editors.all()) {
                html.append("\n").append(id).append(editors.isOwner(id) ? " (" + reader.text("editor.list.owner") + ")"
                        : editors.isConfigured(id) ? " (" + reader.text("editor.list.configured") + ")" : "");
            }
            replies.send(message, html.append("\n\n").append(reader.text("editor.list.how")).toString());
            return;
        }
        if (!editors.isOwner(message.userId())) {
            audit.refused(message.userId(), "editor-" + verb);
            replies.send(message, reader.text("editor.owner_only"));
            return;
        }
        long id;
        try {
            id = Long.parseLong(parts.length > 1 ? parts[1] : "");
        } catch (NumberFormatException e) {
            replies.send(message, reader.text("editor.usage_numeric"));
            return;
        }
        String user = String.valueOf(id); // an id, not a quantity: never grouped as 1,234
        switch (verb) {
            case "add" -> {
                boolean added = id > 0 && editors.add(id, message.userId(), clock.instant());
                if (added) {
                    audit.allowed(message.userId(), "editor-add", user, 0);
                    menu.showEditorMenu(id);
                }
                replies.send(message, reader.text(added ? "editor.added" : id <= 0 ? "editor.not_positive" : "editor.already",
                        "id", user));
            }
            case "remove" -> {
                if (editors.isConfigured(id)) {
                    replies.send(message, reader.text("editor.configured", "id", user));
                    return;
                }
                boolean removed = editors.remove(id);
                if (removed) {
                    audit.allowed(message.userId(), "editor-remove", user, 0);
                    menu.showReaderMenu(id);
                }
                replies.send(message, reader.text(removed ? "editor.removed" : "editor.not_editor", "id", user));
            }
            default -> replies.send(message, reader.text("editor.usage"));
        }
    }

    private static String noSuchEntry(String id, ReaderSettings reader) {
        return reader.text("editor.no_such_entry", "id", Html.escape(Html.trim(id, 40)));
    }
}
