package io.sitrep.chat;

/** Who sees a command menu: everyone by default, every group, or one chat (an editor's private chat). */
public sealed interface MenuScope {

    /** Telegram's BotCommandScopeDefault: private chats without a more specific menu. */
    record Everyone() implements MenuScope {
    }

    /** Telegram's BotCommandScopeAllGroupChats. */
    record AllGroups() implements MenuScope {
    }

    /** Telegram's BotCommandScopeChat for one chat. */
    record OneChat(long chatId) implements MenuScope {
    }
}
