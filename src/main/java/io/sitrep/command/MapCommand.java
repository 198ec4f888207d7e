package io.sitrep.command;

import java.util.List;

import io.sitrep.briefing.MapBriefing;
import io.sitrep.delivery.Outbox;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** /map [place]: a picture of the places in the last 24 hours of entries, with a short caption. */
@Component
@Order(50)
class MapCommand implements ChatCommand {

    private final MapBriefing maps;
    private final Outbox outbox;
    private final Replies replies;
    private final java.time.Clock clock;

    MapCommand(MapBriefing maps, Outbox outbox, Replies replies, java.time.Clock clock) {
        this.maps = maps;
        this.outbox = outbox;
        this.replies = replies;
        this.clock = clock;
    }

    @Override
    public List<CommandInfo> commands() {
        return List.of(
                CommandInfo.of("map", EVERYWHERE, "[<i>place</i>]", "a map of the places in the news, or zoomed in on one"));
    }

    @Override
    public void run(CommandRequest request) {
        MapBriefing.MapReply reply = maps.map(request.argument(), replies.readerOf(request.message()));
        if (!reply.hasPicture()) {
            replies.send(request.message(), reply.textHtml());
            return;
        }
        outbox.enqueuePhotoReply(request.message().chatId(), request.message().threadId(), reply.png(),
                reply.captionHtml(), clock.instant());
    }
}
