package io.sitrep.source;

import java.time.DateTimeException;
import java.time.ZoneId;

import io.sitrep.SitrepProperties;

/** Turns a source's parsing settings ({@code entry-selector}, {@code time-zone}...) into what the parsers use. */
public final class ParseHintsReader {

    private ParseHintsReader() {
    }

    static ParseHints of(SitrepProperties.Source source) {
        return new ParseHints(blankToNull(source.entrySelector()), blankToNull(source.timeSelector()),
                blankToNull(source.headlineSelector()), zone(source.timeZone()), blankToNull(source.language()));
    }

    /** The zone a setting names: a region ({@code Europe/Kyiv}), an offset, or a label such as CET; null if none. */
    public static ZoneId zone(String setting) {
        if (setting == null || setting.isBlank()) {
            return null;
        }
        ZoneId label = ClockText.zone(setting);
        if (label != null) {
            return label;
        }
        try {
            return ZoneId.of(setting.trim());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
