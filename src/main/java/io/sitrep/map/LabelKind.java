package io.sitrep.map;

/** What a label names: a place from the request, or a country of the base map. */
enum LabelKind {
    PLACE,
    COUNTRY
}
