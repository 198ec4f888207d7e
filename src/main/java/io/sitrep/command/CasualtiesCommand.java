package io.sitrep.command;

import java.util.List;

import io.sitrep.briefing.CasualtyBriefing;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** /casualties [place]: every casualty figure in the news, with who claims it and where. */
@Component
@Order(40)
class CasualtiesCommand implements ChatCommand {

    private final CasualtyBriefing casualties;
    private final Replies replies;

    CasualtiesCommand(CasualtyBriefing casualties, Replies replies) {
        this.casualties = casualties;
        this.replies = replies;
    }

    @Override
    public List<CommandInfo> commands() {
        return List.of(
                CommandInfo.of("casualties", EVERYWHERE, "[<i>place</i>]", "casualty figures, with who claims them"));
    }

    @Override
    public void run(CommandRequest request) {
        replies.send(request.message(), casualties.briefing(request.argument(), replies.readerOf(request.message())));
    }
}
