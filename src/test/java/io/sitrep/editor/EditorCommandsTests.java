package io.sitrep.editor;

import static io.sitrep.command.CommandHarness.EDITOR;
import static io.sitrep.command.CommandHarness.OWNER;
import static io.sitrep.command.CommandHarness.lastText;
import static io.sitrep.command.CommandHarness.privateText;
import static io.sitrep.command.CommandHarness.queuedFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import io.sitrep.briefing.MessageSplitter;
import io.sitrep.chat.IncomingMessage;
import io.sitrep.chat.IncomingMessageHandler;
import io.sitrep.command.CommandHarness;
import io.sitrep.source.EntryEdited;
import io.sitrep.source.EntryRetracted;
import io.sitrep.source.EntryStore;
import io.sitrep.command.CommandContextTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** Editor commands: who may use them, what they change, what they announce and what the audit log keeps. */
@CommandContextTest
@RecordApplicationEvents
class EditorCommandsTests {

    private static final long STRANGER = 6666;

    @Autowired
    IncomingMessageHandler handler;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    ApplicationEvents recorded;
    @Autowired
    EntryStore entries;
    @Autowired
    CommandHarness.RecordingGateway gateway;
    @Autowired
    CommandHarness.TestClock clock;

    private void say(IncomingMessage message) {
        CommandHarness.say(handler, tx, message);
    }

    @Test
    void anyoneElseIsRefusedEveryEditorCommandAndTheAttemptIsLogged() {
        for (String command : List.of("/broadcast hi", "/publish hi", "/correct x y", "/retract x", "/entries", "/stats",
                "/audit", "/editor add 7")) {
            say(privateText(STRANGER, command));
            assertThat(lastText(jdbc, STRANGER)).as(command).startsWith("Not allowed");
        }
        List<String> refused = jdbc.sql("SELECT action FROM audit_log WHERE user_id = ? AND allowed = FALSE ORDER BY id")
                .param(STRANGER).query(String.class).list();
        assertThat(refused).containsExactly("broadcast", "publish", "correct", "retract", "entries", "stats", "audit", "editor");

        say(CommandHarness.press(STRANGER, STRANGER, "bc:send:1"));
        assertThat(gateway.answers).anyMatch(a -> a.contains("Not allowed"));
    }

    @Test
    void aBroadcastIsPreviewedAndGoesToEveryActiveSubscriberOnlyOnSend() {
        long reader = 2201;
        say(privateText(reader, "/start"));
        say(privateText(reader, "/subscribe hezbollah")); // filters do not apply to broadcasts
        say(privateText(EDITOR, "/broadcast Service note: <i>maintenance</i> at 22:00 & after"));
        CommandHarness.Queued preview = queuedFor(jdbc, EDITOR).get(queuedFor(jdbc, EDITOR).size() - 1);
        assertThat(preview.text()).contains("Preview").contains("Send this to");
        assertThat(preview.buttons()).contains("bc:send:").contains("bc:cancel:");
        assertThat(pushes(reader)).isEmpty();
        String send = preview.buttons().split("\t")[0].split("\u001f")[1];

        say(CommandHarness.press(EDITOR, EDITOR, send));
        assertThat(pushes(reader)).singleElement().satisfies(text -> assertThat(text)
                .contains("From the newsroom").contains("&lt;i&gt;maintenance&lt;/i&gt;").contains("&amp; after"));
        say(CommandHarness.press(EDITOR, EDITOR, send));
        assertThat(pushes(reader)).hasSize(1);
        assertThat(jdbc.sql("SELECT chats FROM audit_log WHERE action = 'broadcast' AND user_id = ?").param(EDITOR)
                .query(Integer.class).single()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aLongPublishWithHtmlIsStoredEscapedSplitAndPushedLikeAnyUpdate() {
        long reader = 2301;
        long filtered = 2302;
        say(privateText(reader, "/start"));
        say(privateText(filtered, "/start"));
        say(privateText(filtered, "/filter +football"));
        String text = "Newsroom: <b>Regime</b> forces & allies advanced near Aleppo. "
                + "Witnesses describe <script>heavy</script> fighting. ".repeat(62);
        assertThat(text.length()).isGreaterThan(3000);

        say(privateText(OWNER, "/publish " + text));
        String confirmation = lastText(jdbc, OWNER);
        assertThat(confirmation).contains("Published as <code>nr");
        String id = confirmation.replaceAll("(?s).*<code>(nr[0-9a-f]+)</code>.*", "$1");

        assertThat(entries.findById(id)).hasValueSatisfying(e -> {
            assertThat(e.source()).isEqualTo("Newsroom");
            assertThat(e.isUpdate()).isTrue();
        });
        List<String> parts = pushes(reader);
        assertThat(parts).hasSizeGreaterThanOrEqualTo(2).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(MessageSplitter.LIMIT));
        assertThat(String.join("", parts)).contains("&lt;b&gt;Regime&lt;/b&gt;").contains("&lt;script&gt;")
                .doesNotContain("<script>").contains("Newsroom");
        assertThat(pushes(filtered)).isEmpty();
        assertThat(jdbc.sql("SELECT chats FROM audit_log WHERE action = 'publish' AND user_id = ? ORDER BY id DESC LIMIT 1")
                .param(OWNER).query(Integer.class).single()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aCorrectionPublishesEntryEditedAndLatestShowsTheCorrectedText() {
        clock.set(Instant.parse("2016-05-12T12:00:00Z"));
        say(privateText(EDITOR, "/publish Government forces shelled Tadmor on Tuesday."));
        String id = lastText(jdbc, EDITOR).replaceAll("(?s).*<code>(nr[0-9a-f]+)</code>.*", "$1");

        say(privateText(EDITOR, "/correct " + id + " Government forces shelled Palmyra on Wednesday."));
        assertThat(lastText(jdbc, EDITOR)).contains("Corrected");
        assertThat(recorded.stream(EntryEdited.class)).singleElement().satisfies(edit -> {
            assertThat(edit.before().text()).contains("Tuesday");
            assertThat(edit.after().text()).contains("Wednesday");
            assertThat(edit.after().id()).isEqualTo(id);
            assertThat(edit.after().version()).isNotEqualTo(edit.before().version());
        });
        assertThat(entries.findById(id)).hasValueSatisfying(e -> assertThat(e.text()).contains("Wednesday"));

        say(privateText(EDITOR, "/latest"));
        assertThat(lastText(jdbc, EDITOR)).contains("Palmyra on Wednesday").doesNotContain("Tuesday");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'correct' AND allowed = TRUE").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aCorrectionTurnsEachQueuedPushIntoThePushOfTheCorrectedTextForItsReader() {
        long gmtReader = 2411;
        long kyivReader = 2412;
        say(privateText(gmtReader, "/start"));
        say(privateText(kyivReader, "/start"));
        say(privateText(kyivReader, "/timezone Europe/Kyiv"));
        clock.set(Instant.parse("2016-05-14T12:00:00Z"));
        say(privateText(EDITOR, "/publish Shelling killed 4 civilians in Palmyra, activists say, on Thursdya."));
        String id = lastText(jdbc, EDITOR).replaceAll("(?s).*<code>(nr[0-9a-f]+)</code>.*", "$1");
        String gmtPush = push(gmtReader, id);
        String kyivPush = push(kyivReader, id);
        assertThat(gmtPush).contains(" 12:00 GMT</b>").contains("\ud83d\udccd /palmyra").contains("\ud83e\ude78 ");
        assertThat(kyivPush).contains(" 15:00 (12:00 GMT)</b>").contains("\ud83d\udccd /palmyra").contains("\ud83e\ude78 ");

        say(privateText(EDITOR, "/correct " + id + " Shelling killed 4 civilians in Palmyra, activists say, on Thursday."));
        assertThat(push(gmtReader, id)).isEqualTo(gmtPush.replace("Thursdya", "Thursday"));
        assertThat(push(kyivReader, id)).isEqualTo(kyivPush.replace("Thursdya", "Thursday"));
    }

    private String push(long chatId, String entryId) {
        return jdbc.sql("SELECT m.text FROM outbox o JOIN message m ON m.id = o.message_id WHERE o.chat_id = ? AND o.entry_id = ?")
                .params(chatId, entryId).query(String.class).single();
    }

    @Test
    void aRetractionPublishesEntryRetractedAndTheEntryIsNeverPushedAgain() {
        long reader = 2401;
        say(privateText(reader, "/start"));
        clock.set(Instant.parse("2016-05-13T12:00:00Z"));
        say(privateText(EDITOR, "/publish A convoy was hit near Manbij."));
        String id = lastText(jdbc, EDITOR).replaceAll("(?s).*<code>(nr[0-9a-f]+)</code>.*", "$1");
        say(privateText(EDITOR, "/entries"));
        assertThat(lastText(jdbc, EDITOR)).contains("<code>" + id + "</code>");

        say(privateText(EDITOR, "/retract " + id + " unconfirmed"));
        assertThat(lastText(jdbc, EDITOR)).contains("Retracted");
        assertThat(recorded.stream(EntryRetracted.class)).singleElement().satisfies(r -> assertThat(r.entry().id()).isEqualTo(id));
        say(privateText(EDITOR, "/latest"));
        assertThat(lastText(jdbc, EDITOR)).doesNotContain("convoy was hit near Manbij");

        int before = pushes(reader).size();
        CommandHarness.publish(events, tx, entries.findById(id).orElseThrow().withPosition(3)); // the page shows it again
        assertThat(pushes(reader)).hasSize(before);
        assertThat(jdbc.sql("SELECT detail FROM audit_log WHERE action = 'retract' ORDER BY id DESC LIMIT 1")
                .query(String.class).single()).contains("unconfirmed");
    }

    @Test
    void onlyTheOwnerAddsEditorsAndNewEditorsGetTheirMenu() {
        long newcomer = 2501;
        say(privateText(EDITOR, "/editor add " + newcomer));
        assertThat(lastText(jdbc, EDITOR)).contains("Not allowed: only the owner");

        say(privateText(OWNER, "/editor add " + newcomer));
        assertThat(lastText(jdbc, OWNER)).contains(newcomer + " is now an editor");
        assertThat(gateway.menus).contains(new io.sitrep.chat.MenuScope.OneChat(newcomer));
        say(privateText(newcomer, "/stats"));
        assertThat(lastText(jdbc, newcomer)).contains("Sitrep stats").contains("Subscribers:").contains("Outbox:")
                .contains("Sent in the last hour").contains("429s");

        say(privateText(OWNER, "/editor remove " + newcomer));
        say(privateText(newcomer, "/stats"));
        assertThat(lastText(jdbc, newcomer)).startsWith("Not allowed");
        say(privateText(OWNER, "/editor remove " + EDITOR));
        assertThat(lastText(jdbc, OWNER)).contains("configured in sitrep.editors");
    }

    @Test
    void commandMenusAreSetForPrivateChatsGroupsAndEachEditor() {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> assertThat(gateway.menus).contains(new io.sitrep.chat.MenuScope.Everyone(), new io.sitrep.chat.MenuScope.AllGroups(),
                new io.sitrep.chat.MenuScope.OneChat(OWNER), new io.sitrep.chat.MenuScope.OneChat(EDITOR)));
    }

    private List<String> pushes(long chatId) {
        return jdbc.sql("SELECT m.text FROM outbox o JOIN message m ON m.id = o.message_id "
                        + "WHERE o.chat_id = ? AND o.priority = 1 ORDER BY o.id")
                .param(chatId).query(String.class).list();
    }

    @Test
    void aReadThatBroughtABacklogIsReportedToEveryEditor() {
        io.sitrep.source.Entry newest = entries.findRecent(1).isEmpty() ? null : entries.findRecent(1).get(0);
        tx.executeWithoutResult(status -> events.publishEvent(new io.sitrep.source.NewsBacklogged("Syria <Daily>", 10_000,
                newest == null ? List.of() : List.of(newest), 9_997)));

        for (long editor : List.of(CommandHarness.OWNER, CommandHarness.EDITOR)) {
            assertThat(lastText(jdbc, editor)).contains("<b>Syria &lt;Daily&gt;</b>").contains("10,000 new entries in one read")
                    .contains("9,997 were recorded as seen without being pushed");
        }
        assertThat(lastText(jdbc, STRANGER)).doesNotContain("new entries in one read");
    }
}
