package io.sitrep.casualty;

import java.util.Locale;
import java.util.regex.Pattern;

/** What sort of speaker a claimant is: a party to the fighting, a neutral source, and whose people a figure counts. */
final class ClaimantKinds {

    private static final Pattern PARTY = Pattern.compile(".*\\b(rebels?|forces|army|army's|military|militants?|fighters"
            + "|brigades?|bloc|movement|division|militia|insurgents|jihadists|commander|commanders|general staff"
            + "|defen[cs]e ministry|ministry of defen[cs]e|armed forces|operations room|media office|command"
            + "|state television|state tv|state media|[a-z]+-run|outlets?|resistance)\\b.*");
    private static final Pattern GROUP = Pattern.compile(".*\\bgroup\\b.*");
    private static final Pattern NEUTRAL_GROUP = Pattern.compile(".*\\b(rights|lawyers|monitoring|aid|medical|relief"
            + "|advocacy|research|activist|humanitarian|civil|doctors|watchdog|emergency)\\b.*\\bgroup\\b.*");
    private static final Pattern NEUTRAL = Pattern.compile(".*\\b(observatory|monitor|monitors|un|united nations"
            + "|red cross|red crescent|icrc|msf|hospital|hospitals|medics|doctors|residents|witnesses|activists"
            + "|analysts|researchers|journalists|afp|reuters|ap|amnesty|human rights watch|ocha|unicef|who"
            + "|rights|relatives|neighbours|neighbors|families)\\b.*");
    private static final Pattern ENEMY = Pattern.compile(".*\\b(militants?|terrorists?|insurgents|jihadists|gunmen"
            + "|attackers|assailants|saboteurs|rebels|fighters|mercenaries|extremists|bandits|infiltrators)\\b.*");
    private static final Pattern OWN_FORCES = Pattern.compile(".*\\b(soldiers?|troops|servicemen|officers|policemen"
            + "|police|personnel|reservists?|guards|marines|sailors|pilots|conscripts|commanders|peacekeepers)\\b.*");

    private ClaimantKinds() {
    }

    /** A party to the fighting or its outlet: an army, a ministry of defence, an armed group, a "-run" agency. */
    static boolean party(String claimant) {
        String c = claimant.toLowerCase(Locale.ROOT);
        return PARTY.matcher(c).matches() || GROUP.matcher(c).matches() && !NEUTRAL_GROUP.matcher(c).matches();
    }

    /** A source outside the fighting: monitors, the UN, medics, hospitals, rights groups, witnesses, wire agencies. */
    static boolean neutral(String claimant) {
        String c = claimant.toLowerCase(Locale.ROOT);
        return NEUTRAL.matcher(c).matches() || NEUTRAL_GROUP.matcher(c).matches();
    }

    /** Victims named as the other side's fighters: "militants", "terrorists", "RSF fighters". */
    static boolean enemyCombatants(String victims) {
        return ENEMY.matcher(victims.toLowerCase(Locale.ROOT)).matches();
    }

    /** Victims named as a state's own forces: "soldiers", "police officers", "reservists". */
    static boolean ownForces(String victims) {
        return OWN_FORCES.matcher(victims.toLowerCase(Locale.ROOT)).matches();
    }
}
