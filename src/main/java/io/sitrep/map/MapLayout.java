package io.sitrep.map;

import java.util.List;

/**
 * Where everything went on a rendered map, for callers and tests: the projection, the map area,
 * each marker, each label, the places whose labels were dropped for lack of room, and the panels
 * (title, legend, credits) drawn over the map.
 *
 * @param projection projection used for the map area
 * @param mapArea part of the image showing the map
 * @param markers markers drawn, in drawing order
 * @param labels labels drawn, place labels first
 * @param unlabelled names of places drawn without a label because it would have overlapped
 * @param panels boxes of the title band, legend and credits
 */
record MapLayout(Projection projection, PixelBox mapArea, List<PlacedMarker> markers, List<PlacedLabel> labels,
                        List<String> unlabelled, List<PixelBox> panels) {

    public MapLayout {
        markers = List.copyOf(markers);
        labels = List.copyOf(labels);
        unlabelled = List.copyOf(unlabelled);
        panels = List.copyOf(panels);
    }

    /** Labels of the given kind. */
    public List<PlacedLabel> labels(LabelKind kind) {
        return labels.stream().filter(label -> label.kind() == kind).toList();
    }
}
