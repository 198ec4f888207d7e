package io.sitrep.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps an entry's id when its key text (a story's headline) was reworded: a fresh entry with an unknown id that
 * reads almost the same as a known entry missing from the page is the same entry, edited.
 */
final class EditMatcher {

    private static final double SAME_ENTRY = 0.6;

    private EditMatcher() {
    }

    static ParsedPage keepIdsOfRewordedEntries(ParsedPage page, Map<String, Entry> knownById) {
        Set<String> freshIds = page.entries().stream().map(Entry::id).collect(Collectors.toSet());
        List<Entry> missing = new ArrayList<>(knownById.values().stream().filter(e -> !freshIds.contains(e.id())).toList());
        if (missing.isEmpty()) {
            return page;
        }
        List<Entry> result = new ArrayList<>(page.entries().size());
        for (Entry fresh : page.entries()) {
            Entry match = knownById.containsKey(fresh.id()) ? null : bestMatch(fresh, missing);
            if (match != null) {
                missing.remove(match);
                result.add(new Entry(match.id(), fresh.source(), fresh.pageUrl(), fresh.kind(), fresh.time(),
                        fresh.headline(), fresh.paragraphs(), fresh.links(), fresh.media(), fresh.version(), fresh.position()));
            } else {
                result.add(fresh);
            }
        }
        return page.withEntries(result);
    }

    private static Entry bestMatch(Entry fresh, List<Entry> candidates) {
        Set<String> words = words(fresh);
        Entry best = null;
        double bestScore = SAME_ENTRY;
        for (Entry candidate : candidates) {
            if (candidate.kind() != fresh.kind()) {
                continue;
            }
            double score = jaccard(words, words(candidate));
            if (score >= bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    private static Set<String> words(Entry e) {
        String text = (e.headline() + " " + e.text()).toLowerCase(Locale.ROOT);
        Set<String> words = new HashSet<>(Arrays.asList(text.split("[^\\p{L}\\p{N}]+")));
        words.remove(""); // a leading separator splits off an empty "word" every entry would share
        return words;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return union.isEmpty() ? 0 : (double) common.size() / union.size();
    }
}
