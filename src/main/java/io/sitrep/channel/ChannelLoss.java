package io.sitrep.channel;

import java.time.Clock;
import java.util.List;

import io.sitrep.briefing.ReaderSettings;
import io.sitrep.delivery.Outbox;
import io.sitrep.editor.AuditLog;
import io.sitrep.subscription.ChatSettings;
import io.sitrep.subscription.ChatUnsubscribed;
import io.sitrep.subscription.SettingsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A linked channel the bot can no longer post to (removed or demoted, reported by my_chat_member, or refused by
 * Telegram on a send): its links end and every editor who linked it is told in their private chat (in its language), and the loss
 * goes to the audit log under each of them.
 */
@Component
class ChannelLoss {

    private static final Logger log = LoggerFactory.getLogger(ChannelLoss.class);

    private final ChannelLinks links;
    private final Outbox outbox;
    private final AuditLog audit;
    private final SettingsStore settings;
    private final Clock clock;

    ChannelLoss(ChannelLinks links, Outbox outbox, AuditLog audit, SettingsStore settings, Clock clock) {
        this.settings = settings;
        this.links = links;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void on(ChatUnsubscribed ended) {
        if (ended.reason() == ChatUnsubscribed.Reason.UNSUBSCRIBED) {
            return; // an editor unlinked it: /channel remove says so itself
        }
        var channel = links.find(String.valueOf(ended.chatId()));
        if (channel.isEmpty()) {
            return;
        }
        String shown = channel.get().shown();
        List<Long> editors = links.unlink(ended.chatId());
        boolean removed = ended.reason() == ChatUnsubscribed.Reason.BOT_REMOVED;
        log.info("Lost channel {} ({}); telling {} editor(s)", ended.chatId(), ended.reason().text(), editors.size());
        for (long editor : editors) {
            ChatSettings chat = settings.of(editor);
            ReaderSettings reader = ReaderSettings.of(chat.zone(), chat.readsIn());
            outbox.enqueueReply(editor, null, List.of(ChannelReplies.lost(shown, removed, reader)), clock.instant());
            audit.allowed(editor, "channel-lost", shown + " " + ended.chatId() + ": " + ended.reason().text(), 0);
        }
    }
}
