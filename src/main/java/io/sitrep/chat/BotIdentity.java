package io.sitrep.chat;

import java.util.Locale;

/** The bot's own @username, used to tell {@code /latest@ThisBot} from a command meant for another bot. */
public class BotIdentity {

    private volatile String username;

    public BotIdentity(String username) {
        this.username = username;
    }

    /** The username without '@', or null while unknown. */
    public String username() {
        return username;
    }

    void learn(String name) {
        this.username = name;
    }

    /** Whether a command suffix such as {@code @SitrepBot} names this bot (any suffix counts while unknown). */
    public boolean isAddressedToMe(String suffix) {
        return suffix == null || suffix.isEmpty() || username == null
                || suffix.toLowerCase(Locale.ROOT).equals(username.toLowerCase(Locale.ROOT));
    }
}
