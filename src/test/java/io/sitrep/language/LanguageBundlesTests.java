package io.sitrep.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.PluralRules;
import org.junit.jupiter.api.Test;

/** The message bundles: complete in every language, valid patterns, the language's own plural forms, valid HTML. */
class LanguageBundlesTests {

    private static final Pattern TAG = Pattern.compile("<(/?)([a-z]+)[^>]*>");
    private static final Set<String> TELEGRAM_TAGS = Set.of("b", "i", "u", "s", "a", "code", "pre");

    private static Set<String> keys(Properties bundle) {
        return bundle.stringPropertyNames();
    }

    @Test
    void everyBundleHasTheKeysOfTheEnglishOneAndNoOthers() {
        Set<String> english = keys(Bundles.of(Language.ENGLISH));
        assertThat(english).as("English help lines are the commands' own").noneMatch(k -> k.startsWith("command."));
        Set<String> firstCommands = null;
        for (Language language : Language.values()) {
            if (language == Language.ENGLISH) {
                continue;
            }
            Set<String> theirs = keys(Bundles.of(language));
            Set<String> labels = theirs.stream().filter(k -> !k.startsWith("command.")).collect(Collectors.toCollection(TreeSet::new));
            Set<String> commands = theirs.stream().filter(k -> k.startsWith("command.")).collect(Collectors.toCollection(TreeSet::new));
            assertThat(Bundles.differences(english, labels)).as("messages_%s.properties against messages.properties", language.code())
                    .isEmpty();
            if (firstCommands == null) {
                firstCommands = commands;
            }
            assertThat(Bundles.differences(firstCommands, commands)).as("command help in messages_%s.properties", language.code())
                    .isEmpty();
        }
    }

    @Test
    void theComparisonNamesAKeyMissingFromABundleAndOneOnlyItHas() {
        assertThat(Bundles.differences(Set.of("latest.title", "latest.more"), Set.of("latest.title", "latest.moar")))
                .containsExactly("missing: latest.more", "extra: latest.moar");
        assertThat(Bundles.differences(Set.of("a"), Set.of("a"))).isEmpty();
    }

    @Test
    void everyPluralGivesEachFormTheLanguageHas() {
        for (Language language : Language.values()) {
            // The forms a count of people up to 100,000 takes (French "many" is for millions only).
            PluralRules rules = PluralRules.forLocale(language.ulocale());
            Set<String> categories = java.util.stream.IntStream.rangeClosed(0, 100_000).mapToObj(n -> rules.select(n))
                    .collect(Collectors.toSet());
            Properties bundle = Bundles.of(language);
            for (String key : keys(bundle)) {
                for (Set<String> given : Bundles.pluralKeywords(bundle.getProperty(key))) {
                    if (language == Language.ENGLISH) {
                        assertThat(given).as("%s in English", key).contains("one", "other");
                    } else {
                        assertThat(given).as("%s in %s gives every plural form of the language", key, language.code())
                                .containsAll(categories);
                    }
                }
            }
        }
        assertThat(PluralRules.forLocale(Language.ARABIC.ulocale()).getKeywords())
                .containsExactlyInAnyOrder("zero", "one", "two", "few", "many", "other");
    }

    @Test
    void everyTextFormatsToTelegramHtmlWithBalancedTagsAndKeepsItsApostrophes() {
        for (Language language : Language.values()) {
            Properties bundle = Bundles.of(language);
            for (String key : keys(bundle)) {
                String pattern = bundle.getProperty(key);
                for (int count : new int[] {0, 1, 2, 3, 11, 100}) {
                    String html = Bundles.formatted(pattern, language, count);
                    assertThat(balanced(html)).as("%s in %s: %s", key, language.code(), html).isTrue();
                    long apostrophes = pattern.chars().filter(c -> c == '\'').count();
                    assertThat(html.chars().filter(c -> c == '\'').count()).as("apostrophes of %s in %s", key, language.code())
                            .isEqualTo(apostrophes);
                }
            }
        }
    }

    @Test
    void textsInAnotherLanguageComeFromItsBundleWithItsPluralsAndFallBackToEnglishOnlyForUnknownKeys() {
        Texts texts = Texts.bundles();
        assertThat(texts.text(Language.ENGLISH, "latest.title", "count", 3)).isEqualTo("Latest 3 UPDATEs");
        assertThat(texts.text(Language.ENGLISH, "latest.title", "count", 1)).isEqualTo("Latest 1 UPDATE");
        assertThat(texts.text(Language.ARABIC, "latest.title", "count", 3)).isEqualTo("آخر 3 تحديثات");
        assertThat(texts.text(Language.ARABIC, "latest.title", "count", 2)).isEqualTo("آخر تحديثين");
        assertThat(texts.text(Language.ARABIC, "latest.title", "count", 11)).isEqualTo("آخر 11 تحديثًا");
        assertThat(texts.text(Language.UKRAINIAN, "latest.title", "count", 3)).isEqualTo("Останні 3 оновлення");
        assertThat(texts.text(Language.RUSSIAN, "latest.title", "count", 5)).isEqualTo("Последние 5 обновлений");
        assertThat(texts.textOr(Language.FRENCH, "no.such.key", "fallback")).isEqualTo("fallback");
        assertThat(new MessageFormat(Bundles.of(Language.FRENCH).getProperty("entry.original"), Language.FRENCH.ulocale())
                .format(new Object[0])).isEqualTo("ENTRÉE D'ORIGINE");
    }

    @Test
    void aLanguageIsFoundByTelegramsCodeOrByWhatPeopleType() {
        assertThat(Language.of("ar")).contains(Language.ARABIC);
        assertThat(Language.of("uk-UA")).contains(Language.UKRAINIAN);
        assertThat(Language.of("UA")).contains(Language.UKRAINIAN);
        assertThat(Language.of("Deutsch")).contains(Language.GERMAN);
        assertThat(Language.of("pt-br")).isEmpty();
        assertThat(Language.of(null)).isEmpty();
    }

    /** Whether every tag is one Telegram knows and closes in order. */
    static boolean balanced(String html) {
        Deque<String> open = new ArrayDeque<>();
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            String name = m.group(2);
            if (!TELEGRAM_TAGS.contains(name)) {
                return false;
            }
            if (m.group(1).isEmpty()) {
                open.push(name);
            } else if (open.isEmpty() || !open.pop().equals(name)) {
                return false;
            }
        }
        return open.isEmpty() && html.chars().filter(c -> c == '<').count() == html.chars().filter(c -> c == '>').count();
    }

}
