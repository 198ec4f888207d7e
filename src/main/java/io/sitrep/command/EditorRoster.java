package io.sitrep.command;

import java.util.List;

/**
 * Who may use the editors' commands, as the command layer needs to know it: for the editors' part of /help and the
 * editors' menu. The newsroom module keeps the roster; this port keeps the command module from depending on it.
 */
public interface EditorRoster {

    boolean isEditor(long userId);

    /** Every editor's user id, configured ones first. */
    List<Long> all();
}
