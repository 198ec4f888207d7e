package io.sitrep.command;

import java.util.List;
import java.util.Set;

import io.sitrep.shared.SitrepProperties;
import io.sitrep.shared.UrlRedactor;
import io.sitrep.briefing.Html;
import io.sitrep.briefing.ReaderSettings;
import io.sitrep.briefing.Times;
import io.sitrep.source.SourceStatus;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** /sources: the live blogs Sitrep reads, with their last good read and last error. */
@Component
@Order(60)
class SourcesCommand implements ChatCommand {

    private final SitrepProperties properties;
    private final SourceStatus status;
    private final Replies replies;

    SourcesCommand(SitrepProperties properties, SourceStatus status, Replies replies) {
        this.properties = properties;
        this.status = status;
        this.replies = replies;
    }

    @Override
    public List<CommandInfo> commands() {
        return List.of(
                CommandInfo.of("sources", Set.of(CommandScope.PRIVATE), "", "the live blogs Sitrep reads, and their health"));
    }

    @Override
    public void run(CommandRequest request) {
        ReaderSettings reader = replies.readerOf(request.message());
        StringBuilder html = new StringBuilder("<b>").append(reader.text("sources.title")).append("</b>");
        for (SitrepProperties.Source source : properties.sources()) {
            SourceStatus.Health health = status.of(source.name());
            // A URL with a key or password in it is never shown, not even as a link target.
            html.append("\n\n").append(UrlRedactor.hasSecrets(source.url())
                    ? Html.escape(source.name()) : Html.link(source.url(), source.name()));
            html.append('\n').append(reader.text("sources.every", "seconds", source.pollInterval().toSeconds()));
            if (health.lastSuccess() != null) {
                html.append(" \u00b7 ").append(reader.text("sources.last_read", "time", Times.of(health.lastSuccess(), reader, false),
                        "count", health.entries()));
            } else {
                html.append(" \u00b7 ").append(reader.text("sources.not_read"));
            }
            if (health.lastError() != null) {
                // The error is the fetcher's own report, kept as written (it names the site's answer).
                html.append('\n').append(reader.text("sources.last_problem", "time", Times.of(health.lastError(), reader, false)))
                        .append(": ").append(Html.escape(Html.trim(health.lastErrorMessage(), 200)));
            }
        }
        replies.send(request.message(), html.toString());
    }
}
