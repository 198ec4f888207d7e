package io.sitrep.editor;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.sitrep.briefing.Html;
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
        if (!editors.isEditor(message.userId())) {
            audit.refused(message.userId(), request.name());
            replies.send(message, "Not allowed: /" + request.name() + " is for Sitrep's editors only. The attempt was logged.");
            return;
        }
        String arg = request.argument();
        switch (request.name()) {
            case "broadcast" -> broadcast(message, arg);
            case "publish" -> publish(message, arg);
            case "correct" -> correct(message, arg);
            case "retract" -> retract(message, arg);
            case "entries" -> entries(message);
            case "stats" -> stats(message);
            case "audit" -> auditTrail(message);
            default -> editor(message, arg);
        }
    }

    private void broadcast(IncomingMessage message, String text) {
        if (text.isBlank()) {
            replies.send(message, "Broadcast what? /broadcast <i>text</i> shows a preview with Send and Cancel.");
            return;
        }
        long id = broadcasts.draft(message.userId(), text.strip(), clock.instant());
        int chats = broadcasts.recipients().size();
        audit.allowed(message.userId(), "broadcast-draft", "#" + id + ": " + text.strip(), 0);
        List<String> preview = new java.util.ArrayList<>(Broadcasts.render(text.strip()));
        preview.add("<b>Preview.</b> Send this to " + chats + " chat" + (chats == 1 ? "" : "s") + "?");
        replies.send(message, preview, Buttons.row(Buttons.button("Send to " + chats + " chats", "bc:send:" + id),
                Buttons.button("Cancel", "bc:cancel:" + id)));
    }

    @Override
    public String press(IncomingMessage press, String argument) {
        String[] parts = argument.split(":", 2);
        if (!editors.isEditor(press.userId())) {
            audit.refused(press.userId(), "broadcast-" + parts[0]);
            return "Not allowed: only editors can send broadcasts.";
        }
        long id;
        try {
            id = Long.parseLong(parts.length > 1 ? parts[1] : "");
        } catch (NumberFormatException e) {
            return "That button is out of date.";
        }
        boolean send = parts[0].equals("send");
        Optional<Broadcasts.Draft> draft = broadcasts.close(id, send ? "SENT" : "CANCELLED");
        if (draft.isEmpty()) {
            return "That broadcast was already sent or cancelled.";
        }
        if (!send) {
            audit.allowed(press.userId(), "broadcast-cancel", "#" + id, 0);
            replies.send(press, "Broadcast cancelled; nothing was sent.");
            return "Cancelled";
        }
        int chats = broadcasts.send(draft.get(), clock.instant());
        audit.allowed(press.userId(), "broadcast", "#" + id + ": " + draft.get().text(), chats);
        replies.send(press, "Broadcast queued for " + chats + " chat" + (chats == 1 ? "" : "s") + ".");
        return "Sending";
    }

    private void publish(IncomingMessage message, String text) {
        if (text.isBlank()) {
            replies.send(message, "Publish what? /publish <i>text</i> sends an UPDATE of your own to subscribers.");
            return;
        }
        Entry entry = newsroom.publish(text, message.userId(), message.photoFileId());
        int chats = (int) outbox.chatsReached(entry.id());
        audit.allowed(message.userId(), "publish", entry.id() + (message.photoFileId() == null ? "" : " (with photo)") + ": "
                + Html.trim(entry.headline(), 200), chats);
        replies.send(message, "Published as <code>" + entry.id() + "</code> at " + Times.of(entry.time(), replies.readerOf(message).zone())
                + "; queued for " + chats + " chat" + (chats == 1 ? "" : "s")
                + " now (digest and quiet-hours chats get it later; topics and filters apply). /correct " + entry.id()
                + " <i>text</i> or /retract " + entry.id() + " change it.");
    }

    private void correct(IncomingMessage message, String arg) {
        String[] parts = arg.strip().split("\\s+", 2);
        if (parts.length < 2 || parts[0].isEmpty()) {
            replies.send(message, "Usage: /correct <i>entry-id</i> <i>corrected text</i>. /entries lists the ids.");
            return;
        }
        Optional<EntryEdited> edited = newsroom.correct(parts[0], parts[1]);
        if (edited.isEmpty()) {
            replies.send(message, noSuchEntry(parts[0]));
            return;
        }
        int chats = (int) outbox.chatsReached(parts[0]);
        audit.allowed(message.userId(), "correct", parts[0] + ": " + Html.trim(parts[1], 300), chats);
        replies.send(message, "Corrected <code>" + Html.escape(parts[0]) + "</code>. It had reached " + chats
                + " chat" + (chats == 1 ? "" : "s") + "; their messages are updated where Telegram allows."
                + (edited.get().after().source().equals(newsroom.sourceName()) ? ""
                : "\nNote: its source page may overwrite the correction if the page itself changes the entry."));
    }

    private void retract(IncomingMessage message, String arg) {
        String[] parts = arg.strip().split("\\s+", 2);
        if (parts[0].isEmpty()) {
            replies.send(message, "Usage: /retract <i>entry-id</i> [<i>reason</i>]. /entries lists the ids.");
            return;
        }
        String reason = parts.length > 1 ? parts[1] : "";
        Optional<Entry> gone = newsroom.retract(parts[0]);
        if (gone.isEmpty()) {
            replies.send(message, noSuchEntry(parts[0]));
            return;
        }
        int chats = (int) outbox.chatsReached(parts[0]);
        audit.allowed(message.userId(), "retract", parts[0] + (reason.isEmpty() ? "" : ": " + reason), chats);
        replies.send(message, "Retracted <code>" + Html.escape(parts[0]) + "</code> ("
                + Html.escape(Html.trim(gone.get().headline(), 80)) + "). It had reached " + chats + " chat"
                + (chats == 1 ? "" : "s") + "; it will not be pushed again.");
    }

    private void entries(IncomingMessage message) {
        ZoneId zone = replies.readerOf(message).zone();
        List<Entry> newest = cache.all().stream()
                .sorted(Comparator.comparing((Entry e) -> e.time() == null ? Instant.MIN : e.time()).reversed()
                        .thenComparingInt(Entry::position))
                .limit(ENTRIES_SHOWN).toList();
        if (newest.isEmpty()) {
            replies.send(message, "No entries in memory yet.");
            return;
        }
        StringBuilder html = new StringBuilder("<b>Newest entries and their ids</b>");
        for (Entry e : newest) {
            html.append("\n\n<code>").append(Html.escape(e.id())).append("</code> \u00b7 ").append(e.kind())
                    .append(e.time() == null ? "" : " " + Times.of(e.time(), zone))
                    .append(" \u00b7 ").append(Html.escape(e.source()))
                    .append('\n').append(Html.escape(Html.trim(e.headline(), 120)));
        }
        audit.allowed(message.userId(), "entries", null, 0);
        replies.send(message, html.toString());
    }

    private void stats(IncomingMessage message) {
        ZoneId zone = replies.readerOf(message).zone();
        SendCounters.Counts counts = counters.counts();
        StringBuilder html = new StringBuilder("<b>Sitrep stats</b>");
        html.append("\nSubscribers: ").append(subscribers.countActive(true)).append(" private, ")
                .append(subscribers.countActive(false)).append(" groups, ").append(subscribers.countActiveChannels())
                .append(" channels (active)");
        html.append("\nOutbox: ").append(outbox.pendingCount()).append(" waiting; ").append(held.count())
                .append(" held for digests or quiet hours");
        html.append("\nSent in the last hour: ").append(counts.sendsLastHour()).append(" (since start ")
                .append(counts.sendsTotal()).append(")");
        html.append("\nTelegram 429s in the last hour: ").append(counts.tooManyLastHour()).append(" (since start ")
                .append(counts.tooManyTotal()).append(")");
        Map<String, SourceStatus.Health> health = sources.all();
        html.append("\n\n<b>Sources</b>");
        if (health.isEmpty()) {
            html.append("\nNone read yet.");
        }
        health.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            SourceStatus.Health h = e.getValue();
            html.append("\n\u2022 ").append(Html.escape(e.getKey())).append(": last good read ")
                    .append(h.lastSuccess() == null ? "never" : Times.of(h.lastSuccess(), zone))
                    .append("; last error ")
                    .append(h.lastError() == null ? "none" : Times.of(h.lastError(), zone) + " "
                            + Html.escape(Html.trim(h.lastErrorMessage(), 120)));
        });
        audit.allowed(message.userId(), "stats", null, 0);
        replies.send(message, html.toString());
    }

    private void auditTrail(IncomingMessage message) {
        ZoneId zone = replies.readerOf(message).zone();
        StringBuilder html = new StringBuilder("<b>Audit log, newest first</b>");
        for (AuditLog.Record r : audit.recent(15)) {
            html.append("\n").append(r.allowed() ? "" : "\u26d4 ").append(Times.of(r.at(), zone))
                    .append(" \u00b7 ").append(r.userId()).append(" \u00b7 ").append(Html.escape(r.action()));
            if (r.chats() > 0) {
                html.append(" \u00b7 ").append(r.chats()).append(" chats");
            }
            if (r.detail() != null) {
                html.append(" \u00b7 ").append(Html.escape(Html.trim(r.detail(), 80)));
            }
        }
        replies.send(message, html.toString());
    }

    private void editor(IncomingMessage message, String arg) {
        String[] parts = arg.strip().split("\\s+");
        String verb = parts[0].toLowerCase(java.util.Locale.ROOT);
        if (verb.isEmpty() || verb.equals("list")) {
            StringBuilder html = new StringBuilder("<b>Editors</b>");
            for (long id : editors.all()) {
                html.append("\n").append(id).append(editors.isOwner(id) ? " (owner)" : editors.isConfigured(id) ? " (configured)" : "");
            }
            replies.send(message, html.append("\n\nThe owner adds and removes editors: /editor add <i>user-id</i>, "
                    + "/editor remove <i>user-id</i>.").toString());
            return;
        }
        if (!editors.isOwner(message.userId())) {
            audit.refused(message.userId(), "editor-" + verb);
            replies.send(message, "Not allowed: only the owner (the first id in sitrep.editors) adds or removes editors.");
            return;
        }
        long id;
        try {
            id = Long.parseLong(parts.length > 1 ? parts[1] : "");
        } catch (NumberFormatException e) {
            replies.send(message, "Usage: /editor add <i>numeric-user-id</i> or /editor remove <i>numeric-user-id</i>.");
            return;
        }
        switch (verb) {
            case "add" -> {
                boolean added = id > 0 && editors.add(id, message.userId(), clock.instant());
                if (added) {
                    audit.allowed(message.userId(), "editor-add", String.valueOf(id), 0);
                    menu.showEditorMenu(id);
                }
                replies.send(message, added ? id + " is now an editor." : id <= 0 ? "A user id is a positive number."
                        : id + " is already an editor.");
            }
            case "remove" -> {
                if (editors.isConfigured(id)) {
                    replies.send(message, id + " is configured in sitrep.editors; change the setting to remove them.");
                    return;
                }
                boolean removed = editors.remove(id);
                if (removed) {
                    audit.allowed(message.userId(), "editor-remove", String.valueOf(id), 0);
                    menu.showReaderMenu(id);
                }
                replies.send(message, removed ? id + " is no longer an editor." : id + " is not an editor.");
            }
            default -> replies.send(message, "Usage: /editor add <i>user-id</i>, /editor remove <i>user-id</i> or /editor list.");
        }
    }

    private static String noSuchEntry(String id) {
        return "No entry with id <code>" + Html.escape(Html.trim(id, 40)) + "</code>. /entries lists the newest ids.";
    }
}
