package io.sitrep.source;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers a fresh read's entries so that the entries already known keep the places they were stored with.
 * <p>
 * A parser numbers entries from the top of the page, so an update added at the top of a 400-entry live blog would
 * move every entry below it one place down, and each of those moves would be written to the database on every
 * change. What the places are for is only the order of entries on one page, so any numbering that keeps that order
 * will do: the read's places are all shifted by the one amount that leaves the most known entries where they were
 * stored. An update added at the top then takes the place above the old top entry (places may go below zero), one
 * added at the bottom the place below the last, a feed's window that slides keeps its places too, and only entries
 * that really moved relative to the others are written again.
 */
final class PlaceKeeper {

    private PlaceKeeper() {
    }

    static ParsedPage keepKnownPlaces(ParsedPage read, Map<String, Entry> knownById) {
        int shift = commonestShift(read.entries(), knownById);
        if (shift == 0) {
            return read;
        }
        List<Entry> shifted = read.entries().stream().map(e -> e.withPosition(e.position() + shift)).toList();
        return read.withEntries(shifted);
    }

    /**
     * The difference between stored and fresh place shared by the most known entries (0 when none is known); of
     * shifts shared by as many, the one that got there first reading from the top, so hash order never decides.
     */
    static int commonestShift(List<Entry> fresh, Map<String, Entry> knownById) {
        Map<Integer, Integer> votes = new HashMap<>();
        int best = 0;
        int bestVotes = 0;
        for (Entry e : fresh) {
            Entry before = knownById.get(e.id());
            if (before == null) {
                continue;
            }
            int shift = before.position() - e.position();
            int count = votes.merge(shift, 1, Integer::sum);
            if (count > bestVotes) {
                best = shift;
                bestVotes = count;
            }
        }
        return best;
    }
}
