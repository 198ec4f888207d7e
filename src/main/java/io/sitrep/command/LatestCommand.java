package io.sitrep.command;

import java.util.List;

import io.sitrep.briefing.BriefingFormatter;
import io.sitrep.chat.Buttons;
import io.sitrep.chat.IncomingMessage;
import io.sitrep.source.Entry;
import io.sitrep.source.EntryCache;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** /latest: the newest 3 UPDATEs, with a More button that pages further back (callback {@code more:<offset>}). */
@Component
@Order(10)
class LatestCommand implements ChatCommand, ButtonAction {

    static final int PAGE = 3;
    static final int MAX_BACK = 60;

    private final EntryCache cache;
    private final BriefingFormatter formatter;
    private final Replies replies;

    LatestCommand(EntryCache cache, BriefingFormatter formatter, Replies replies) {
        this.cache = cache;
        this.formatter = formatter;
        this.replies = replies;
    }

    @Override
    public List<CommandInfo> commands() {
        return List.of(
                CommandInfo.of("latest", EVERYWHERE, "", "the newest 3 UPDATEs (More pages back)"));
    }

    @Override
    public String prefix() {
        return "more";
    }

    @Override
    public void run(CommandRequest request) {
        page(request.message(), 0);
    }

    @Override
    public String press(IncomingMessage press, String argument) {
        int offset;
        try {
            offset = Integer.parseInt(argument);
        } catch (NumberFormatException e) {
            return "That button is out of date.";
        }
        if (offset < 0 || offset > MAX_BACK) {
            return "That is as far back as I go.";
        }
        page(press, offset);
        return null;
    }

    private void page(IncomingMessage to, int offset) {
        List<Entry> window = cache.latestUpdates(offset + PAGE + 1);
        if (window.size() <= offset) {
            replies.send(to, offset == 0 ? "No UPDATEs yet. Sitrep is reading its sources; try again in a minute."
                    : "No older UPDATEs in memory. /search finds entries by words.");
            return;
        }
        List<Entry> shown = window.subList(offset, Math.min(window.size(), offset + PAGE));
        boolean more = window.size() > offset + PAGE && offset + PAGE <= MAX_BACK;
        String title = offset == 0
                ? "<b>Latest " + shown.size() + " UPDATE" + (shown.size() == 1 ? "" : "s") + "</b>"
                : "<b>UPDATEs " + (offset + 1) + "\u2013" + (offset + shown.size()) + "</b>";
        Buttons buttons = more ? Buttons.row(Buttons.button("More \u25b8", "more:" + (offset + PAGE))) : null;
        replies.send(to, formatter.list(title, shown, replies.readerOf(to)), buttons);
    }
}
