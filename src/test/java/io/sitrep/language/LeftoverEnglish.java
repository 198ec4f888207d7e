package io.sitrep.language;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.sitrep.briefing.EntryAnalyzer;
import io.sitrep.briefing.Findings;
import io.sitrep.chat.Buttons;
import io.sitrep.command.ChatCommand;
import io.sitrep.source.Entry;

/**
 * Finds Sitrep's own English words in a reply meant for another language: the words only the English bundle (and
 * the commands' English help) uses, left over once the source's own words (entry text, the names found in it, the
 * source's name, what an editor typed) and identifiers in {@code <code>} are taken out.
 */
public final class LeftoverEnglish {

    private static final Pattern CODE = Pattern.compile("<code>.*?</code>", Pattern.DOTALL);

    private final List<ChatCommand> commands;
    private final EntryAnalyzer analyzer;
    private final Set<String> sourceWords = new TreeSet<>();
    private final Map<Language, Set<String>> englishOnly = new EnumMap<>(Language.class);

    public LeftoverEnglish(List<ChatCommand> commands, EntryAnalyzer analyzer) {
        this.commands = commands;
        this.analyzer = analyzer;
    }

    /** Words of text Sitrep shows as written: entries (with the places, parties and claimants found in them). */
    public LeftoverEnglish sourceText(Collection<Entry> entries) {
        for (Entry e : entries) {
            sourceWords.addAll(Bundles.words(e.headline() + " " + e.text() + " " + e.source()));
            Findings f = analyzer.of(e);
            f.places().forEach(p -> sourceWords.addAll(Bundles.words(p.name() + " " + p.region() + " " + p.country())));
            f.actors().forEach(a -> sourceWords.addAll(Bundles.words(a.name())));
            f.claims().forEach(c -> sourceWords.addAll(Bundles.words(c.claimedBy() + " " + c.victims() + " " + c.side())));
        }
        return this;
    }

    /** Words of other text shown as written: a source's name, what a user typed, a fetcher's error. */
    public LeftoverEnglish sourceText(String... texts) {
        for (String t : texts) {
            sourceWords.addAll(Bundles.words(t == null ? "" : t));
        }
        return this;
    }

    /** The English-only words in a reply (and its buttons' labels) for {@code language}. */
    public Set<String> in(String reply, Buttons buttons, Language language) {
        StringBuilder all = new StringBuilder(CODE.matcher(reply == null ? "" : reply).replaceAll(" "));
        if (buttons != null) {
            buttons.rows().forEach(row -> row.forEach(b -> all.append('\n').append(b.text())));
        }
        Set<String> onlyEnglish = englishOnly.computeIfAbsent(language, this::englishOnlyWords);
        Set<String> left = new TreeSet<>(Bundles.words(all.toString()));
        left.removeAll(sourceWords);
        left.retainAll(onlyEnglish);
        return left;
    }

    private Set<String> englishOnlyWords(Language language) {
        List<String> englishCommands = new ArrayList<>();
        List<String> theirCommands = new ArrayList<>();
        commands.stream().flatMap(c -> c.commands().stream()).forEach(info -> {
            englishCommands.add(info.helpLine(Language.ENGLISH).replace("{", "'{'").replace("}", "'}'"));
            theirCommands.add(info.helpLine(language).replace("{", "'{'").replace("}", "'}'"));
        });
        return Bundles.englishOnlyWords(language, englishCommands, theirCommands);
    }

    public Set<String> in(String reply, Language language) {
        return in(reply, null, language);
    }
}
