package io.sitrep.command;

import java.util.List;
import java.util.Optional;

import io.sitrep.briefing.Html;
import io.sitrep.briefing.ReaderSettings;
import io.sitrep.chat.Buttons;
import io.sitrep.chat.IncomingMessage;
import io.sitrep.subscription.ChatSettings;
import io.sitrep.subscription.GroupAdmins;
import io.sitrep.subscription.SettingChange;
import io.sitrep.subscription.SettingsStore;
import io.sitrep.subscription.TimeZones;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * /settings with its buttons (callback data {@code set:...}), and the typed equivalents /timezone, /digest and
 * /quiet: the chat's time zone, instant or digest delivery, quiet hours, silent pushes and link previews. Changing
 * them takes a group admin.
 */
@Component
@Order(90)
class SettingsCommands implements ChatCommand, ButtonAction {

    static final List<String> ZONES = List.of("-5", "GMT", "+1", "+2", "+3", "+4", "+5:30", "+8");
    static final List<Integer> DAILY_HOURS = List.of(6, 7, 8, 9, 12, 18, 20, 22);
    static final List<String> QUIET = List.of("22-7", "23-7", "0-6", "off");

    private final SettingsStore settings;
    private final GroupAdmins admins;
    private final Replies replies;

    SettingsCommands(SettingsStore settings, GroupAdmins admins, Replies replies) {
        this.settings = settings;
        this.admins = admins;
        this.replies = replies;
    }

    @Override
    public List<CommandInfo> commands() {
        return List.of(
                CommandInfo.of("settings", EVERYWHERE, "", "time zone, instant or digest, quiet hours, silent pushes, link previews"),
                CommandInfo.of("timezone", EVERYWHERE, "<i>zone</i>", "show times in a zone, such as GMT+3 or Europe/Kyiv"),
                CommandInfo.of("digest", EVERYWHERE, "<i>hourly, daily 8 or off</i>", "UPDATEs in one message per hour or day"),
                CommandInfo.of("quiet", EVERYWHERE, "<i>22-7 or off</i>", "hold UPDATEs during these local hours"));
    }

    @Override
    public String prefix() {
        return "set";
    }

    @Override
    public void run(CommandRequest request) {
        IncomingMessage message = request.message();
        String arg = request.argument().strip();
        if (request.name().equals("settings") || arg.isEmpty()) {
            showMenu(message, request.name());
            return;
        }
        if (!admins.mayManage(message)) {
            replies.send(message, replies.readerOf(message).text(GroupAdmins.REFUSAL));
            return;
        }
        ChatSettings current = settings.of(message.chatId());
        Optional<ChatSettings> changed = SettingChange.apply(current, request.name(), arg);
        ReaderSettings reader = replies.readerOf(message);
        if (changed.isEmpty()) {
            replies.send(message, reader.text("settings.not_understood", "typed", Html.escape(Html.trim(arg, 40)))
                    + " " + reader.text("settings.usage." + request.name()));
            return;
        }
        settings.save(changed.get());
        replies.send(message, reader.text("settings.saved") + " " + summary(changed.get(), message.isGroup(), reader));
    }

    @Override
    public String press(IncomingMessage press, String argument) {
        String[] parts = argument.split(":", 2);
        String what = parts[0];
        String value = parts.length > 1 ? parts[1] : "";
        if (what.equals("menu")) {
            showMenu(press, value);
            return null;
        }
        ReaderSettings reader = replies.readerOf(press);
        if (!admins.mayManage(press)) {
            return reader.text("settings.admins_only");
        }
        ChatSettings current = settings.of(press.chatId());
        Optional<ChatSettings> changed = SettingChange.apply(current, what, value);
        if (changed.isEmpty()) {
            return reader.text("button.out_of_date");
        }
        settings.save(changed.get());
        replies.send(press, reader.text("settings.saved") + " " + summary(changed.get(), press.isGroup(), reader));
        return reader.text("language.saved_toast");
    }

    private void showMenu(IncomingMessage to, String which) {
        ChatSettings current = settings.of(to.chatId());
        ReaderSettings reader = replies.readerOf(to);
        String zone = TimeZones.describe(current.zone());
        switch (which) {
            case "timezone", "tz" -> replies.send(to, reader.text("settings.zone_menu", "zone", zone), zoneButtons());
            case "digest", "daily" -> replies.send(to, reader.text("settings.daily_menu", "zone", zone), dailyButtons());
            case "quiet" -> replies.send(to, reader.text("settings.quiet_menu", "zone", zone), quietButtons(reader));
            default -> replies.send(to, "<b>" + reader.text("settings.title") + "</b>\n" + summary(current, to.isGroup(), reader),
                    mainButtons(to.isGroup(), current, reader));
        }
    }

    static String summary(ChatSettings s, boolean group) {
        return summary(s, group, ReaderSettings.GMT);
    }

    /** The settings in the reader's language (see {@link SettingChange#summary}). */
    static String summary(ChatSettings s, boolean group, ReaderSettings reader) {
        return SettingChange.summary(s, group, reader);
    }

    /** How the chat gets its UPDATEs, in the reader's words (see {@link SettingChange#mode}). */
    static String mode(ChatSettings s, ReaderSettings reader) {
        return SettingChange.mode(s, reader);
    }

    private static Buttons mainButtons(boolean group, ChatSettings current, ReaderSettings reader) {
        return Buttons.row(Buttons.button(reader.text("settings.button.instant"), "set:mode:instant"),
                        Buttons.button(reader.text(group ? "settings.button.hourly_suggested" : "settings.button.hourly"), "set:mode:hourly"),
                        Buttons.button(reader.text("settings.button.daily"), "set:menu:daily"))
                .and(Buttons.button(reader.text("settings.button.zone"), "set:menu:tz"),
                        Buttons.button(reader.text("settings.button.quiet"), "set:menu:quiet"))
                .and(Buttons.button(reader.text(current.silent() ? "settings.button.sound" : "settings.button.silent"),
                                "set:silent:" + (current.silent() ? "off" : "on")),
                        Buttons.button(reader.text(current.previews() ? "settings.button.previews_off" : "settings.button.previews_on"),
                                "set:previews:" + (current.previews() ? "off" : "on")));
    }

    private static Buttons zoneButtons() {
        List<Buttons.Button> all = ZONES.stream()
                .map(z -> Buttons.button(z.equals("GMT") ? "GMT" : "GMT" + z, "set:tz:" + z)).toList();
        return new Buttons(List.of(all.subList(0, 4), all.subList(4, all.size())));
    }

    private static Buttons dailyButtons() {
        List<Buttons.Button> all = DAILY_HOURS.stream()
                .map(h -> Buttons.button(String.format("%02d:00", h), "set:daily:" + h)).toList();
        return new Buttons(List.of(all.subList(0, 4), all.subList(4, all.size())));
    }

    private static Buttons quietButtons(ReaderSettings reader) {
        return new Buttons(List.of(QUIET.stream()
                .map(q -> Buttons.button(q.equals("off") ? reader.text("settings.button.no_quiet") : q.replace("-", "\u2013"),
                        "set:quiet:" + q)).toList()));
    }
}
