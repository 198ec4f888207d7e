package io.sitrep.place;

/** What sort of area a gazetteer entry names. */
public enum PlaceKind {
    CITY, REGION, COUNTRY
}
