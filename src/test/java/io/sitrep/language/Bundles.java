package io.sitrep.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;

/** The message bundles read as files, for tests that compare them and look for English left in other languages. */
final class Bundles {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern COMMAND = Pattern.compile("/[A-Za-z0-9_@]+");
    private static final Pattern WORD = Pattern.compile("[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'-]{2,}");

    private Bundles() {
    }

    /** The bundle of one language as written in its file. */
    static Properties of(Language language) {
        String file = language == Language.ENGLISH ? "/messages.properties" : "/messages_" + language.code() + ".properties";
        Properties bundle = new Properties();
        try (InputStream in = Bundles.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("No bundle " + file);
            }
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bundle;
    }

    /** The keys {@code reference} has and {@code other} lacks, and the other way round, as "missing: k" / "extra: k". */
    static List<String> differences(Set<String> reference, Set<String> other) {
        List<String> out = new ArrayList<>();
        new TreeSet<>(reference).stream().filter(k -> !other.contains(k)).forEach(k -> out.add("missing: " + k));
        new TreeSet<>(other).stream().filter(k -> !reference.contains(k)).forEach(k -> out.add("extra: " + k));
        return out;
    }

    /** The names of a pattern's arguments with whether each picks a plural. */
    static Map<String, MessagePattern.ArgType> arguments(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        Map<String, MessagePattern.ArgType> args = new HashMap<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START) {
                MessagePattern.Part name = parsed.getPart(i + 1);
                args.merge(parsed.getSubstring(name), part.getArgType(),
                        (a, b) -> a == MessagePattern.ArgType.PLURAL ? a : b);
            }
        }
        return args;
    }

    /** Each plural argument's keywords: "count" → {zero, one, two, few, many, other}, one set per plural in the pattern. */
    static List<Set<String>> pluralKeywords(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        List<Set<String>> out = new ArrayList<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START && part.getArgType() == MessagePattern.ArgType.PLURAL) {
                Set<String> keywords = new LinkedHashSet<>();
                int limit = parsed.getLimitPartIndex(i);
                for (int j = i + 1; j < limit; j++) {
                    MessagePattern.Part p = parsed.getPart(j);
                    if (p.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                        keywords.add(parsed.getSubstring(p));
                    } else if (p.getType() == MessagePattern.Part.Type.MSG_START) {
                        j = parsed.getLimitPartIndex(j); // skip the message, with any plural nested in it
                    }
                }
                out.add(keywords);
            }
        }
        return out;
    }

    /** The pattern formatted with stand-in arguments: {@code count} as given, topic/other for selects, "x" for text. */
    static String formatted(String pattern, Language language, int count) {
        Map<String, Object> values = new HashMap<>();
        arguments(pattern).forEach((name, type) -> values.put(name,
                type == MessagePattern.ArgType.PLURAL || type == MessagePattern.ArgType.SIMPLE && name.matches("count|n|max|from|to")
                        ? (Object) count : type == MessagePattern.ArgType.SELECT ? "other" : "x"));
        return new MessageFormat(pattern, language.ulocale()).format(values);
    }

    /**
     * The English words Sitrep writes (every English text formatted for one and for many, tags and commands left
     * out) that the other language's own texts never use: what a reply in that language must not contain.
     */
    static Set<String> englishOnlyWords(Language other, List<String> englishExtras, List<String> otherExtras) {
        Set<String> english = new TreeSet<>();
        for (String value : values(Language.ENGLISH, englishExtras)) {
            english.addAll(words(formatted(value, Language.ENGLISH, 1)));
            english.addAll(words(formatted(value, Language.ENGLISH, 5)));
        }
        Set<String> theirs = new TreeSet<>();
        for (String value : values(other, otherExtras)) {
            theirs.addAll(words(formatted(value, other, 1)));
            theirs.addAll(words(formatted(value, other, 5)));
        }
        english.removeAll(theirs);
        english.remove("x");
        return english;
    }

    /** The words of a text, in lowercase, without its tags and /commands. */
    static Set<String> words(String html) {
        String text = COMMAND.matcher(TAG.matcher(html).replaceAll(" ")).replaceAll(" ");
        Set<String> out = new TreeSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }

    private static List<String> values(Language language, List<String> extras) {
        List<String> all = new ArrayList<>();
        of(language).values().forEach(v -> all.add((String) v));
        all.addAll(extras);
        return all;
    }
}
