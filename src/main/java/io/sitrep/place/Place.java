package io.sitrep.place;

import java.util.List;

/**
 * One gazetteer entry: a city, town or village, a first-level region, or a country.
 *
 * @param name display name
 * @param asciiName the name in plain ASCII
 * @param aliases other spellings and transliterations
 * @param kind city, region or country
 * @param country ISO 3166-1 alpha-2 code
 * @param region first-level region (admin1) name, null for regions, countries and places whose region is unknown
 * @param lat latitude in degrees (NaN, with lon, for a place read from its context that the gazetteer lacks)
 * @param lon longitude in degrees
 * @param population population, 0 when unknown (regions and countries: the sum over the cities kept)
 */
public record Place(String name, String asciiName, List<String> aliases, PlaceKind kind, String country,
                    String region, double lat, double lon, long population) {

    public Place {
        aliases = List.copyOf(aliases);
    }

    /** Whether the place has coordinates; a village read only from its context ("the village of X") has none. */
    public boolean located() {
        return !Double.isNaN(lat) && !Double.isNaN(lon);
    }

    /** The bot command for this place, e.g. {@code khantuman} for Khan Tuman. */
    public String command() {
        return PlaceNames.commandOf(asciiName);
    }

    /** The short JSON-friendly view used by {@code analyze}. */
    public PlaceSummary summary() {
        return new PlaceSummary(name, region, country, Math.round(lat * 100) / 100.0, Math.round(lon * 100) / 100.0);
    }
}
