package io.sitrep.map;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * What to draw: a title (such as the source name), the time range it covers, the places,
 * and optionally an explicit area to show instead of fitting the view to the places.
 *
 * <p>Being a record of records, equal requests are {@code equals} and share a {@code hashCode},
 * so a request can key an in-memory cache directly; {@link #cacheKey()} gives a stable text key.
 *
 * @param title headline, e.g. the source name
 * @param timeRange human-readable time range, e.g. "12 May 2016, 06:00–18:00 UTC"
 * @param points places to show; those without coordinates are skipped and reported
 * @param focus area to show, or {@code null} to fit the places
 * @param labels the words drawn in the picture, in the reader's language; English when {@code null}
 */
public record MapRequest(String title, String timeRange, List<MapPoint> points, BoundingBox focus, MapLabels labels) {

    public MapRequest {
        title = Objects.requireNonNullElse(title, "");
        timeRange = Objects.requireNonNullElse(timeRange, "");
        points = points == null ? List.of() : points.stream().filter(Objects::nonNull).toList();
        labels = Objects.requireNonNullElse(labels, MapLabels.ENGLISH);
    }

    /** A request drawn with English labels. */
    public MapRequest(String title, String timeRange, List<MapPoint> points, BoundingBox focus) {
        this(title, timeRange, points, focus, MapLabels.ENGLISH);
    }

    /** A request whose view fits its places. */
    public MapRequest(String title, String timeRange, List<MapPoint> points) {
        this(title, timeRange, points, null);
    }

    /** A SHA-256 hex digest of every field, stable across JVM runs (for file names or shared caches). */
    public String cacheKey() {
        StringBuilder text = new StringBuilder();
        text.append(title).append('\u0000').append(timeRange).append('\u0000').append(focus).append('\u0000').append(labels).append('\u0000');
        for (MapPoint point : points) {
            text.append(point).append('\u0000');
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
