package io.sitrep.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.sitrep.shared.SitrepProperties;
import io.sitrep.briefing.ReaderSettings;
import io.sitrep.chat.IncomingMessage;
import io.sitrep.source.SourceStatus;
import org.junit.jupiter.api.Test;

/** /sources shows every reader the live blogs, never a password or key configured in their addresses. */
class SourcesCommandTests {

    @Test
    void aSourceUrlWithSecretsIsListedByNameOnlyAndAnOrdinaryOneAsALink() {
        SitrepProperties properties = new SitrepProperties(null, List.of(
                new SitrepProperties.Source("Keyed", "https://editor:hunter2@example.org/live?apikey=K3YVALUE", Duration.ofSeconds(60)),
                new SitrepProperties.Source("Open", "https://example.org/open/", Duration.ofSeconds(60))),
                null, null, null, null);
        Replies replies = mock(Replies.class);
        when(replies.readerOf(any(IncomingMessage.class))).thenReturn(ReaderSettings.GMT);
        AtomicReference<String> shown = new AtomicReference<>();
        doAnswer(call -> {
            shown.set(call.getArgument(1));
            return null;
        }).when(replies).send(any(IncomingMessage.class), anyString());

        new SourcesCommand(properties, new SourceStatus(), replies)
                .run(new CommandRequest(CommandHarness.privateText(7, "/sources"), "sources", ""));

        assertThat(shown.get()).contains("Keyed").contains("<a href=\"https://example.org/open/\">Open</a>")
                .doesNotContain("hunter2").doesNotContain("K3YVALUE").doesNotContain("editor:");
    }
}
