package io.sitrep.subscription;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.sitrep.chat.ChatGateway;
import io.sitrep.chat.IncomingMessage;
import io.sitrep.chat.MemberStatus;
import org.springframework.stereotype.Component;

/**
 * Who may change a chat's subscription and settings: anyone in a private chat, only admins in a group. Telegram is
 * asked with getChatMember and the answer reused briefly, so a flurry of commands costs one call.
 */
@Component
public class GroupAdmins {

    /** Telegram's stand-in sender for an admin posting as the group itself; only admins can do that. */
    static final long GROUP_ANONYMOUS_BOT = 1087968824L;

    /** The bundle key of the polite refusal members get. */
    public static final String REFUSAL = "group.admins_only";

    private final ChatGateway gateway;
    private final Cache<String, MemberStatus> recent;

    GroupAdmins(ChatGateway gateway, SubscriptionProperties properties) {
        this.gateway = gateway;
        this.recent = Caffeine.newBuilder().maximumSize(20_000).expireAfterWrite(properties.adminCheckTtl()).build();
    }

    /** Whether the sender may change this chat's subscription and settings. */
    public boolean mayManage(IncomingMessage message) {
        if (!message.isGroup()) {
            return true;
        }
        if (message.userId() == GROUP_ANONYMOUS_BOT) {
            return true;
        }
        if (message.userId() == 0) {
            return false;
        }
        MemberStatus status = recent.get(message.chatId() + ":" + message.userId(),
                key -> gateway.memberStatus(message.chatId(), message.userId()));
        if (status == MemberStatus.UNKNOWN) {
            recent.invalidate(message.chatId() + ":" + message.userId()); // ask again next time rather than trust a failure
        }
        return status.isAdmin();
    }
}
