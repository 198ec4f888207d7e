package io.sitrep.casualty;

import java.util.Locale;
import java.util.function.UnaryOperator;

import com.ibm.icu.text.NumberFormat;
import io.sitrep.language.Language;
import io.sitrep.language.Texts;

/**
 * The one way a casualty figure is written for readers, in pushes, digests and {@code /casualties} alike: vague words,
 * floors and ranges as the source gave them ("dozens", "more than 50", "5–6", "up to 400"), never a bare number
 * standing in for them, in the reader's language with its plural forms (keys {@code casualty.*} in the bundles).
 */
public final class CasualtyFigure {

    private CasualtyFigure() {
    }

    /** The figure alone, in plain English text: "13", "more than 50", "dozens", "5–6", "up to 400". */
    public static String of(CasualtyClaim c) {
        return of(c, Language.ENGLISH);
    }

    /** The figure alone, in plain text in {@code language}: "أكثر من ٥٠", "десятки", "5–6". */
    public static String of(CasualtyClaim c, Language language) {
        Texts texts = Texts.bundles();
        if (c.vague() != null) {
            String vague = texts.textOr(language, "casualty.vague." + key(c.vague()), c.vague());
            return c.bound() != null ? bounded(c.bound(), vague, language) : vague;
        }
        if (c.low() != null && c.high() != null) {
            return texts.text(language, "casualty.range", "low", number(c.low(), language), "high", number(c.high(), language));
        }
        if (c.low() != null) {
            return c.bound() != null ? bounded(c.bound(), number(c.low(), language), language) : number(c.low(), language);
        }
        if (c.high() != null) {
            return bounded(c.bound() != null ? c.bound() : "up to", number(c.high(), language), language);
        }
        return texts.text(language, "casualty.unknown_number");
    }

    /** The figure with its outcome: "more than 50 killed", "dozens killed", "21 wounded". */
    public static String withOutcome(CasualtyClaim c) {
        return withOutcome(c, Language.ENGLISH, UnaryOperator.identity());
    }

    /**
     * The figure with its outcome in {@code language}, the outcome word agreeing with the figure ("١٣ قتيلاً",
     * "5 загиблих", "1 Toter"); {@code figure} decorates the figure (for example to set it in bold).
     */
    public static String withOutcome(CasualtyClaim c, Language language, UnaryOperator<String> figure) {
        String shown = figure.apply(of(c, language));
        String outcome = c.outcome() == null ? CasualtyClaim.KILLED : c.outcome();
        if (c.vague() != null) {
            return Texts.bundles().textOr(language, "casualty." + outcome + ".vague", shown + " " + outcome, "figure", shown);
        }
        Integer count = c.high() != null ? c.high() : c.low();
        return Texts.bundles().textOr(language, "casualty." + outcome, shown + " " + outcome,
                "figure", shown, "count", count == null ? 0 : count);
    }

    /** The earlier figure a changed toll replaces, as "up from 14", or null. */
    public static String upFrom(CasualtyClaim c) {
        return upFrom(c, Language.ENGLISH);
    }

    /** {@link #upFrom(CasualtyClaim)} in {@code language}. */
    public static String upFrom(CasualtyClaim c, Language language) {
        return c.upFrom() == null ? null
                : Texts.bundles().text(language, "casualty.up_from", "number", number(c.upFrom(), language));
    }

    /** The bundle key of a word as the source wrote it: "more than" is {@code more_than}. */
    static String key(String words) {
        return words.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "_");
    }

    private static String bounded(String bound, String figure, Language language) {
        String word = Texts.bundles().textOr(language, "casualty.bound." + key(bound), bound);
        return Texts.bundles().text(language, "casualty.bounded", "bound", word, "figure", figure);
    }

    private static String number(int n, Language language) {
        return NumberFormat.getIntegerInstance((language == null ? Language.ENGLISH : language).ulocale()).format(n);
    }
}
