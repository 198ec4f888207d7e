package io.sitrep.command;

import static io.sitrep.command.CommandHarness.EDITOR;
import static io.sitrep.command.CommandHarness.groupText;
import static io.sitrep.command.CommandHarness.lastText;
import static io.sitrep.command.CommandHarness.privateText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.sitrep.chat.IncomingMessageHandler;
import io.sitrep.chat.MenuCommand;
import io.sitrep.chat.MenuScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Every command the bot answers appears in /help and in the Telegram menu of each scope it is offered in. */
@CommandContextTest
class CommandCatalogTests {

    @Autowired
    List<ChatCommand> commands;
    @Autowired
    IncomingMessageHandler handler;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CommandHarness.RecordingGateway gateway;

    @Test
    void everyCommandIsInHelpAndInTheMenuOfEachOfItsScopes() {
        long reader = 2901;
        long group = -2902;
        CommandHarness.say(handler, tx, privateText(reader, "/help"));
        String privateHelp = lastText(jdbc, reader);
        CommandHarness.say(handler, tx, groupText(group, reader, null, "/help"));
        String groupHelp = lastText(jdbc, group);
        CommandHarness.say(handler, tx, privateText(EDITOR, "/help"));
        String editorHelp = lastText(jdbc, EDITOR);

        List<CommandInfo> all = commands.stream().flatMap(c -> c.commands().stream()).toList();
        assertThat(all).extracting(CommandInfo::name).contains("map", "latest", "timezone", "publish");
        for (CommandInfo info : all) {
            String line = "/" + info.name() + " ";
            if (info.offeredIn(CommandScope.PRIVATE)) {
                assertThat(privateHelp).as("private /help").contains(line);
                assertThat(menu(new MenuScope.Everyone())).as("private menu").contains(info.name());
                assertThat(menu(new MenuScope.OneChat(EDITOR))).as("an editor's menu").contains(info.name());
            } else {
                assertThat(menu(new MenuScope.Everyone())).doesNotContain(info.name());
            }
            if (info.offeredIn(CommandScope.GROUP)) {
                assertThat(groupHelp).as("group /help").contains(line);
                assertThat(menu(new MenuScope.AllGroups())).as("group menu").contains(info.name());
            } else {
                assertThat(menu(new MenuScope.AllGroups())).doesNotContain(info.name());
            }
            if (info.offeredIn(CommandScope.EDITOR)) {
                assertThat(editorHelp).as("an editor's /help").contains(line);
                assertThat(menu(new MenuScope.OneChat(EDITOR))).as("an editor's menu").contains(info.name());
                assertThat(privateHelp).as("a reader's /help").doesNotContain(line);
            }
        }
    }

    @Test
    void menuDescriptionsAreTheHelpLinesAndFitTelegramsLimits() {
        List<MenuCommand> menu = gateway.menuCommands.get(new MenuScope.Everyone());
        assertThat(menu).contains(new MenuCommand("map", "A map of the places in the news, or zoomed in on one"));
        assertThat(menu).allSatisfy(line -> {
            assertThat(line.command()).matches("[a-z0-9_]{1,32}");
            assertThat(line.description()).hasSizeBetween(3, 256).doesNotContain("<");
        });
        assertThat(menu).hasSizeLessThanOrEqualTo(100);
    }

    @Test
    void everyCommandHasItsHelpInEveryLanguagesBundleAsOnePlainLine() {
        for (ChatCommand command : commands) {
            for (CommandInfo info : command.commands()) {
                for (io.sitrep.language.Language language : io.sitrep.language.Language.values()) {
                    if (language == io.sitrep.language.Language.ENGLISH) {
                        continue;
                    }
                    String help = io.sitrep.language.Texts.bundles().textOr(language, info.helpKey(), null);
                    assertThat(help).as("%s in messages_%s.properties", info.helpKey(), language.code()).isNotBlank()
                            .doesNotContain("<").hasSizeLessThanOrEqualTo(200);
                    if (!info.arguments().isEmpty()) {
                        assertThat(io.sitrep.language.Texts.bundles().textOr(language, info.argumentsKey(), null))
                                .as("%s in messages_%s.properties", info.argumentsKey(), language.code()).isNotBlank();
                    }
                    assertThat(info.menuDescription(language)).hasSizeLessThanOrEqualTo(256);
                }
            }
        }
    }

    @Test
    void theReadmeListsEveryCommand() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        for (ChatCommand command : commands) {
            for (CommandInfo info : command.commands()) {
                assertThat(readme).as("README lists /" + info.name()).contains("`/" + info.name());
            }
        }
    }

    @Test
    void anAliasIsListedWithItsCommandAndANameMustBeValid() {
        CommandInfo latest = CommandInfo.of("latest", ChatCommand.EVERYWHERE, "", "the newest UPDATEs").withAliases("news");
        assertThat(latest.names()).containsExactly("latest", "news");
        assertThat(latest.helpLine()).isEqualTo("/latest \u2014 the newest UPDATEs (also /news)");
        assertThatThrownBy(() -> CommandInfo.of("Latest", ChatCommand.EVERYWHERE, "", "x"))
                .hasMessageContaining("lowercase");
        assertThatThrownBy(() -> CommandInfo.of("hidden", Set.of(), "", "offered nowhere"))
                .hasMessageContaining("give it a scope");
    }

    @Test
    void theCatalogFindsACommandByItsAliasAndRefusesTwoCommandsWithOneName() {
        ChatCommand latest = command(CommandInfo.of("latest", ChatCommand.EVERYWHERE, "", "the newest UPDATEs").withAliases("news"));
        ChatCommand news = command(CommandInfo.of("news", ChatCommand.EVERYWHERE, "", "something else"));
        CommandCatalog one = new CommandCatalog(new StaticListableBeanFactory(Map.of("latest", latest)).getBeanProvider(ChatCommand.class));
        one.afterSingletonsInstantiated();
        assertThat(one.find("news")).map(CommandCatalog.Listed::command).contains(latest);
        assertThat(one.find("old")).isEmpty();

        CommandCatalog clash = new CommandCatalog(new StaticListableBeanFactory(Map.of("latest", latest, "news", news))
                .getBeanProvider(ChatCommand.class));
        assertThatThrownBy(clash::afterSingletonsInstantiated).hasMessageContaining("Two commands are named /news");
    }

    private static ChatCommand command(CommandInfo info) {
        return new ChatCommand() {
            @Override
            public List<CommandInfo> commands() {
                return List.of(info);
            }

            @Override
            public void run(CommandRequest request) {
            }
        };
    }

    private List<String> menu(MenuScope scope) {
        return gateway.menuCommands.getOrDefault(scope, List.of()).stream().map(MenuCommand::command).toList();
    }
}
