package io.sitrep.chat;

/**
 * A member's standing in a chat and, for an administrator of a channel, whether it may post there
 * ({@code can_post_messages}; the creator always may).
 */
public record MemberRights(MemberStatus status, boolean canPostMessages) {

    public static final MemberRights UNKNOWN = new MemberRights(MemberStatus.UNKNOWN, false);
}
