package io.sitrep.command;

/** The texts that explain the bot's commands. */
final class HelpText {

    static final String COMMANDS = String.join("\n",
            "/latest \u2014 the newest 3 UPDATEs",
            "/aleppo, /kharkiv, ... \u2014 entries that mention a place (any place named in the news)",
            "/place <i>name</i> \u2014 the same, for names with spaces",
            "/places \u2014 the places in the news, with counts",
            "/casualties \u2014 casualty figures, with who claims them",
            "/start \u2014 subscribe this chat to new UPDATEs",
            "/stop \u2014 unsubscribe",
            "/help \u2014 this list");

    static final String FULL = "<b>Sitrep</b> sends conflict briefings from newsroom live blogs.\n\n" + COMMANDS;

    static final String SHORT = "Try /latest, /casualties, a place such as /aleppo, or /help for the list.";

    private HelpText() {
    }
}
