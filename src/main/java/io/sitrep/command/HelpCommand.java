package io.sitrep.command;

import java.util.List;

import io.sitrep.chat.IncomingMessage;
import io.sitrep.language.Language;
import io.sitrep.language.Texts;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** /help: the commands offered where it is asked (a group, a private chat, an editor's private chat). */
@Component
@Order(100)
class HelpCommand implements ChatCommand {

    private final CommandCatalog catalog;
    private final EditorRoster editors;
    private final Replies replies;

    HelpCommand(CommandCatalog catalog, EditorRoster editors, Replies replies) {
        this.catalog = catalog;
        this.editors = editors;
        this.replies = replies;
    }

    @Override
    public List<CommandInfo> commands() {
        return List.of(
                CommandInfo.of("help", EVERYWHERE, "", "this list"));
    }

    @Override
    public void run(CommandRequest request) {
        replies.send(request.message(), text(request.message()));
    }

    /** The help for whoever asks in this chat. */
    String text(IncomingMessage asked) {
        Language lang = replies.readerOf(asked).language();
        Texts texts = Texts.bundles();
        StringBuilder html = new StringBuilder(texts.text(lang, "help.intro")).append("\n\n");
        html.append(catalog.helpLines(asked.isGroup() ? CommandScope.GROUP : CommandScope.PRIVATE, lang));
        if (!asked.isGroup() && editors.isEditor(asked.userId())) {
            html.append("\n\n").append(texts.text(lang, "help.editors")).append('\n')
                    .append(catalog.helpLines(CommandScope.EDITOR, lang));
        }
        return html.append("\n\n").append(texts.text(lang, "help.group_note")).toString();
    }
}
