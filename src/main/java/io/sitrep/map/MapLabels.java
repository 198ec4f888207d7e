package io.sitrep.map;

import java.util.Map;
import java.util.Objects;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

/**
 * The words drawn inside the picture (legend, title band's count, scale bar, credits) in one language. The counts
 * are ICU patterns with a {@code {count}} argument, so they take the language's plural forms; the scale patterns take
 * {@code {n}}. A record of strings, so requests in different languages are different cache keys.
 *
 * @param languageTag the BCP 47 tag numbers and plurals are formatted for, such as "ar"
 * @param mentions the legend's heading over the marker sizes
 * @param casualties the legend's line for the casualty ring
 * @param places the title band's count of places shown, a pattern with {@code {count}}
 * @param withCasualties the title band's count of places with casualty claims, a pattern with {@code {count}}
 * @param credits the credits line
 * @param kilometres the scale bar's length in kilometres, a pattern with {@code {n}}
 * @param metres the scale bar's length in metres, a pattern with {@code {n}}
 */
public record MapLabels(String languageTag, String mentions, String casualties, String places, String withCasualties,
                        String credits, String kilometres, String metres) {

    /** The English labels, for maps drawn without a reader. */
    public static final MapLabels ENGLISH = new MapLabels("en", "Entries mentioning the place", "Casualty claims reported",
            "{count, plural, one {# place} other {# places}}", "{count, plural, one {# with casualty claims} other {# with casualty claims}}",
            MapRenderer.CREDITS, "{n, number} km", "{n, number} m");

    public MapLabels {
        Objects.requireNonNull(languageTag, "languageTag");
        Objects.requireNonNull(mentions, "mentions");
        Objects.requireNonNull(casualties, "casualties");
        Objects.requireNonNull(places, "places");
        Objects.requireNonNull(withCasualties, "withCasualties");
        Objects.requireNonNull(credits, "credits");
        Objects.requireNonNull(kilometres, "kilometres");
        Objects.requireNonNull(metres, "metres");
    }

    /** The title band's count of places, in the labels' language. */
    public String places(long count) {
        return format(places, "count", count);
    }

    /** The title band's count of places with casualty claims, in the labels' language. */
    public String withCasualties(long count) {
        return format(withCasualties, "count", count);
    }

    String kilometres(double km) {
        return format(kilometres, "n", Math.round(km));
    }

    String metres(double m) {
        return format(metres, "n", Math.round(m));
    }

    private String format(String pattern, String name, Object value) {
        return new MessageFormat(pattern, ULocale.forLanguageTag(languageTag)).format(Map.of(name, value));
    }
}
