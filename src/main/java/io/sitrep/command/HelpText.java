package io.sitrep.command;

/** The fixed texts around the command lists, which are generated from the commands ({@link CommandCatalog}). */
final class HelpText {

    static final String INTRO = "<b>Sitrep</b> sends conflict briefings from newsroom live blogs.";

    static final String GROUP_NOTE = "In a group, only admins change what it receives.";

    static final String EDITORS = "<b>Newsroom</b> (editors only)";

    static final String SHORT = "Try /latest, /casualties, a place such as /aleppo, or /help for the list.";

    private HelpText() {
    }
}
