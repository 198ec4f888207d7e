package io.sitrep.chat;

/** A user's standing in a chat, as getChatMember reports it. */
public enum MemberStatus {
    CREATOR, ADMINISTRATOR, MEMBER, RESTRICTED, LEFT, KICKED, UNKNOWN;

    /** Whether this user may manage the chat's settings. */
    public boolean isAdmin() {
        return this == CREATOR || this == ADMINISTRATOR;
    }

    /** Telegram's status string to a status; anything unexpected is UNKNOWN. */
    public static MemberStatus of(String status) {
        if (status == null) {
            return UNKNOWN;
        }
        return switch (status.toLowerCase(java.util.Locale.ROOT)) {
            case "creator" -> CREATOR;
            case "administrator" -> ADMINISTRATOR;
            case "member" -> MEMBER;
            case "restricted" -> RESTRICTED;
            case "left" -> LEFT;
            case "kicked" -> KICKED;
            default -> UNKNOWN;
        };
    }
}
