package io.sitrep.language;

import static io.sitrep.command.CommandHarness.groupText;
import static io.sitrep.command.CommandHarness.lastText;
import static io.sitrep.command.CommandHarness.privateText;
import static io.sitrep.command.CommandHarness.queuedFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.sitrep.briefing.EntryAnalyzer;
import io.sitrep.briefing.Html;
import io.sitrep.chat.Buttons;
import io.sitrep.chat.IncomingMessage;
import io.sitrep.chat.IncomingMessageHandler;
import io.sitrep.chat.MenuCommand;
import io.sitrep.chat.MenuScope;
import io.sitrep.command.ChatCommand;
import io.sitrep.command.CommandHarness;
import io.sitrep.command.CommandInfo;
import io.sitrep.source.Entry;
import io.sitrep.source.EntryCache;
import io.sitrep.source.EntryEdited;
import io.sitrep.source.EntryStore;
import io.sitrep.subscription.SettingsStore;
import io.sitrep.command.CommandContextTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A chat reads Sitrep in its language: its Telegram app's in a private chat, English in a group, or the one picked
 * with /language; replies, help, pushes (footer included), their edits and menus alike, the source's text as written.
 */
@CommandContextTest
class ReaderLanguageTests {

    private static final Instant T = Instant.parse("2016-05-08T20:30:00Z");

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
    SettingsStore settings;
    @Autowired
    EntryAnalyzer analyzer;
    @Autowired
    List<ChatCommand> commands;
    @Autowired
    EntryStore store;
    @Autowired
    EntryCache cache;
    @Autowired
    io.sitrep.shared.SitrepProperties properties;

    private final List<Entry> published = new ArrayList<>();
    private final java.util.Map<String, List<Entry>> others = new java.util.LinkedHashMap<>();

    private final Entry shelling = CommandHarness.update("lang-1", T,
            "Activists say regime shelling killed 12 civilians in Darayya.");
    private final Entry wounded = CommandHarness.update("lang-2", T.plusSeconds(600),
            "The Syrian Civil Defence said 3 people were wounded in Aleppo.");

    @BeforeEach
    void publishTheNews() {
        for (Entry e : List.of(shelling, wounded)) {
            if (store.findById(e.id()).isEmpty()) {
                CommandHarness.publish(events, tx, e);
            }
        }
        // Other test classes share this application: their entries step aside while these tests run.
        others.clear();
        cache.all().stream().filter(e -> !e.source().equals(shelling.source()))
                .forEach(e -> others.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(e));
        others.keySet().forEach(source -> cache.put(source, List.of()));
        cache.put(shelling.source(), List.of(shelling, wounded));
        published.clear();
        published.addAll(List.of(shelling, wounded));
    }

    @AfterEach
    void forgetTheNews() {
        cache.put(shelling.source(), List.of());
        others.forEach(cache::put);
    }

    private void say(IncomingMessage message) {
        CommandHarness.say(handler, tx, message);
    }

    private static IncomingMessage from(long user, String code, String text) {
        return privateText(user, text).withLanguageCode(code);
    }

    @Test
    void aReaderWhoseTelegramIsArabicGetsTheWelcomeHelpLatestAndCasualtiesInArabicWithArabicPlurals() {
        long reader = 7101;
        say(from(reader, "ar", "/start"));
        String welcome = lastText(jdbc, reader);
        assertThat(welcome).startsWith("<b>أهلًا بك في Sitrep.</b>").contains("هذه الدردشة")
                .contains("/help \u2014 هذه القائمة").contains("<b>أحدث تحديث</b>");
        assertNoEnglishLabels(welcome, Language.ARABIC);

        say(from(reader, "ar", "/help"));
        String help = lastText(jdbc, reader);
        assertThat(help).contains("يرسل <b>Sitrep</b>").contains("/casualties [<i>مكان</i>] \u2014 أرقام الضحايا ومن يعلنها")
                .contains("/language");
        assertNoEnglishLabels(help, Language.ARABIC);

        say(from(reader, "ar", "/latest"));
        String latest = lastText(jdbc, reader);
        assertThat(latest).startsWith("<b>آخر تحديثين</b>").contains("<b>\ud83d\udd34 تحديث 8 مايو، 20:30 غرينتش</b>");
        assertNoEnglishLabels(latest, Language.ARABIC);

        say(from(reader, "ar", "/casualties"));
        String casualties = lastText(jdbc, reader);
        assertThat(casualties).contains("<b>أرقام الضحايا: رقمان</b>") // Arabic dual
                .contains("<b>12</b> قتيلًا") // 11-99: "many"
                .contains("<b>3</b> جرحى") // 3-10: "few"
                .contains("كما أُعلنت");
        assertNoEnglishLabels(casualties, Language.ARABIC);
    }

    @Test
    void aPushToAnArabicReaderCarriesItsFooterInArabicAndItsEditStaysArabic() {
        long reader = 7102;
        say(from(reader, "ar", "/start"));
        Entry fresh = CommandHarness.update("lang-push", T.plusSeconds(1200),
                "Activists say regime shelling killed 14 civilians in Darayya.");
        CommandHarness.publish(events, tx, fresh);
        published.add(fresh);
        String push = lastText(jdbc, reader);
        assertThat(push).startsWith("<b>\ud83d\udd34 تحديث 20:50 غرينتش</b>").contains("\ud83d\udccd /daraya")
                .contains("\ud83e\ude78 \u2068Activists\u2069 (").contains("14 قتيلًا")
                .contains(">اقرأ في التغطية المباشرة</a>");
        assertNoEnglishLabels(push, Language.ARABIC);
        assertThat(jdbc.sql("SELECT reader_language FROM outbox WHERE chat_id = ? AND entry_id = 'lang-push'")
                .param(reader).query(String.class).single()).isEqualTo("ar");

        Entry corrected = CommandHarness.update("lang-push", fresh.time(),
                "Activists say regime shelling killed 16 civilians in Darayya.");
        tx.executeWithoutResult(status -> events.publishEvent(new EntryEdited(fresh, corrected)));
        published.add(corrected);
        String edited = lastText(jdbc, reader);
        assertThat(edited).isEqualTo(push.replace("14", "16"));
    }

    @Test
    void languageUkSwitchesAChatToUkrainianAndTheButtonsSwitchItAgain() {
        long reader = 7103;
        say(from(reader, "en", "/language uk"));
        assertThat(lastText(jdbc, reader)).isEqualTo("Готово: тепер Sitrep пише тут мовою: Українська.");
        assertThat(settings.of(reader).readsIn()).isEqualTo(Language.UKRAINIAN);
        say(from(reader, "en", "/help"));
        String help = lastText(jdbc, reader);
        assertThat(help).contains("<b>Sitrep</b> надсилає зведення").contains("/help \u2014 цей список");
        assertNoEnglishLabels(help, Language.UKRAINIAN);
        say(from(reader, "en", "/latest"));
        assertThat(lastText(jdbc, reader)).startsWith("<b>Останні 2 оновлення</b>");

        say(from(reader, "en", "/language"));
        CommandHarness.Queued menu = queuedFor(jdbc, reader).get(queuedFor(jdbc, reader).size() - 1);
        assertThat(menu.text()).contains("Українська");
        assertThat(menu.buttons()).contains("lang:de").contains("\u0627\u0644\u0639\u0631\u0628\u064a\u0629");
        say(CommandHarness.press(reader, reader, "lang:de"));
        assertThat(lastText(jdbc, reader)).isEqualTo("Erledigt: Sitrep schreibt hier jetzt auf Deutsch.");
        assertThat(gateway.answers).contains("cb-lang:de=Gespeichert");

        say(from(reader, "en", "/language klingon"));
        assertThat(lastText(jdbc, reader)).contains("klingon").contains("en, ar, uk, ru, fr, de");
    }

    @Test
    void aGroupReadsEnglishWhateverItsMembersAppsSpeakUntilAnAdminPicksALanguage() {
        long group = -1007101;
        long admin = 7104;
        long member = 7105;
        gateway.makeAdmin(group, admin);
        say(groupText(group, member, null, "/help").withLanguageCode("ar"));
        assertThat(lastText(jdbc, group)).startsWith("<b>Sitrep</b> sends conflict briefings");
        say(groupText(group, member, null, "/language fr").withLanguageCode("ar"));
        assertThat(lastText(jdbc, group)).contains("Only this group's admins");
        say(groupText(group, admin, null, "/language fr"));
        say(groupText(group, member, null, "/help").withLanguageCode("ar"));
        assertThat(lastText(jdbc, group)).startsWith("<b>Sitrep</b> envoie des points");
    }

    @Test
    void theMenusAreSetInEveryLanguageFromTheCommandsOwnDescriptions() {
        for (Language language : Language.values()) {
            List<MenuCommand> menu = language == Language.ENGLISH ? gateway.menuCommands.get(new MenuScope.Everyone())
                    : gateway.languageMenus.get(new MenuScope.Everyone() + "|" + language.code());
            assertThat(menu).as("menu in %s", language.code()).isNotNull();
            CommandInfo help = commands.stream().flatMap(c -> c.commands().stream())
                    .filter(i -> i.name().equals("help")).findFirst().orElseThrow();
            assertThat(menu).contains(new MenuCommand("help", help.menuDescription(language)));
            assertThat(menu).extracting(MenuCommand::command).contains("language", "latest", "casualties");
            assertThat(menu).allSatisfy(m -> assertThat(m.description().length()).isBetween(1, 256));
        }
        assertThat(gateway.languageMenus.get(new MenuScope.Everyone() + "|ru"))
                .contains(new MenuCommand("latest", "Самые новые 3 обновления (Ещё — более ранние)"));
    }

    @Test
    void everyLanguageAnswersItsReadersCommandsWithoutEnglishLabels() throws IOException {
        StringBuilder samples = new StringBuilder();
        long reader = 7110;
        String tooLong = "/search " + "a".repeat(300);
        for (Language language : Language.values()) {
            reader++;
            for (String command : List.of("/start", "/latest", "/casualties", "/casualties daraya", "/help", "/settings",
                    "/timezone", "/timezone nowhere", "/digest", "/digest sometimes", "/quiet", "/quiet 25-99",
                    "/subscriptions", "/filter", "/filter +shelling", "/filter clear", "/places", "/daraya", "/aleppo",
                    "/place", "/place atlantis", "/search", "/search shelling", "/search nothingatall", "/subscribe",
                    "/subscribe alepo", "/subscribe casualties", "/unsubscribe", "/unsubscribe hezbollah",
                    "/unsubscribe casualties", "/map", "/map daraya", "/sources", "/language", "/language xx", "/nonsense",
                    "/darayya", tooLong, "plain words", "/broadcast hi", "/channel list", "/stop", "/stop")) {
                int before = queuedFor(jdbc, reader).size();
                say(from(reader, language.code(), command));
                List<CommandHarness.Queued> replies = queuedFor(jdbc, reader);
                assertThat(replies.size()).as("%s in %s answered", command, language.code()).isGreaterThan(before);
                for (CommandHarness.Queued reply : replies.subList(before, replies.size())) {
                    assertThat(TelegramHtml.problems(reply.text())).as("%s in %s: %s", command, language.code(), reply.text())
                            .isEmpty();
                    if (language != Language.ENGLISH) {
                        assertNoEnglishLabels(reply.text(), Buttons.decode(reply.buttons()), language);
                    }
                    samples.append("=== ").append(language.code()).append(' ').append(Html.trim(command, 40)).append('\n')
                            .append(reply.text()).append("\n\n");
                }
            }
            for (String button : List.of("set:menu:tz", "set:mode:hourly", "set:silent:on", "set:quiet:off", "lang:xx", "nope:1")) {
                say(CommandHarness.press(reader, reader, button));
                String answer = gateway.answers.get(gateway.answers.size() - 1);
                String toast = answer.substring(answer.indexOf('=') + 1);
                if (language != Language.ENGLISH) {
                    assertNoEnglishLabels(toast, null, language);
                }
            }
            say(from(reader, language.code(), "/language " + language.code()));
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/language-samples.txt"), samples);
    }

    @Test
    void aPushReachesEachLanguagesReaderWithItsOwnLabelsAndFooter() throws IOException {
        long reader = 7130;
        List<Long> readers = new ArrayList<>();
        for (Language language : Language.values()) {
            say(from(++reader, language.code(), "/start"));
            readers.add(reader);
        }
        Entry fresh = CommandHarness.update("lang-push-all", T.plusSeconds(1800),
                "Activists say regime shelling killed 5 civilians and wounded 21 in Darayya.");
        CommandHarness.publish(events, tx, fresh);
        published.add(fresh);
        StringBuilder samples = new StringBuilder();
        for (Language language : Language.values()) {
            long chat = readers.get(language.ordinal());
            String push = lastText(jdbc, chat);
            assertThat(push).as("push in %s", language.code())
                    .contains(">" + Texts.bundles().text(language, "entry.read_on_live_blog") + "</a>")
                    .contains("Activists say regime shelling killed 5 civilians");
            assertThat(TelegramHtml.problems(push)).as(push).isEmpty();
            if (language != Language.ENGLISH) {
                assertNoEnglishLabels(push, language);
            }
            say(from(chat, language.code(), "/stop"));
            samples.append("=== ").append(language.code()).append(" push\n").append(push).append("\n\n");
        }
        assertThat(lastText(jdbc, readers.get(Language.RUSSIAN.ordinal()))).isNotBlank();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/language-pushes.txt"), samples);
    }

    @Test
    void arabicRepliesWithEntryTextMixedInStayValidTelegramHtml() {
        long reader = 7120;
        Entry mixed = CommandHarness.update("lang-rtl", T.plusSeconds(900),
                "Activists say 7 civilians were killed in Darayya & 2 wounded <near the mosque>; "
                        + "قال ناشطون إن القصف "
                        + "استمر \"all night\".");
        CommandHarness.publish(events, tx, mixed);
        published.add(mixed);
        cache.put(shelling.source(), List.of(shelling, wounded, mixed));
        say(from(reader, "ar", "/start"));
        for (String command : List.of("/latest", "/casualties", "/casualties daraya", "/daraya", "/search mosque",
                "/subscribe daraya", "/subscriptions", "/settings", "/map", "/sources")) {
            say(from(reader, "ar", command));
            String reply = lastText(jdbc, reader);
            assertThat(TelegramHtml.problems(reply)).as("%s in Arabic: %s", command, reply).isEmpty();
            assertNoEnglishLabels(reply, Language.ARABIC);
        }
        say(from(reader, "ar", "/latest"));
        String latest = lastText(jdbc, reader);
        // The source's own text is kept as written, escaped, and its left-to-right names are isolated.
        assertThat(latest).contains("Darayya &amp; 2 wounded &lt;near the mosque&gt;")
                .contains("قال ناشطون");
        Entry edited = CommandHarness.update("lang-rtl", mixed.time(), mixed.text().replace("7 civilians", "9 civilians"));
        tx.executeWithoutResult(status -> events.publishEvent(new EntryEdited(mixed, edited)));
        published.add(edited);
        List<CommandHarness.Queued> all = queuedFor(jdbc, reader);
        assertThat(all).extracting(CommandHarness.Queued::text).anyMatch(t -> t.contains("Activists") && t.contains("⁨"));
        all.forEach(q -> assertThat(TelegramHtml.problems(q.text())).as(q.text()).isEmpty());
    }

    @Test
    void aCommandCopiedFromAnArabicReplyWorksDespiteItsInvisibleDirectionMarks() {
        long reader = 7125;
        say(from(reader, "ar", "\u200f/places"));
        assertThat(lastText(jdbc, reader)).startsWith("<b>" + Texts.bundles().text(Language.ARABIC, "places.title") + "</b>");
        say(from(reader, "ar", "/search \u2068Activists\u2069"));
        assertThat(lastText(jdbc, reader)).contains("Activists say regime shelling killed 12 civilians");
    }

    @Test
    void theHtmlCheckCatchesWhatTelegramWouldRefuse() {
        assertThat(TelegramHtml.problems("<b>آخر</b> ⁨Activists⁩ &amp; &lt;x&gt;")).isEmpty();
        assertThat(TelegramHtml.problems("<b>آخر <i>x</b></i>")).isNotEmpty();
        assertThat(TelegramHtml.problems("Darayya & Aleppo")).isNotEmpty();
        assertThat(TelegramHtml.problems("<span>x</span>")).isNotEmpty();
        assertThat(TelegramHtml.problems("&am⁨p; x⁩")).isNotEmpty();
        assertThat(TelegramHtml.problems("⁨Activists")).isNotEmpty();
    }

    @Test
    void theLeftoverCheckCatchesAnEnglishLabelInAnArabicReply() {
        Set<String> found = leftovers().in("<b>آخر تحديثين</b>\nRead on the live blog", Language.ARABIC);
        assertThat(found).contains("read", "live", "blog");
        assertThat(leftovers().in("<b>إحصاءات Sitrep</b>", Buttons.row(Buttons.button("Cancel", "bc:cancel:1")),
                Language.ARABIC)).contains("cancel");
        assertThat(leftovers().in("<code>broadcast-draft</code> Activists", Language.ARABIC)).isEmpty();
    }

    /** Fails when a reply in {@code language} (text or buttons) still holds a word only Sitrep's English texts use. */
    private void assertNoEnglishLabels(String reply, Buttons buttons, Language language) {
        assertThat(leftovers().in(reply, buttons, language)).as("English left in a %s reply:\n%s", language.code(), reply).isEmpty();
    }

    private void assertNoEnglishLabels(String reply, Language language) {
        assertNoEnglishLabels(reply, null, language);
    }

    private LeftoverEnglish leftovers() {
        return new LeftoverEnglish(commands, analyzer).sourceText(published).sourceText(sourceNames());
    }

    private String[] sourceNames() {
        return properties.sources().stream().map(io.sitrep.shared.SitrepProperties.Source::name).toArray(String[]::new);
    }
}
