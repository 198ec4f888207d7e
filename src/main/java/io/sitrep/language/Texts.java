package io.sitrep.language;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.MessageFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every word Sitrep writes itself, in the reader's language: patterns come from the message bundles
 * ({@code messages*.properties}, UTF-8, read through Spring's {@link MessageSource}) and are formatted with ICU's
 * {@link MessageFormat}, so plurals ({@code {count, plural, one {…} other {…}}}), selects and numbers follow the
 * language's own rules. Arguments are named and passed as pairs: {@code text(lang, "latest.title", "count", 3)}.
 * A key missing from a bundle falls back to English and is logged; the bundle tests keep that from shipping.
 */
public final class Texts {

    private static final Logger log = LoggerFactory.getLogger(Texts.class);

    /** The bundles on the classpath, shared: they are read-only once loaded. */
    private static final Texts BUNDLES = new Texts(bundleSource());

    private final MessageSource source;
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    Texts(MessageSource source) {
        this.source = source;
    }

    /** The texts from {@code messages*.properties}. */
    public static Texts bundles() {
        return BUNDLES;
    }

    /** The message {@code key} in {@code language}, its named arguments given as name, value, name, value… */
    public String text(Language language, String key, Object... namesAndValues) {
        Language lang = language == null ? Language.ENGLISH : language;
        MessageFormat format = formats.computeIfAbsent(lang.code() + '\u0000' + key, k -> compile(lang, key));
        return format.format(arguments(namesAndValues));
    }

    /**
     * Formats a select and a plural in English once, so ICU's formatting classes, its English locale and plural data,
     * and the English bundle are loaded before a reader waits for them (about 100 ms on the way to the first answer,
     * and classes Spring Boot's CDS training run, which stops once the context is refreshed, would not archive).
     * Start-up calls it on a thread of its own.
     */
    public void warmUp() {
        text(Language.ENGLISH, "start.welcome", "where", "chat");
        text(Language.ENGLISH, "latest.title", "count", 2);
    }

    /** Whether the bundles have this key (in English, which every other bundle must match). */
    public boolean has(String key) {
        try {
            source.getMessage(key, null, Language.ENGLISH.locale());
            return true;
        } catch (NoSuchMessageException e) {
            return false;
        }
    }

    /**
     * The message {@code key} in {@code language}, or {@code fallback} when that language's bundle (English
     * included) has no such key: for texts whose English lives elsewhere, such as a command's own help line.
     */
    public String textOr(Language language, String key, String fallback, Object... namesAndValues) {
        Language lang = language == null ? Language.ENGLISH : language;
        return source.getMessage(key, null, null, lang.locale()) == null ? fallback : text(lang, key, namesAndValues);
    }

    /**
     * The pattern of {@code key} as the bundle writes it (English when the language lacks it), for code that formats
     * it with its own arguments later, such as the map's counts.
     */
    public String pattern(Language language, String key) {
        Language lang = language == null ? Language.ENGLISH : language;
        String pattern = source.getMessage(key, null, null, lang.locale());
        if (pattern == null) {
            log.warn("No text '{}' in the {} bundle; using English", key, lang.code());
            pattern = source.getMessage(key, null, key, Language.ENGLISH.locale());
        }
        return pattern;
    }

    private MessageFormat compile(Language lang, String key) {
        return new MessageFormat(pattern(lang, key), lang.ulocale());
    }

    private static Map<String, Object> arguments(Object[] namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Text arguments come in name/value pairs");
        }
        Map<String, Object> args = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            args.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return args;
    }

    private static MessageSource bundleSource() {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasename("messages");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        bundles.setDefaultLocale(Language.ENGLISH.locale());
        bundles.setAlwaysUseMessageFormat(false);
        bundles.setUseCodeAsDefaultMessage(false);
        return bundles;
    }
}
