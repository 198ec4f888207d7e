package io.sitrep.command;

import java.util.List;

import io.sitrep.SitrepProperties;
import io.sitrep.UrlRedactor;
import io.sitrep.briefing.Html;
import io.sitrep.source.SourceStatus;
import io.sitrep.subscription.LocalTimes;
import org.springframework.stereotype.Component;

/** /sources: the live blogs Sitrep reads, with their last good read and last error. */
@Component
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
    public List<String> names() {
        return List.of("sources");
    }

    @Override
    public void run(CommandRequest request) {
        StringBuilder html = new StringBuilder("<b>Sources</b>");
        for (SitrepProperties.Source source : properties.sources()) {
            SourceStatus.Health health = status.of(source.name());
            // A URL with a key or password in it is never shown, not even as a link target.
            html.append("\n\n").append(UrlRedactor.hasSecrets(source.url())
                    ? Html.escape(source.name()) : Html.link(source.url(), source.name()));
            html.append("\nRead every ").append(source.pollInterval().toSeconds()).append("s");
            if (health.lastSuccess() != null) {
                html.append(" \u00b7 last read ").append(LocalTimes.time(health.lastSuccess(), java.time.ZoneOffset.UTC))
                        .append(", ").append(health.entries()).append(" entries");
            } else {
                html.append(" \u00b7 not read yet");
            }
            if (health.lastError() != null) {
                html.append("\nLast problem ").append(LocalTimes.time(health.lastError(), java.time.ZoneOffset.UTC))
                        .append(": ").append(Html.escape(Html.trim(health.lastErrorMessage(), 200)));
            }
        }
        replies.send(request.message(), html.toString());
    }
}
