package io.sitrep.command;

import java.util.List;

import io.sitrep.briefing.CasualtyBriefing;
import org.springframework.stereotype.Component;

/** /casualties [place]: every casualty figure in the news, with who claims it and where. */
@Component
class CasualtiesCommand implements ChatCommand {

    private final CasualtyBriefing casualties;
    private final Replies replies;

    CasualtiesCommand(CasualtyBriefing casualties, Replies replies) {
        this.casualties = casualties;
        this.replies = replies;
    }

    @Override
    public List<String> names() {
        return List.of("casualties");
    }

    @Override
    public void run(CommandRequest request) {
        replies.send(request.message(), casualties.briefing(request.argument()));
    }
}
