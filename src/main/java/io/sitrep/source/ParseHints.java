package io.sitrep.source;

import java.time.ZoneId;

/**
 * What an operator told Sitrep about one source's page, for when auto-detection reads it wrong: CSS selectors for
 * its entries, their times and headlines, its time zone and language (any of them null when not set).
 */
record ParseHints(String entrySelector, String timeSelector, String headlineSelector, ZoneId zone, String language) {

    static final ParseHints NONE = new ParseHints(null, null, null, null, null);

    boolean hasEntrySelector() {
        return entrySelector != null && !entrySelector.isBlank();
    }
}
