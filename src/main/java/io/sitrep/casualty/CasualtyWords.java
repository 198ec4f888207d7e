package io.sitrep.casualty;

import java.util.Map;
import java.util.Set;

/** The small English lexicon the extractor reads: outcome words, people nouns, things, speech verbs. */
final class CasualtyWords {

    private CasualtyWords() {
    }

    static final Map<String, String> OUTCOMES = Map.ofEntries(
            Map.entry("killed", CasualtyClaim.KILLED), Map.entry("kill", CasualtyClaim.KILLED),
            Map.entry("kills", CasualtyClaim.KILLED), Map.entry("killing", CasualtyClaim.KILLED),
            Map.entry("dead", CasualtyClaim.KILLED), Map.entry("died", CasualtyClaim.KILLED),
            Map.entry("die", CasualtyClaim.KILLED), Map.entry("dying", CasualtyClaim.KILLED),
            Map.entry("death", CasualtyClaim.KILLED), Map.entry("deaths", CasualtyClaim.KILLED),
            Map.entry("executed", CasualtyClaim.KILLED), Map.entry("executing", CasualtyClaim.KILLED),
            Map.entry("massacred", CasualtyClaim.KILLED), Map.entry("slain", CasualtyClaim.KILLED),
            Map.entry("slaughtered", CasualtyClaim.KILLED), Map.entry("perished", CasualtyClaim.KILLED),
            Map.entry("fatalities", CasualtyClaim.KILLED), Map.entry("toll", CasualtyClaim.KILLED),
            Map.entry("bodies", CasualtyClaim.KILLED), Map.entry("lost", CasualtyClaim.KILLED),
            Map.entry("martyred", CasualtyClaim.KILLED), Map.entry("lives", CasualtyClaim.KILLED),
            Map.entry("wounded", CasualtyClaim.WOUNDED), Map.entry("wounding", CasualtyClaim.WOUNDED),
            Map.entry("injured", CasualtyClaim.WOUNDED), Map.entry("injuring", CasualtyClaim.WOUNDED),
            Map.entry("injuries", CasualtyClaim.WOUNDED), Map.entry("hurt", CasualtyClaim.WOUNDED),
            Map.entry("wounds", CasualtyClaim.WOUNDED),
            Map.entry("captured", CasualtyClaim.CAPTURED), Map.entry("capturing", CasualtyClaim.CAPTURED),
            Map.entry("abducted", CasualtyClaim.CAPTURED), Map.entry("abducting", CasualtyClaim.CAPTURED),
            Map.entry("kidnapped", CasualtyClaim.CAPTURED), Map.entry("kidnapping", CasualtyClaim.CAPTURED),
            Map.entry("prisoner", CasualtyClaim.CAPTURED), Map.entry("surrendered", CasualtyClaim.CAPTURED), Map.entry("captive", CasualtyClaim.CAPTURED),
            Map.entry("missing", CasualtyClaim.MISSING), Map.entry("unaccounted", CasualtyClaim.MISSING),
            Map.entry("freed", CasualtyClaim.FREED), Map.entry("freeing", CasualtyClaim.FREED),
            Map.entry("released", CasualtyClaim.FREED), Map.entry("releasing", CasualtyClaim.FREED),
            Map.entry("release", CasualtyClaim.FREED), Map.entry("rescued", CasualtyClaim.FREED),
            Map.entry("exchange", CasualtyClaim.FREED), Map.entry("exchanged", CasualtyClaim.FREED),
            Map.entry("swap", CasualtyClaim.FREED), Map.entry("swapped", CasualtyClaim.FREED),
            Map.entry("returned", CasualtyClaim.FREED), Map.entry("repatriated", CasualtyClaim.FREED),
            Map.entry("neutralised", CasualtyClaim.KILLED), Map.entry("neutralized", CasualtyClaim.KILLED),
            Map.entry("neutralising", CasualtyClaim.KILLED), Map.entry("neutralizing", CasualtyClaim.KILLED),
            Map.entry("eliminated", CasualtyClaim.KILLED), Map.entry("eliminating", CasualtyClaim.KILLED),
            Map.entry("liquidated", CasualtyClaim.KILLED), Map.entry("executions", CasualtyClaim.KILLED),
            Map.entry("buried", CasualtyClaim.KILLED));

    /** Outcome words that only count for people when the figure names them ("lost 1,000 fighters", not "lost 3 tanks"). */
    static final Set<String> NEEDS_PEOPLE = Set.of("lost", "lives", "bodies", "prisoner", "captive", "exchange",
            "neutralised", "neutralized", "neutralising", "neutralizing", "eliminated", "eliminating", "liquidated",
            "buried",
            "exchanged", "swap", "swapped", "returned", "release", "released", "repatriated", "rescued");

    /** Outcome words that mean "freed" only for people who were held ("returned 90 POWs", not "refugees returned"). */
    static final Set<String> NEEDS_CAPTIVES = Set.of("returned", "rescued", "exchange", "exchanged", "swap", "swapped",
            "repatriated");

    /** Nouns for people who were held. */
    static final Set<String> CAPTIVES = Set.of("prisoners", "prisoner", "hostages", "hostage", "detainees", "detainee",
            "captives", "captive", "pows", "abductees", "inmates", "kidnapped", "abducted", "captured");

    /** Plural and singular nouns for people. */
    static final Set<String> PEOPLE = Set.of("people", "persons", "person", "civilians", "civilian", "soldiers", "soldier",
            "troops", "fighters", "fighter", "militants", "militant", "rebels", "rebel", "insurgents", "jihadists",
            "gunmen", "gunman", "children", "child", "kids", "women", "woman", "men", "man", "boys", "boy", "girls",
            "girl", "babies", "baby", "infants", "toddlers", "teenagers", "teenager", "journalists", "journalist",
            "reporters", "reporter", "photographers", "workers", "worker", "staff", "doctors", "doctor", "nurses", "nurse",
            "medics", "medic", "paramedics", "patients", "students", "pupils", "teachers", "worshippers", "residents",
            "resident", "villagers", "refugees", "migrants", "displaced", "protesters", "demonstrators", "members",
            "member", "commanders", "commander", "officers", "officer", "policemen", "policeman", "police", "guards",
            "guardsmen", "servicemen", "serviceman", "personnel", "marines", "sailors", "pilots", "pilot", "crew",
            "volunteers", "mercenaries", "recruits", "conscripts", "combatants", "detainees", "prisoners", "hostages",
            "hostage", "captives", "passengers", "passenger", "drivers", "driver", "farmers", "fishermen", "shepherds",
            "peacekeepers", "advisers", "advisors", "adviser", "contractors", "officials", "employees", "relatives",
            "family", "families", "casualties", "victims", "individuals", "suspects", "defenders", "occupiers",
            "jihadis", "extremists", "terrorists", "operatives", "agents", "spies", "settlers", "pows", "bodyguards",
            "sons", "daughters", "brothers", "colleagues", "others", "reservists", "cadets", "troopers",
            "paratroopers", "commandos", "militiamen", "hunters", "fishers", "miners", "labourers", "laborers",
            "truckers", "hikers", "tourists", "pilgrims", "nationals", "citizens", "inmates", "wives", "husbands",
            "parents", "elderly", "teens", "youths", "youngsters", "minors", "newborns", "surgeons", "rescuers",
            "firefighters", "engineers", "technicians", "diplomats", "lawmakers", "politicians", "activists",
            "survivors", "attackers", "assailants", "saboteurs", "apostates", "infidels", "crusaders", "monks", "monk",
            "priests", "imams", "worshipers", "guests", "mourners", "chief", "chiefs", "aides", "staffers");

    /** Nouns for people that make the victims civilians. */
    static final Set<String> CIVILIAN = Set.of("civilians", "civilian", "children", "child", "kids", "women", "woman",
            "babies", "baby", "infants", "toddlers", "journalists", "journalist", "reporters", "photographers",
            "doctors", "nurses", "medics", "paramedics", "patients", "students", "pupils", "teachers", "worshippers",
            "residents", "villagers", "refugees", "migrants", "displaced", "protesters", "demonstrators",
            "passengers", "farmers", "fishermen", "shepherds", "families", "aid", "boy", "boys", "girl", "girls");

    /** Nouns for combatants, whose side may be the speaker's own. */
    static final Set<String> COMBATANTS = Set.of("soldiers", "troops", "fighters", "members", "commanders", "officers",
            "servicemen", "personnel", "marines", "guards", "combatants", "soldier", "fighter", "commander", "officer",
            "policemen", "police", "pilots", "sailors", "militants");

    /** Nouns that make a figure something other than people. */
    static final Set<String> THINGS = Set.of("vehicles", "vehicle", "tanks", "tank", "missiles", "missile", "rockets",
            "rocket", "launchers", "drones", "drone", "shells", "rounds", "bombs", "mortars", "aircraft", "planes",
            "jets", "helicopters", "trucks", "buses", "cars", "boats", "ships", "buildings", "houses", "homes", "targets",
            "positions", "bunkers", "tunnels", "depots", "weapons", "guns", "kilometres", "kilometers", "km", "miles",
            "metres", "meters", "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour",
            "minutes", "times", "percent", "per", "dollars", "euros", "pounds", "tonnes", "tons", "villages", "towns",
            "countries", "strikes", "airstrikes", "raids", "attacks", "sorties", "points", "votes", "seats", "reactors",
            "billion", "million", "cubic", "barrels", "litres", "pages", "articles", "hospitals", "schools",
            "checkpoints", "posts", "bases", "sites", "facilities", "camps", "districts", "provinces", "metro");

    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");

    /** Vague quantities, coded as ACLED does (dozens 12, hundreds 100). */
    static final Map<String, Integer> VAGUE = Map.of("dozens", 12, "scores", 20, "hundreds", 100, "thousands", 1000,
            "tens of thousands", 10_000, "hundreds of thousands", 100_000, "a dozen", 12, "a handful", 3);

    static final Set<String> SCALES = Set.of("hundred", "thousand", "million", "billion", "dozen");

    static final Set<String> LOWER_BOUND = Set.of("more than", "over", "at least", "upwards of", "in excess of",
            "no fewer than", "no less than", "a minimum of");
    static final Set<String> UPPER_BOUND = Set.of("nearly", "almost", "up to", "as many as", "fewer than", "less than",
            "under", "close to", "just under");
    static final Set<String> APPROXIMATE = Set.of("about", "around", "some", "approximately", "roughly", "an estimated",
            "estimated", "a reported", "at most", "a total of", "another", "a further", "an additional", "the", "its",
            "their", "his", "her", "our", "all", "only", "just", "a", "the remaining");

    static final Set<String> SPEECH = Set.of("say", "says", "said", "claim", "claims", "claimed", "confirm", "confirms",
            "confirmed", "acknowledge", "acknowledges", "acknowledged", "admit", "admits", "admitted", "deny", "denies",
            "denied", "report", "reports", "reported", "announce", "announces", "announced", "state", "states",
            "stated", "tell", "tells", "told", "estimate", "estimates", "estimated", "allege", "alleges", "alleged",
            "insist", "insists", "insisted", "add", "added", "warn", "warns", "warned", "write", "wrote", "posted",
            "reporting", "put", "puts", "claiming", "saying", "confirming", "acknowledging", "announcing",
            "alleging", "admitting", "denying");
    static final Set<String> CONFIRM = Set.of("confirm", "confirms", "confirmed", "acknowledge", "acknowledges",
            "acknowledged", "admit", "admits", "admitted", "confirming", "acknowledging", "admitting");
    static final Set<String> DENY = Set.of("deny", "denies", "denied", "dismissed", "rejected", "denying");
    static final Set<String> CLAIM = Set.of("claim", "claims", "claimed", "allege", "alleges", "alleged", "boasted",
            "claiming", "alleging");

    /** Words between a subject and its speech verb that are not part of the subject. */
    static final Set<String> AUXILIARIES = Set.of("have", "has", "had", "also", "later", "earlier", "previously", "again",
            "is", "was", "were", "are", "would", "will", "could", "separately", "then", "now", "meanwhile",
            "however", "already", "publicly", "officially", "itself", "themselves", "today", "yesterday");

    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we");

    /** Nouns that mark a phrase as a source or party (for subjects split by commas). */
    static final Set<String> SOURCE_NOUNS = Set.of("spokesman", "spokeswoman", "spokesperson", "ministry", "military",
            "army", "forces", "officials", "official", "media", "outlets", "outlet", "group", "bloc", "agency",
            "observatory", "council", "command", "police", "authorities", "government", "office", "governor",
            "president", "minister", "source", "sources", "medics", "doctors", "rebels", "activists", "residents",
            "witnesses", "monitor", "commander", "statement", "channel", "television", "tv", "radio", "newspaper");

    static final Set<String> CUMULATIVE_AFTER_SINCE = Set.of("the", "start", "beginning", "outbreak", "war", "conflict",
            "invasion", "onset", "launch");
}
