package io.sitrep.actor;

import java.util.List;

/**
 * A party to a conflict: an army, an armed group, a coalition.
 *
 * @param name canonical name, used as the "side" of casualties (e.g. "IRGC", "Syrian army")
 * @param camp the alliance it fights in (e.g. "pro-government (Syria)")
 * @param country ISO2 code of its base, or null
 * @param aliases other names and spellings
 */
public record Actor(String name, String camp, String country, List<String> aliases) {

    public Actor {
        aliases = List.copyOf(aliases);
    }
}
