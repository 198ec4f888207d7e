package io.sitrep.command;

import java.util.ArrayList;
import java.util.List;

import io.sitrep.briefing.Html;
import io.sitrep.briefing.ReaderSettings;
import io.sitrep.chat.Buttons;
import io.sitrep.chat.IncomingMessage;
import io.sitrep.language.Language;
import io.sitrep.subscription.ChatSettings;
import io.sitrep.subscription.GroupAdmins;
import io.sitrep.subscription.SettingsStore;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * /language: the language Sitrep writes this chat's replies, labels, pushes and digests in. Without an argument it
 * shows one button per language (callback {@code lang:<code>}); {@code /language uk} switches at once. A group's
 * language takes an admin.
 */
@Component
@Order(95)
class LanguageCommand implements ChatCommand, ButtonAction {

    private final SettingsStore settings;
    private final GroupAdmins admins;
    private final Replies replies;

    LanguageCommand(SettingsStore settings, GroupAdmins admins, Replies replies) {
        this.settings = settings;
        this.admins = admins;
        this.replies = replies;
    }

    @Override
    public List<CommandInfo> commands() {
        return List.of(CommandInfo.of("language", EVERYWHERE, "[<i>en, ar, uk, ru, fr or de</i>]",
                "the language Sitrep writes in here").withMaxArgument(40));
    }

    @Override
    public String prefix() {
        return "lang";
    }

    @Override
    public void run(CommandRequest request) {
        IncomingMessage message = request.message();
        String typed = request.argument().strip();
        ReaderSettings reader = replies.readerOf(message);
        if (typed.isEmpty()) {
            replies.send(message, reader.text("language.current", "language", reader.language().nativeName())
                    + "\n" + reader.text("language.pick"), buttons());
            return;
        }
        Language chosen = Language.of(typed).orElse(null);
        if (chosen == null) {
            replies.send(message, reader.text("language.unknown", "typed", Html.escape(Html.trim(typed, 40)),
                    "codes", codes()), buttons());
            return;
        }
        if (!admins.mayManage(message)) {
            replies.send(message, reader.text(GroupAdmins.REFUSAL));
            return;
        }
        choose(message, chosen);
    }

    @Override
    public String press(IncomingMessage press, String argument) {
        Language chosen = Language.of(argument).orElse(null);
        ReaderSettings reader = replies.readerOf(press);
        if (chosen == null) {
            return reader.text("button.out_of_date");
        }
        if (!admins.mayManage(press)) {
            return reader.text("settings.admins_only");
        }
        choose(press, chosen);
        return ReaderSettings.of(reader.zone(), chosen).text("language.saved_toast");
    }

    private void choose(IncomingMessage message, Language chosen) {
        ChatSettings current = settings.of(message.chatId());
        settings.save(current.withLanguage(chosen));
        replies.send(message, ReaderSettings.of(current.zone(), chosen).text("language.changed",
                "language", chosen.nativeName()));
    }

    /** One button per language, named in itself, three to a row. */
    static Buttons buttons() {
        List<Buttons.Button> all = new ArrayList<>();
        for (Language l : Language.values()) {
            all.add(Buttons.button(l.nativeName(), "lang:" + l.code()));
        }
        return new Buttons(List.of(all.subList(0, 3), all.subList(3, all.size())));
    }

    private static String codes() {
        return String.join(", ", java.util.Arrays.stream(Language.values()).map(Language::code).toList());
    }
}
