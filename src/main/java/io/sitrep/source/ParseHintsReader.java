package io.sitrep.source;

import java.time.DateTimeException;
import java.time.ZoneId;

import io.sitrep.shared.SitrepProperties;

/** Turns a source's parsing settings ({@code entry-selector}, {@code time-zone}...) into what the parsers use. */
final class ParseHintsReader {

    private ParseHintsReader() {
    }

    static ParseHints of(SitrepProperties.Source source) {
        return new ParseHints(blankToNull(source.entrySelector()), blankToNull(source.timeSelector()),
                blankToNull(source.headlineSelector()), zone(source.timeZone()), blankToNull(source.language()));
    }

    /** The zone a setting names: a region ({@code Europe/Kyiv}), an offset, or a label such as CET; null if none. */
    /**
     * Stops start-up with one line naming the setting when a source's {@code time-zone} names no zone or label
     * this reader knows.
     */
    static void checkTimeZones(java.util.List<SitrepProperties.Source> sources) {
        for (int i = 0; i < sources.size(); i++) {
            String setting = sources.get(i).timeZone();
            if (setting != null && !setting.isBlank() && zone(setting) == null) {
                throw new io.sitrep.shared.InvalidSettingException("sitrep.sources[" + i + "].time-zone",
                        "'" + setting + "' is not a time zone (try Europe/Berlin, UTC, CET or +02:00)");
            }
        }
    }

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
