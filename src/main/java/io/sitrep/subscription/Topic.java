package io.sitrep.subscription;

import java.util.Locale;
import java.util.Optional;

/**
 * What a chat subscribes to: everything, casualty reports, a place (by its bot command, so a region covers the
 * places inside it) or a party to the conflict (by its canonical name).
 */
public record Topic(Kind kind, String value) {

    /** The sorts of topic. */
    public enum Kind { ALL, CASUALTIES, PLACE, ACTOR }

    public static final Topic ALL = new Topic(Kind.ALL, "");
    public static final Topic CASUALTIES = new Topic(Kind.CASUALTIES, "");

    public Topic {
        value = value == null ? "" : value;
    }

    public static Topic place(String command) {
        return new Topic(Kind.PLACE, command);
    }

    public static Topic actor(String name) {
        return new Topic(Kind.ACTOR, name);
    }

    /** The form stored in the database: {@code all}, {@code casualties}, {@code place:aleppo}, {@code actor:Hezbollah}. */
    public String key() {
        return switch (kind) {
            case ALL -> "all";
            case CASUALTIES -> "casualties";
            case PLACE -> "place:" + value;
            case ACTOR -> "actor:" + value;
        };
    }

    /** Reads {@link #key()}'s form; unknown forms are empty. */
    public static Optional<Topic> fromKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        if (key.equals("all")) {
            return Optional.of(ALL);
        }
        if (key.equals("casualties")) {
            return Optional.of(CASUALTIES);
        }
        int colon = key.indexOf(':');
        if (colon < 0 || colon == key.length() - 1) {
            return Optional.empty();
        }
        String value = key.substring(colon + 1);
        return switch (key.substring(0, colon).toLowerCase(Locale.ROOT)) {
            case "place" -> Optional.of(place(value));
            case "actor" -> Optional.of(actor(value));
            default -> Optional.empty();
        };
    }
}
