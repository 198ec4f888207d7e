package io.sitrep.command;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import io.sitrep.briefing.BriefingFormatter;
import io.sitrep.briefing.Html;
import io.sitrep.briefing.ReaderSettings;
import io.sitrep.source.Entry;
import io.sitrep.source.EntryCache;
import io.sitrep.subscription.Words;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** /search <i>words</i>: cached entries containing every word (case and accents ignored), newest first. */
@Component
@Order(30)
class SearchCommand implements ChatCommand {

    static final int MAX_RESULTS = 5;

    private final EntryCache cache;
    private final BriefingFormatter formatter;
    private final Replies replies;

    SearchCommand(EntryCache cache, BriefingFormatter formatter, Replies replies) {
        this.cache = cache;
        this.formatter = formatter;
        this.replies = replies;
    }

    @Override
    public List<CommandInfo> commands() {
        return List.of(
                CommandInfo.of("search", EVERYWHERE, "<i>words</i>", "entries containing the words"));
    }

    @Override
    public void run(CommandRequest request) {
        ReaderSettings reader = replies.readerOf(request.message());
        Set<String> wanted = Words.of(request.argument());
        if (wanted.isEmpty()) {
            replies.send(request.message(), reader.text("search.what"));
            return;
        }
        List<Entry> hits = cache.all().stream()
                .filter(e -> Words.of(e.headline() + " " + e.text()).containsAll(wanted))
                .sorted(Comparator.comparing((Entry e) -> e.time() == null ? Instant.MIN : e.time()).reversed()
                        .thenComparingInt(Entry::position))
                .toList();
        String shownQuery = Html.escape(Html.trim(String.join(" ", wanted), 60));
        if (hits.isEmpty()) {
            replies.send(request.message(), reader.text("search.nothing", "query", "<b>" + shownQuery + "</b>"));
            return;
        }
        String title = "<b>" + reader.text("search.title", "count", hits.size(), "query", shownQuery) + "</b>"
                + (hits.size() > MAX_RESULTS ? " " + reader.text("search.newest", "count", MAX_RESULTS) : "");
        replies.send(request.message(), formatter.list(title, hits.subList(0, Math.min(MAX_RESULTS, hits.size())), reader));
    }
}
