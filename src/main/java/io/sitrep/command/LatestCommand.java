package io.sitrep.command;

import java.util.List;

import io.sitrep.briefing.BriefingFormatter;
import io.sitrep.briefing.ReaderSettings;
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
            return replies.readerOf(press).text("button.out_of_date");
        }
        if (offset < 0 || offset > MAX_BACK) {
            return replies.readerOf(press).text("latest.as_far_back");
        }
        page(press, offset);
        return null;
    }

    private void page(IncomingMessage to, int offset) {
        ReaderSettings reader = replies.readerOf(to);
        List<Entry> window = cache.latestUpdates(offset + PAGE + 1);
        if (window.size() <= offset) {
            replies.send(to, reader.text(offset == 0 ? "latest.none" : "latest.no_older"));
            return;
        }
        List<Entry> shown = window.subList(offset, Math.min(window.size(), offset + PAGE));
        boolean more = window.size() > offset + PAGE && offset + PAGE <= MAX_BACK;
        String title = "<b>" + (offset == 0 ? reader.text("latest.title", "count", shown.size())
                : reader.text("latest.range", "from", offset + 1, "to", offset + shown.size())) + "</b>";
        Buttons buttons = more ? Buttons.row(Buttons.button(reader.text("latest.more"), "more:" + (offset + PAGE))) : null;
        replies.send(to, formatter.list(title, shown, reader), buttons);
    }
}
