package io.sitrep.map;

import java.util.List;

/**
 * A country of the base map: its name and its rings (outer rings and holes, filled even-odd).
 *
 * @param name short English name from Natural Earth
 * @param rings polygon rings in Mercator units
 * @param bounds union of the rings' bounding boxes
 */
record Country(String name, List<Outline> rings, Outline bounds) {

    boolean overlaps(double west, double south, double east, double north) {
        return bounds.overlaps(west, south, east, north);
    }
}
