package io.sitrep.briefing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.sitrep.casualty.CasualtyClaim;
import io.sitrep.casualty.CasualtyFigure;
import io.sitrep.language.Language;
import io.sitrep.place.Place;
import io.sitrep.place.PlaceGazetteer;
import io.sitrep.source.Entry;
import io.sitrep.source.EntryCache;
import org.springframework.stereotype.Component;

/**
 * The {@code /casualties} answer: every casualty figure in the cached entries, grouped by place, each with who
 * claims it first, competing claims side by side, running totals and background (earlier events) apart. Figures
 * from different claimants are never added up.
 */
@Component
public class CasualtyBriefing {

    /** The group of claims without a place; shown as {@code casualties.place_not_given}. */
    private static final String ELSEWHERE = "\u0000elsewhere";

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

    /** All claims, or those in a place or region when {@code area} is given, for an English reader on GMT. */
    public List<String> briefing(String area) {
        return briefing(area, ReaderSettings.GMT);
    }

    /** All claims, or those in a place or region when {@code area} is given, in the reader's language and zone. */
    public List<String> briefing(String area, ReaderSettings reader) {
        List<Place> areas = area == null || area.isBlank() ? List.of() : places.resolve(area);
        if (area != null && !area.isBlank() && areas.isEmpty()) {
            return places.briefing(area, reader); // "did you mean ..."
        }
        List<Sourced> claims = claims().stream()
                .filter(s -> areas.isEmpty() || (s.place() != null && areas.stream().anyMatch(a -> gazetteer.isWithin(s.place(), a))))
                .toList();
        String scope = areas.isEmpty() ? null : Html.escape(Bidi.isolate(areas.get(0).name(), reader.language()));
        if (claims.isEmpty()) {
            return List.of(scope == null ? reader.text("casualties.none") : reader.text("casualties.none_in", "place", scope));
        }
        StringBuilder html = new StringBuilder("<b>")
                .append(scope == null ? reader.text("casualties.title", "count", claims.size())
                        : reader.text("casualties.title_in", "place", scope, "count", claims.size()))
                .append("</b>\n<i>").append(reader.text("casualties.how_to_read")).append("</i>\n");
        Map<String, List<Shown>> byPlace = new LinkedHashMap<>();
        List<Shown> totals = new ArrayList<>();
        List<Shown> background = new ArrayList<>();
        for (Shown s : shown(claims)) {
            CasualtyClaim c = s.main().claim();
            if (c.cumulative()) {
                totals.add(s);
            } else if (c.background()) {
                background.add(s);
            } else {
                Place place = s.main().place();
                byPlace.computeIfAbsent(place != null ? place.name() + describe(place) : ELSEWHERE,
                        k -> new ArrayList<>()).add(s);
            }
        }
        byPlace.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<Shown>> e) -> e.getKey().equals(ELSEWHERE))
                        .thenComparing(e -> -e.getValue().size()))
                .forEach(e -> {
                    String where = e.getKey().equals(ELSEWHERE) ? reader.text("casualties.place_not_given")
                            : Html.escape(Bidi.isolate(e.getKey(), reader.language()));
                    html.append("\n\ud83d\udccd <b>").append(where).append("</b>\n");
                    e.getValue().forEach(s -> html.append(line(s, reader)).append('\n'));
                });
        if (!totals.isEmpty()) {
            html.append("\n\u23f3 <b>").append(reader.text("casualties.running_totals")).append("</b> <i>(")
                    .append(reader.text("casualties.running_totals_note")).append(")</i>\n");
            totals.forEach(s -> html.append(line(s, reader)).append('\n'));
        }
        if (!background.isEmpty()) {
            html.append("\n\ud83d\udcc5 <b>").append(reader.text("casualties.background")).append("</b> <i>(")
                    .append(reader.text("casualties.background_note")).append(")</i>\n");
            background.forEach(s -> html.append(line(s, reader)).append('\n'));
        }
        return MessageSplitter.split(html.toString());
    }

    /** A claim as shown: with the shares of it the same entry gives, and the earlier figure it replaces. */
    record Shown(Sourced main, List<Sourced> parts, Integer upFrom) {
    }

    /**
     * Claims as incidents: a share ("including 5 children") goes with the figure it belongs to, and an older figure
     * of an incident whose toll has since changed gives way to the newer one, shown beside it ("up from 30").
     */
    static List<Shown> shown(List<Sourced> claims) {
        List<Shown> out = new ArrayList<>();
        Shown last = null;
        for (Sourced s : claims) {
            if (s.claim().part() && last != null && last.main().entry().equals(s.entry())
                    && last.main().claim().outcome().equals(s.claim().outcome())) {
                last.parts().add(s);
                continue;
            }
            last = new Shown(s, new ArrayList<>(), s.claim().upFrom());
            out.add(last);
        }
        List<Shown> kept = new ArrayList<>();
        for (Shown s : out) {
            boolean superseded = out.stream().anyMatch(newer -> newer != s && replaces(newer, s));
            if (!superseded) {
                kept.add(s);
            }
        }
        return kept;
    }

    /** Whether {@code newer} is the changed toll of {@code older}'s incident: same outcome and place, from its figure. */
    private static boolean replaces(Shown newer, Shown older) {
        CasualtyClaim n = newer.main().claim();
        CasualtyClaim o = older.main().claim();
        Instant nt = newer.main().entry().time();
        Instant ot = older.main().entry().time();
        boolean later = nt != null && ot != null ? nt.isAfter(ot)
                : newer.main().entry().position() < older.main().entry().position();
        return later && n.upFrom() != null && n.upFrom().equals(o.low()) && n.outcome().equals(o.outcome())
                && !n.cumulative() && !o.cumulative()
                && (older.main().place() == null || older.main().place().equals(newer.main().place()));
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
    static String line(Shown shown) {
        return line(shown, ReaderSettings.GMT);
    }

    /** {@link #line(Shown)} in the reader's language and zone; the claimant and victims stay as written. */
    static String line(Shown shown, ReaderSettings reader) {
        Sourced s = shown.main();
        CasualtyClaim c = s.claim();
        Language lang = reader.language();
        String who = c.claimedBy() != null ? Html.escape(Bidi.isolate(capitalise(c.claimedBy()), lang))
                : capitalise(reader.text("casualty.unattributed"));
        StringBuilder line = new StringBuilder("\u2022 <b>").append(who).append("</b> ")
                .append('(').append(Html.escape(BriefingFormatter.status(c.status(), reader))).append("): ")
                .append(CasualtyFigure.withOutcome(c, lang, f -> "<b>" + Html.escape(f) + "</b>"));
        if (c.victims() != null) {
            line.append(" \u2014 ").append(Html.escape(Bidi.isolate(c.victims(), lang)));
        }
        if (c.side() != null && !c.side().equals(CasualtyClaim.UNKNOWN)
                && (c.victims() == null || !c.victims().toLowerCase(Locale.ROOT).contains(c.side().toLowerCase(Locale.ROOT)))) {
            String side = c.side().equals(CasualtyClaim.CIVILIANS) ? reader.text("casualty.side.civilians")
                    : Bidi.isolate(c.side(), lang);
            line.append(" (").append(Html.escape(side)).append(')');
        }
        List<String> notes = new ArrayList<>();
        if (shown.upFrom() != null) {
            notes.add(Html.escape(CasualtyFigure.upFrom(c, lang)));
        }
        for (Sourced part : shown.parts()) {
            CasualtyClaim p = part.claim();
            String share = CasualtyFigure.of(p, lang) + (p.victims() != null ? " " + Bidi.isolate(p.victims(), lang) : "");
            notes.add(reader.text("casualty.including", "share", Html.escape(share)));
        }
        if (!notes.isEmpty()) {
            line.append(" (").append(String.join("; ", notes)).append(')');
        }
        line.append(" \u00b7 ").append(when(s.entry(), reader));
        return line.toString();
    }

    /** The figure in bold, as the source gave it: "more than 50", "dozens", "5–6". */
    static String figure(CasualtyClaim c) {
        return "<b>" + Html.escape(CasualtyFigure.of(c)) + "</b>";
    }

    private static String when(Entry e, ReaderSettings reader) {
        if (e.time() != null) {
            return Times.of(e.time(), reader, true);
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
