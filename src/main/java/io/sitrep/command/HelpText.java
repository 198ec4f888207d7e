package io.sitrep.command;

/** The texts that explain the bot's commands. */
final class HelpText {

    static final String COMMANDS = String.join("\n",
            "/latest \u2014 the newest 3 UPDATEs (More pages back)",
            "/aleppo, /kharkiv, ... \u2014 entries that mention a place (any place named in the news)",
            "/place <i>name</i> \u2014 the same, for names with spaces",
            "/places \u2014 the places in the news, with counts",
            "/search <i>words</i> \u2014 entries containing the words",
            "/casualties \u2014 casualty figures, with who claims them",
            "/map \u2014 a map of the places in the news; /map <i>place</i> zooms in",
            "/sources \u2014 the live blogs Sitrep reads, and their health",
            "/start \u2014 subscribe this chat to new UPDATEs",
            "/subscribe <i>place, party, casualties or all</i> \u2014 only UPDATEs about that",
            "/unsubscribe <i>topic</i> \u2014 drop a topic",
            "/subscriptions \u2014 what this chat follows",
            "/filter +<i>word</i> -<i>word</i> \u2014 keep or drop UPDATEs by plain words; /filter clear",
            "/settings \u2014 time zone, instant or digest, quiet hours",
            "/stop \u2014 unsubscribe",
            "/help \u2014 this list");

    static final String FULL = "<b>Sitrep</b> sends conflict briefings from newsroom live blogs.\n\n" + COMMANDS
            + "\n\nIn a group, only admins change what it receives.";

    static final String SHORT = "Try /latest, /casualties, a place such as /aleppo, or /help for the list.";

    private HelpText() {
    }
}
