package io.sitrep.briefing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.sitrep.casualty.CasualtyClaim;
import io.sitrep.place.Place;
import io.sitrep.place.PlaceGazetteer;
import io.sitrep.source.Entry;
import io.sitrep.source.EntryCache;
import org.springframework.stereotype.Component;

/**
 * The {@code /casualties} answer: every casualty figure in the cached entries, grouped by place, each with who
 * claims it first, competing claims side by side, running totals apart. Figures from different claimants are
 * never added up.
 */
@Component
public class CasualtyBriefing {

    private static final String ELSEWHERE = "Place not given";

    private final EntryCache cache;
    private final EntryAnalyzer analyzer;
    private final PlaceGazetteer gazetteer;
    private final PlaceBriefing places;

    CasualtyBriefing(EntryCache cache, EntryAnalyzer analyzer, PlaceGazetteer gazetteer, PlaceBriefing places) {
        this.cache = cache;
        this.analyzer = analyzer;
        this.gazetteer = gazetteer;
        this.places = places;
    }

    /** A claim with the entry it was read in. */
    record Sourced(CasualtyClaim claim, Entry entry, Place place) {
    }

    /** All claims, or those in a place or region when {@code area} is given. */
    public List<String> briefing(String area) {
        List<Place> areas = area == null || area.isBlank() ? List.of() : places.resolve(area);
        if (area != null && !area.isBlank() && areas.isEmpty()) {
            return places.briefing(area); // "did you mean ..."
        }
        List<Sourced> claims = claims().stream()
                .filter(s -> areas.isEmpty() || (s.place() != null && areas.stream().anyMatch(a -> gazetteer.isWithin(s.place(), a))))
                .toList();
        String scope = areas.isEmpty() ? "" : " in " + Html.escape(areas.get(0).name());
        if (claims.isEmpty()) {
            return List.of("No casualty figures" + scope + " in the current entries.");
        }
        StringBuilder html = new StringBuilder("<b>Casualty claims").append(scope).append("</b>\n")
                .append("<i>As claimed, with who says so. Figures from different claimants are never added up.</i>\n");
        Map<String, List<Sourced>> byPlace = new LinkedHashMap<>();
        List<Sourced> totals = new ArrayList<>();
        for (Sourced s : claims) {
            if (s.claim().cumulative()) {
                totals.add(s);
            } else {
                byPlace.computeIfAbsent(s.place() != null ? s.place().name() + describe(s.place()) : ELSEWHERE,
                        k -> new ArrayList<>()).add(s);
            }
        }
        byPlace.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<Sourced>> e) -> e.getKey().equals(ELSEWHERE))
                        .thenComparing(e -> -e.getValue().size()))
                .forEach(e -> {
                    html.append("\n\ud83d\udccd <b>").append(Html.escape(e.getKey())).append("</b>\n");
                    e.getValue().forEach(s -> html.append(line(s)).append('\n'));
                });
        if (!totals.isEmpty()) {
            html.append("\n\u23f3 <b>Running totals</b> <i>(never added to the incidents above)</i>\n");
            totals.forEach(s -> html.append(line(s)).append('\n'));
        }
        return MessageSplitter.split(html.toString());
    }

    /** Every claim in the cache, newest entries first. */
    List<Sourced> claims() {
        List<Sourced> out = new ArrayList<>();
        cache.all().stream()
                .sorted(Comparator.comparing((Entry e) -> e.time() == null ? java.time.Instant.MIN : e.time()).reversed()
                        .thenComparingInt(Entry::position))
                .forEach(entry -> {
                    Findings findings = analyzer.of(entry);
                    for (CasualtyClaim claim : findings.claims()) {
                        out.add(new Sourced(claim, entry, placeOf(claim, findings)));
                    }
                });
        return out;
    }

    private Optional<Place> lookup(String name) {
        return name == null ? Optional.empty() : gazetteer.byName(name);
    }

    private Place placeOf(CasualtyClaim claim, Findings findings) {
        if (claim.place() != null) {
            Optional<Place> inEntry = findings.places().stream().filter(p -> p.name().equalsIgnoreCase(claim.place())).findFirst();
            return inEntry.or(() -> lookup(claim.place())).orElse(null);
        }
        return null;
    }

    /** "• IRGC spokesman (confirmed): 13 killed — IRGC troops · 8 May, 20:30 GMT": the claimant first, in bold. */
    static String line(Sourced s) {
        CasualtyClaim c = s.claim();
        String who = c.claimedBy() != null ? c.claimedBy() : "Unattributed";
        StringBuilder line = new StringBuilder("\u2022 <b>").append(Html.escape(capitalise(who))).append("</b> ")
                .append('(').append(Html.escape(c.status() == null ? CasualtyClaim.CLAIMED : c.status())).append("): ").append(figure(c)).append(' ').append(Html.escape(c.outcome()));
        if (c.victims() != null) {
            line.append(" \u2014 ").append(Html.escape(c.victims()));
        }
        if (c.side() != null && !c.side().equals(CasualtyClaim.UNKNOWN)
                && (c.victims() == null || !c.victims().toLowerCase(Locale.ROOT).contains(c.side().toLowerCase(Locale.ROOT)))) {
            line.append(" (").append(Html.escape(c.side())).append(')');
        }
        line.append(" \u00b7 ").append(when(s.entry()));
        return line.toString();
    }

    static String figure(CasualtyClaim c) {
        String number;
        if (c.low() != null && c.high() != null) {
            number = c.low() + "\u2013" + c.high();
        } else if (c.low() != null) {
            number = String.valueOf(c.low());
        } else if (c.high() != null) {
            number = "up to " + c.high();
        } else {
            number = "an unknown number";
        }
        if (c.vague() != null) {
            number = Html.escape(c.vague()) + " (\u2265" + (c.low() != null ? c.low() : "?") + ")";
        }
        return "<b>" + number + "</b>";
    }

    private static String when(Entry e) {
        if (e.time() != null) {
            return BriefingFormatter.time(e.time(), true);
        }
        return Html.escape(Html.trim(e.headline(), 60));
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String describe(Place place) {
        return place.region() != null && !place.region().equals(place.name()) ? ", " + place.region() : "";
    }
}
