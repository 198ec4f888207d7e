package io.sitrep.command;

import java.util.List;

import org.springframework.stereotype.Component;

/** /help: the list of commands. */
@Component
class HelpCommand implements ChatCommand {

    private final Replies replies;

    HelpCommand(Replies replies) {
        this.replies = replies;
    }

    @Override
    public List<String> names() {
        return List.of("help");
    }

    @Override
    public void run(CommandRequest request) {
        replies.send(request.message(), HelpText.FULL);
    }
}
