package io.sitrep.channel;

import static io.sitrep.command.CommandHarness.OWNER;
import static io.sitrep.command.CommandHarness.lastText;
import static io.sitrep.command.CommandHarness.privateText;
import static io.sitrep.command.CommandHarness.queuedFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.sitrep.shared.SitrepProperties;
import io.sitrep.briefing.EntryAnalyzer;
import io.sitrep.briefing.ReaderSettings;
import io.sitrep.chat.Buttons;
import io.sitrep.chat.IncomingMessage;
import io.sitrep.chat.IncomingMessageHandler;
import io.sitrep.command.ChatCommand;
import io.sitrep.command.CommandHarness;
import io.sitrep.language.Language;
import io.sitrep.language.LeftoverEnglish;
import io.sitrep.language.TelegramHtml;
import io.sitrep.source.EntryCache;
import io.sitrep.source.NewsBacklogged;
import io.sitrep.subscription.KeywordFilter;
import io.sitrep.subscription.SubscriberStore;
import io.sitrep.command.CommandContextTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Editors read the newsroom's replies (/broadcast, /publish, /correct, /retract, /entries, /stats, /audit, /editor),
 * the backlog alert and every /channel reply, button and toast in their own chat's language, as valid Telegram HTML.
 */
@CommandContextTest
class NewsroomLanguageTests {

    private static final Instant T = Instant.parse("2016-05-08T20:00:00Z");

    @Autowired
    IncomingMessageHandler handler;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    CommandHarness.RecordingGateway gateway;
    @Autowired
    ChannelLinks links;
    @Autowired
    SubscriberStore subscribers;
    @Autowired
    List<ChatCommand> commands;
    @Autowired
    EntryAnalyzer analyzer;
    @Autowired
    EntryCache cache;
    @Autowired
    SitrepProperties properties;

    private void say(IncomingMessage message) {
        CommandHarness.say(handler, tx, message);
    }

    @Test
    void anEditorReadsTheNewsroomAndChannelRepliesButtonsAndToastsInTheirChatsLanguage() throws java.io.IOException {
        StringBuilder samples = new StringBuilder();
        for (Language language : Language.values()) {
            long editor = editorOf(language);
            String name = "desk_" + language.code() + "_room";
            say(privateText(OWNER, "/editor add " + editor));
            tx.executeWithoutResult(s -> {
                subscribers.subscribe(channelOf(name), "channel", "Desk " + language.code(), T);
                links.link(channelOf(name), editorOf(language), name, T);
            });
            gateway.makeAdmin(channelOf(name), editorOf(language));
            String[] typed = {name, "not_linked_here", "nobody_here_at_all", "nosuchid", "loudness", "max", "nowhere", "sport", "shelling", "note", "desk", "nonsense"};
            for (String command : List.of("/start", "/broadcast", "/broadcast Service note", "/publish", "/correct",
                    "/correct nosuchid better text", "/retract", "/retract nosuchid", "/entries", "/stats", "/audit", "/editor",
                    "/editor add 5", "/editor remove 5", "/channel", "/channel list", "/channel add nonsense",
                    "/channel add @nobody_here_at_all", "/channel settings @not_linked_here", "/channel settings @" + name,
                    "/channel set @" + name + " quiet 22-7", "/channel set @" + name + " loudness max",
                    "/channel subscribe @" + name + " casualties", "/channel subscribe @" + name + " nowhere",
                    "/channel unsubscribe @" + name + " casualties", "/channel filter @" + name + " +shelling -sport",
                    "/channel filter @" + name + " clear")) {
                int before = queuedFor(jdbc, editor).size();
                say(privateText(editor, command).withLanguageCode(language.code()));
                List<CommandHarness.Queued> all = queuedFor(jdbc, editor);
                assertThat(all.size()).as("%s in %s answered", command, language.code()).isGreaterThan(before);
                LeftoverEnglish leftovers = leftovers().sourceText(typed); // with what /audit may show by now
                for (CommandHarness.Queued reply : all.subList(before, all.size())) {
                    check(reply.text(), Buttons.decode(reply.buttons()), language, leftovers, command);
                    samples.append("=== ").append(language.code()).append(' ').append(command).append('\n').append(reply.text())
                            .append(reply.buttons() == null ? "" : "\n[" + reply.buttons().replaceAll("\u001f[^\t\n]*", "")
                                    .replace('\t', '|') + "]").append("\n\n");
                }
            }
            String cancel = Buttons.decode(queuedFor(jdbc, editor).stream().filter(q -> q.buttons() != null
                    && q.buttons().contains("bc:cancel:")).reduce((a, b) -> b).orElseThrow().buttons()).rows().stream()
                    .flatMap(List::stream).filter(b -> b.data().startsWith("bc:cancel:")).findFirst().orElseThrow().data();
            LeftoverEnglish leftovers = leftovers().sourceText(typed);
            for (String press : List.of(cancel, cancel, "bc:send:x", "ch:" + channelOf(name) + ":mode:hourly",
                    "ch:" + channelOf(name) + ":topic:nowhere", "ch:1:mode:hourly")) {
                say(CommandHarness.press(editor, editor, press));
                String answer = gateway.answers.get(gateway.answers.size() - 1);
                check(answer.substring(answer.indexOf('=') + 1), null, language, leftovers, press);
            }
            check(lastText(jdbc, editor), null, language, leftovers, "settings after a button");
            say(privateText(editor, "/channel remove @" + name).withLanguageCode(language.code()));
            check(lastText(jdbc, editor), null, language, leftovers, "/channel remove");

            tx.executeWithoutResult(s -> events.publishEvent(new NewsBacklogged("Desk wire", 1200, List.of(), 1197)));
            check(lastText(jdbc, editor), null, language, leftovers.sourceText("Desk wire"), "backlog alert");
            if (language == Language.ARABIC) {
                assertThat(lastText(jdbc, editor)).contains("1,200").contains("1,197");
            }
            say(privateText(OWNER, "/editor remove " + editor));
        }
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/newsroom-samples.txt"), samples);
        assertThat(lastText(jdbc, 7302)).as("the Arabic editor's backlog alert").contains("\u0645\u0646\u0634\u0648\u0631");
    }

    @Test
    void everyChannelCheckRefusalReadsInTheEditorsLanguage() {
        LeftoverEnglish leftovers = leftovers().sourceText("newsroom_live", "Newsroom live", "timeout", "Bad Request");
        for (Language language : Language.values()) {
            ReaderSettings reader = ReaderSettings.of(null, language);
            String shown = "@newsroom_live";
            List<String> replies = List.of(ChannelReplies.cannotAsk(shown, "timeout", reader), ChannelReplies.unknownChat(shown, reader),
                    ChannelReplies.notAChannel(shown, "private", reader), ChannelReplies.notAChannel(shown, "supergroup", reader),
                    ChannelReplies.notAChannel(shown, "bot", reader), ChannelReplies.botNotAdmin(shown, reader),
                    ChannelReplies.botCannotPost(shown, reader), ChannelReplies.editorNotAdmin(shown, reader),
                    ChannelReplies.rightsUnknown(shown, reader), ChannelReplies.linked(shown, false, reader),
                    ChannelReplies.linked(shown, true, reader), ChannelReplies.removed(shown, reader),
                    ChannelReplies.tooManyTopics(shown, 3, reader), ChannelReplies.unsubscribed(shown, "x", true, reader),
                    ChannelReplies.lost(shown, true, reader), ChannelReplies.lost(shown, false, reader),
                    ChannelReplies.list(List.of(), reader), ChannelReplies.consoleHasNoChannels(reader),
                    ChannelReplies.filter(new KeywordFilter(Set.of("shelling"), Set.of("sport")), reader));
            for (String reply : replies) {
                check(reply, null, language, leftovers.sourceText("shelling", "sport"), "channel reply");
            }
        }
        ReaderSettings arabic = ReaderSettings.of(null, Language.ARABIC);
        assertThat(ChannelReplies.notAChannel("@front_watchers", "supergroup", arabic))
                .startsWith("<b>\u2068@front_watchers\u2069</b> \u0645\u062c\u0645\u0648\u0639\u0629");
        assertThat(ChannelReplies.tooManyTopics("@desk", 2, arabic)).contains("\u0645\u0648\u0636\u0648\u0639\u064a\u0646"); // dual
        // A name is isolated in Arabic prose, but a command to copy carries it bare.
        assertThat(ChannelReplies.linked("@newsroom_live", false, arabic)).startsWith("\u0631\u064f\u0628\u0637\u062a \u2068@newsroom_live\u2069")
                .contains("/channel settings @newsroom_live ");
        assertThat(ChannelReplies.tooManyTopics("@desk", 2, ReaderSettings.of(null, Language.RUSSIAN))).contains("2 темами");
    }

    private void check(String reply, Buttons buttons, Language language, LeftoverEnglish leftovers, String what) {
        assertThat(TelegramHtml.problems(reply)).as("%s in %s: %s", what, language.code(), reply).isEmpty();
        if (language != Language.ENGLISH) {
            assertThat(leftovers.in(reply, buttons, language)).as("English left in %s (%s):\n%s\n%s", what, language.code(),
                    reply, buttons).isEmpty();
        }
    }

    private LeftoverEnglish leftovers() {
        LeftoverEnglish leftovers = new LeftoverEnglish(commands, analyzer).sourceText(cache.all());
        properties.sources().forEach(s -> leftovers.sourceText(s.name()));
        jdbc.sql("SELECT detail FROM audit_log WHERE detail IS NOT NULL AND allowed = TRUE").query(String.class).list()
                .forEach(leftovers::sourceText);
        return leftovers;
    }

    private static long channelOf(String name) {
        return -1007300001L - Language.of(name.split("_")[1]).orElseThrow().ordinal();
    }

    private static long editorOf(Language language) {
        return 7301 + language.ordinal();
    }
}
