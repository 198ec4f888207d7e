package io.sitrep.command;

/** Where a command is offered: in private chats, in groups, or in editors' private chats only. */
public enum CommandScope {
    PRIVATE, GROUP, EDITOR
}
