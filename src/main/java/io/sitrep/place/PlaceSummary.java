package io.sitrep.place;

/** The short view of a place that the bot prints or serialises: name, region, country and position. */
public record PlaceSummary(String name, String region, String country, double lat, double lon) {
}
