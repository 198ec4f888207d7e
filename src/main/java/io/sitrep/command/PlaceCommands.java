package io.sitrep.command;

import java.util.List;

import io.sitrep.briefing.PlaceBriefing;
import org.springframework.stereotype.Component;

/** /place <i>name</i> and /places; single-word place commands such as /aleppo are routed by the router itself. */
@Component
class PlaceCommands implements ChatCommand {

    private final PlaceBriefing places;
    private final Replies replies;

    PlaceCommands(PlaceBriefing places, Replies replies) {
        this.places = places;
        this.replies = replies;
    }

    @Override
    public List<String> names() {
        return List.of("place", "places");
    }

    @Override
    public void run(CommandRequest request) {
        if (request.name().equals("places")) {
            replies.send(request.message(), places.placesInTheNews());
        } else {
            replies.send(request.message(), request.argument().isEmpty()
                    ? List.of("Which place? For example: /place Khan Tuman") : places.briefing(request.argument()));
        }
    }
}
