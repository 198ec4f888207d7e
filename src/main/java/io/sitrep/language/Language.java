package io.sitrep.language;

import java.util.Locale;
import java.util.Optional;

import com.ibm.icu.util.ULocale;

/**
 * A language Sitrep writes its own words in: replies, help, buttons, labels around source text. Source text itself
 * (entries, claimants' names) is shown as written. The bundle of each is {@code messages[_code].properties}.
 */
public enum Language {
    ENGLISH("en", "English", false),
    ARABIC("ar", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629", true),
    UKRAINIAN("uk", "\u0423\u043a\u0440\u0430\u0457\u043d\u0441\u044c\u043a\u0430", false),
    RUSSIAN("ru", "\u0420\u0443\u0441\u0441\u043a\u0438\u0439", false),
    FRENCH("fr", "Fran\u00e7ais", false),
    GERMAN("de", "Deutsch", false);

    private final String code;
    private final String nativeName;
    private final boolean rightToLeft;

    Language(String code, String nativeName, boolean rightToLeft) {
        this.code = code;
        this.nativeName = nativeName;
        this.rightToLeft = rightToLeft;
    }

    /** The ISO 639-1 code Telegram's {@code language_code} starts with: "en", "ar", "uk", "ru", "fr", "de". */
    public String code() {
        return code;
    }

    /** The language's name in itself, for the /language buttons. */
    public String nativeName() {
        return nativeName;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public ULocale ulocale() {
        return ULocale.forLanguageTag(code);
    }

    /**
     * The language for a Telegram {@code language_code} or a code typed after /language ("uk", "uk-UA", "pt-br",
     * "UA"); empty for a language Sitrep does not speak, or for nothing.
     */
    public static Optional<Language> of(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String lower = code.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        String primary = lower.contains("-") ? lower.substring(0, lower.indexOf('-')) : lower;
        if (primary.equals("ua")) {
            primary = "uk"; // the country code people often type for Ukrainian
        }
        for (Language l : values()) {
            if (l.code.equals(primary) || l.nativeName.toLowerCase(Locale.ROOT).equals(lower)
                    || l.name().toLowerCase(Locale.ROOT).equals(lower)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
