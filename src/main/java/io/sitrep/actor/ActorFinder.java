package io.sitrep.actor;

import io.sitrep.place.PlaceNames;
import io.sitrep.place.WordToken;
import io.sitrep.place.WordTokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the parties a text names. Aliases written in capitals (IS, IRGC) match only in capitals; other aliases
 * match in any case, with hyphens, spaces, apostrophes and accents alike; the longest alias wins.
 */
public final class ActorFinder {

    private record Pattern(List<String> words, boolean exactCase, Actor actor) {
    }

    private final ActorDictionary dictionary;
    private final Map<String, List<Pattern>> byFirstWord = new HashMap<>();

    /** A finder over a dictionary. */
    public ActorFinder(ActorDictionary dictionary) {
        this.dictionary = dictionary;
        for (Actor a : dictionary.actors()) {
            List<String> names = new ArrayList<>(a.aliases());
            names.add(0, a.name());
            for (String n : names) {
                List<WordToken> tokens = WordTokenizer.tokenize(n);
                if (tokens.isEmpty()) {
                    continue;
                }
                boolean exact = n.chars().noneMatch(Character::isLowerCase);
                List<String> words = tokens.stream().map(t -> exact ? t.text() : norm(t.text())).toList();
                byFirstWord.computeIfAbsent(norm(tokens.get(0).text()), k -> new ArrayList<>())
                        .add(new Pattern(words, exact, a));
            }
        }
        byFirstWord.values().forEach(l -> l.sort(Comparator.comparingInt((Pattern p) -> p.words().size()).reversed()));
    }

    /** The dictionary searched. */
    public ActorDictionary dictionary() {
        return dictionary;
    }

    /** Actors named in a text, in order of appearance. */
    public List<ActorMention> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<WordToken> tokens = WordTokenizer.tokenize(text);
        List<ActorMention> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            List<Pattern> candidates = byFirstWord.get(norm(tokens.get(i).text()));
            Pattern hit = null;
            if (candidates != null) {
                for (Pattern p : candidates) {
                    if (matches(p, tokens, i)) {
                        hit = p;
                        break;
                    }
                }
            }
            if (hit == null) {
                i++;
                continue;
            }
            int last = i + hit.words().size() - 1;
            int start = tokens.get(i).start();
            int end = tokens.get(last).end();
            out.add(new ActorMention(hit.actor(), start, end, text.substring(start, end)));
            i = last + 1;
        }
        return out;
    }

    /** The first actor named in a text, or null. */
    public Actor first(String text) {
        List<ActorMention> found = find(text);
        return found.isEmpty() ? null : found.get(0).actor();
    }

    private static boolean matches(Pattern p, List<WordToken> tokens, int i) {
        if (i + p.words().size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < p.words().size(); k++) {
            WordToken t = tokens.get(i + k);
            if (k > 0 && !t.joinedToPrevious()) {
                return false;
            }
            String w = p.exactCase() ? t.text() : norm(t.text());
            if (!w.equals(p.words().get(k))) {
                return false;
            }
        }
        return true;
    }

    private static String norm(String word) {
        return PlaceNames.commandOf(word);
    }
}
