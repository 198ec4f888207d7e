package io.sitrep.source;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The zone of the clock times a page shows without a label: the source's {@code time-zone} setting, else the offset
 * of the page's own time stamps, else the zone of its language and region ({@code de} is Berlin, {@code en-GB}
 * London), since many servers write their stamps in UTC while their reporters write local clock times.
 */
final class PageZone {

    private static final Map<String, String> BY_LANGUAGE = Map.ofEntries(
            Map.entry("de", "Europe/Berlin"), Map.entry("de-at", "Europe/Vienna"), Map.entry("de-ch", "Europe/Zurich"),
            Map.entry("de-lu", "Europe/Luxembourg"), Map.entry("fr", "Europe/Paris"), Map.entry("fr-ch", "Europe/Zurich"),
            Map.entry("fr-be", "Europe/Brussels"), Map.entry("fr-ca", "America/Toronto"), Map.entry("it", "Europe/Rome"),
            Map.entry("es", "Europe/Madrid"), Map.entry("es-mx", "America/Mexico_City"), Map.entry("pt", "Europe/Lisbon"),
            Map.entry("pt-br", "America/Sao_Paulo"), Map.entry("nl", "Europe/Amsterdam"), Map.entry("nl-be", "Europe/Brussels"),
            Map.entry("nb", "Europe/Oslo"), Map.entry("nn", "Europe/Oslo"), Map.entry("no", "Europe/Oslo"),
            Map.entry("sv", "Europe/Stockholm"), Map.entry("da", "Europe/Copenhagen"), Map.entry("fi", "Europe/Helsinki"),
            Map.entry("is", "Atlantic/Reykjavik"), Map.entry("pl", "Europe/Warsaw"), Map.entry("cs", "Europe/Prague"),
            Map.entry("sk", "Europe/Bratislava"), Map.entry("hu", "Europe/Budapest"), Map.entry("ro", "Europe/Bucharest"),
            Map.entry("bg", "Europe/Sofia"), Map.entry("el", "Europe/Athens"), Map.entry("tr", "Europe/Istanbul"),
            Map.entry("uk", "Europe/Kyiv"), Map.entry("ru", "Europe/Moscow"), Map.entry("lt", "Europe/Vilnius"),
            Map.entry("lv", "Europe/Riga"), Map.entry("et", "Europe/Tallinn"), Map.entry("he", "Asia/Jerusalem"),
            Map.entry("ja", "Asia/Tokyo"), Map.entry("ko", "Asia/Seoul"), Map.entry("zh", "Asia/Shanghai"),
            Map.entry("zh-tw", "Asia/Taipei"), Map.entry("vi", "Asia/Ho_Chi_Minh"), Map.entry("id", "Asia/Jakarta"),
            Map.entry("hi", "Asia/Kolkata"), Map.entry("en-gb", "Europe/London"), Map.entry("en-ie", "Europe/Dublin"),
            Map.entry("en-us", "America/New_York"), Map.entry("en-in", "Asia/Kolkata"), Map.entry("en-au", "Australia/Sydney"),
            Map.entry("en-ca", "America/Toronto"), Map.entry("en-za", "Africa/Johannesburg"), Map.entry("en-nz", "Pacific/Auckland"));

    private PageZone() {
    }

    static ZoneId of(Document document, ParseHints hints) {
        if (hints.zone() != null) {
            return hints.zone();
        }
        Optional<ZonedDateTime> stamp = LiveBlogParser.modifiedTime(document).or(() -> LiveBlogParser.publishedTime(document));
        if (stamp.isPresent() && !isUtc(stamp.get().getZone())) {
            return stamp.get().getZone();
        }
        ZoneId spoken = byLanguage(hints.language() != null ? hints.language() : language(document));
        if (spoken != null) {
            return spoken;
        }
        return stamp.map(ZonedDateTime::getZone).orElse(ZoneOffset.UTC);
    }

    /** The zone a language tag names ({@code de}, {@code en-GB}, {@code pt_BR}), or null for one that names none. */
    static ZoneId byLanguage(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String key = tag.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        String zone = BY_LANGUAGE.get(key);
        if (zone == null && key.contains("-")) {
            zone = BY_LANGUAGE.get(key.substring(0, key.indexOf('-')));
        }
        return zone == null ? null : ZoneId.of(zone);
    }

    private static String language(Document document) {
        return DocumentMemo.once(document, "language", () -> readLanguage(document));
    }

    private static String readLanguage(Document document) {
        Element locale = document.selectFirst("meta[property=og:locale][content]");
        if (locale != null && locale.attr("content").contains("_")) {
            return locale.attr("content");
        }
        Element html = document.selectFirst("html[lang]");
        return html != null ? html.attr("lang") : locale != null ? locale.attr("content") : null;
    }

    private static boolean isUtc(ZoneId zone) {
        return zone.normalized().equals(ZoneOffset.UTC) || zone.getId().equals("UTC") || zone.getId().equals("Z");
    }
}
