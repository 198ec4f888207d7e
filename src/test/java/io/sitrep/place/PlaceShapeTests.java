package io.sitrep.place;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.map.BaseMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The gazetteer's build check: every place's coordinates lie inside its country's Natural Earth shape (within a
 * quarter of a degree for coasts; regions without cities of their own within the country's extent).
 */
class PlaceShapeTests {

    /** Coasts at 1:10m lose harbours, spits and small islands; a quarter of a degree covers them. */
    private static final double TOLERANCE_DEGREES = 0.25;

    /** Natural Earth names for the countries whose gazetteer name differs. */
    private static final Map<String, String> NATURAL_EARTH = Map.ofEntries(
            Map.entry("AG", "Antigua and Barb."), Map.entry("AX", "Åland"), Map.entry("BA", "Bosnia and Herz."),
            Map.entry("BL", "St-Barthélemy"), Map.entry("BS", "Bahamas"), Map.entry("CD", "Dem. Rep. Congo"),
            Map.entry("CF", "Central African Rep."), Map.entry("CI", "Côte d'Ivoire"), Map.entry("CK", "Cook Is."),
            Map.entry("CV", "Cabo Verde"), Map.entry("CZ", "Czechia"), Map.entry("DO", "Dominican Rep."),
            Map.entry("EH", "W. Sahara"), Map.entry("FJ", "Fiji"), Map.entry("FK", "Falkland Is."),
            Map.entry("FO", "Faeroe Is."), Map.entry("GG", "Guernsey"), Map.entry("GM", "Gambia"),
            Map.entry("GQ", "Eq. Guinea"), Map.entry("HK", "Hong Kong"), Map.entry("IM", "Isle of Man"),
            Map.entry("KN", "St. Kitts and Nevis"), Map.entry("KY", "Cayman Is."), Map.entry("MF", "St-Martin"),
            Map.entry("MH", "Marshall Is."), Map.entry("MO", "Macao"), Map.entry("MP", "N. Mariana Is."),
            Map.entry("PF", "Fr. Polynesia"), Map.entry("PG", "Papua New Guinea"), Map.entry("PM", "St. Pierre and Miquelon"),
            Map.entry("SB", "Solomon Is."), Map.entry("SS", "S. Sudan"), Map.entry("ST", "São Tomé and Principe"),
            Map.entry("SX", "Sint Maarten"), Map.entry("SZ", "eSwatini"), Map.entry("TC", "Turks and Caicos Is."),
            Map.entry("TL", "Timor-Leste"), Map.entry("TT", "Trinidad and Tobago"), Map.entry("US", "United States of America"),
            Map.entry("VA", "Vatican"), Map.entry("VC", "St. Vin. and Gren."), Map.entry("VG", "British Virgin Is."),
            Map.entry("VI", "U.S. Virgin Is."), Map.entry("WF", "Wallis and Futuna Is."));

    /** Where Natural Earth draws a line the gazetteer's source does not (de facto control, disputes). */
    private static final Map<String, Set<String>> ALSO = Map.ofEntries(
            Map.entry("SO", Set.of("Somaliland")), Map.entry("CY", Set.of("N. Cyprus", "Cyprus U.N. Buffer Zone", "Akrotiri", "Dhekelia")),
            Map.entry("IL", Set.of("Palestine")), Map.entry("PS", Set.of("Israel")), Map.entry("UA", Set.of("Russia")),
            Map.entry("RU", Set.of("Ukraine")), Map.entry("MA", Set.of("W. Sahara")), Map.entry("EH", Set.of("Morocco")),
            Map.entry("KZ", Set.of("Baikonur")), Map.entry("IN", Set.of("Siachen Glacier")),
            Map.entry("CU", Set.of("USNB Guantanamo Bay")), Map.entry("SS", Set.of("Sudan")), Map.entry("GI", Set.of("Spain")));

    /** Atolls and islets the 1:10m shapes leave out, held to their country's extent instead. */
    private static final Set<String> ISLETS = Set.of("Tarawa (KI)", "Gilbert Islands (KI)", "Ebaye (MH)", "Khārk (IR)");

    private static boolean hasCities(PlaceGazetteer gazetteer, Place region) {
        return gazetteer.places().stream().anyMatch(c -> c.kind() == PlaceKind.CITY && c.country().equals(region.country())
                && region.name().equals(c.region()));
    }

    @Test
    void everyPlaceLiesInsideItsCountrysShape() {
        PlaceGazetteer gazetteer = PlaceGazetteer.loadDefault();
        BaseMap map = BaseMap.shared();
        Set<String> shapes = Set.copyOf(map.countryNames());
        Map<String, String> names = new HashMap<>();
        for (Place p : gazetteer.places()) {
            if (p.kind() == PlaceKind.COUNTRY) {
                String ne = NATURAL_EARTH.getOrDefault(p.country(), p.name());
                if (shapes.contains(ne)) {
                    names.put(p.country(), ne);
                }
            }
        }
        List<String> outside = new ArrayList<>();
        int checked = 0;
        for (Place p : gazetteer.places()) {
            String shape = names.get(p.country());
            if (p.kind() == PlaceKind.COUNTRY || !p.located() || shape == null) {
                continue;
            }
            checked++;
            boolean inside = map.contains(shape, p.lat(), p.lon(), TOLERANCE_DEGREES)
                    || ALSO.getOrDefault(p.country(), Set.of()).stream().anyMatch(s -> map.contains(s, p.lat(), p.lon(), TOLERANCE_DEGREES));
            if (!inside && (p.kind() == PlaceKind.REGION && !hasCities(gazetteer, p)
                    || ISLETS.contains(p.name() + " (" + p.country() + ")"))) {
                // a region without a city of its own (an atoll, an islet's parish) is held to its country's extent
                inside = map.withinExtent(shape, p.lat(), p.lon(), 0.5);
            }
            if (!inside) {
                outside.add(p.kind() + " " + p.name() + " (" + p.country() + ", " + p.region() + ") at " + p.lat() + "," + p.lon());
            }
        }
        System.out.println("gazetteer shape check: " + checked + " places in " + names.size() + " countries, " + outside.size() + " outside");
        outside.stream().limit(Integer.getInteger("shape.list", 50)).forEach(System.out::println);
        assertThat(names.size()).as("countries matched to a Natural Earth shape").isGreaterThan(200);
        assertThat(outside).as("places outside their country's shape").isEmpty();
    }
}
