package io.sitrep.command;

import java.util.List;

import io.sitrep.briefing.PlaceBriefing;
import io.sitrep.briefing.ReaderSettings;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** /place <i>name</i> and /places; single-word place commands such as /aleppo are routed by the router itself. */
@Component
@Order(20)
class PlaceCommands implements ChatCommand {

    private final PlaceBriefing places;
    private final Replies replies;

    PlaceCommands(PlaceBriefing places, Replies replies) {
        this.places = places;
        this.replies = replies;
    }

    @Override
    public List<CommandInfo> commands() {
        return List.of(
                CommandInfo.of("place", EVERYWHERE, "<i>name</i>", "entries that mention a place; any place in the news is a command too, such as /aleppo"),
                CommandInfo.of("places", EVERYWHERE, "", "the places in the news, with counts"));
    }

    @Override
    public void run(CommandRequest request) {
        if (request.name().equals("places")) {
            replies.send(request.message(), places.placesInTheNews(replies.readerOf(request.message())));
        } else {
            ReaderSettings reader = replies.readerOf(request.message());
            replies.send(request.message(), request.argument().isEmpty()
                    ? List.of(reader.text("place.which")) : places.briefing(request.argument(), reader));
        }
    }
}
