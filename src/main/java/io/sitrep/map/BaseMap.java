package io.sitrep.map;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Country shapes and borders from Natural Earth 1:10m, loaded once from the
 * {@code map/basemap-10m.bin.gz} resource (built by {@code src/tools/basemap/build-basemap.mjs}).
 */
public final class BaseMap {

    /** Classpath location of the bundled base map. */
    public static final String RESOURCE = "/map/basemap-10m.bin.gz";

    private final List<Country> countries;
    private final List<Outline> borders;
    private final Duration loadTime;

    private BaseMap(List<Country> countries, List<Outline> borders, Duration loadTime) {
        this.countries = countries;
        this.borders = borders;
        this.loadTime = loadTime;
    }

    /** The bundled base map, read on first use and shared afterwards. */
    public static BaseMap shared() {
        return Holder.INSTANCE;
    }

    /** Reads the bundled base map afresh. */
    public static BaseMap loadBundled() {
        try (InputStream in = BaseMap.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("base map resource missing: " + RESOURCE);
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read base map " + RESOURCE, e);
        }
    }

    /** Reads a gzip base map in the format written by {@code build-basemap.mjs}. */
    public static BaseMap load(InputStream gzip) throws IOException {
        long started = System.nanoTime();
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(gzip, 1 << 16), 1 << 16));
        byte[] magic = in.readNBytes(4);
        if (!"SRBM".equals(new String(magic, StandardCharsets.US_ASCII)) || in.readUnsignedByte() != 1) {
            throw new IOException("not a version 1 Sitrep base map");
        }
        double scaleX = in.readDouble();
        double scaleY = in.readDouble();
        double translateX = in.readDouble();
        double translateY = in.readDouble();

        float[][] arcs = new float[readVarint(in)][];
        for (int a = 0; a < arcs.length; a++) {
            int points = readVarint(in);
            float[] xy = new float[points * 2];
            long qx = 0;
            long qy = 0;
            for (int p = 0; p < points; p++) {
                qx += readSignedVarint(in);
                qy += readSignedVarint(in);
                xy[2 * p] = (float) Projection.mercatorX(qx * scaleX + translateX);
                xy[2 * p + 1] = (float) Projection.mercatorY(qy * scaleY + translateY);
            }
            arcs[a] = xy;
        }

        int[] firstUser = new int[arcs.length];
        boolean[] shared = new boolean[arcs.length];
        Arrays.fill(firstUser, -1);
        int countryCount = readVarint(in);
        List<Country> countries = new ArrayList<>(countryCount);
        for (int c = 0; c < countryCount; c++) {
            String name = new String(in.readNBytes(readVarint(in)), StandardCharsets.UTF_8);
            List<Outline> rings = new ArrayList<>();
            int polygons = readVarint(in);
            for (int p = 0; p < polygons; p++) {
                int ringCount = readVarint(in);
                for (int r = 0; r < ringCount; r++) {
                    int[] refs = new int[readVarint(in)];
                    for (int i = 0; i < refs.length; i++) {
                        refs[i] = readSignedVarint(in);
                        int arc = refs[i] < 0 ? ~refs[i] : refs[i];
                        if (firstUser[arc] == -1) {
                            firstUser[arc] = c;
                        } else if (firstUser[arc] != c) {
                            shared[arc] = true;
                        }
                    }
                    for (float[] ring : acrossAntimeridian(stitch(arcs, refs))) {
                        rings.add(Outline.of(ring));
                    }
                }
            }
            countries.add(new Country(name, List.copyOf(rings), union(rings)));
        }
        List<Outline> borders = new ArrayList<>();
        for (int a = 0; a < arcs.length; a++) {
            if (shared[a]) {
                for (float[] line : acrossAntimeridian(arcs[a])) {
                    borders.add(Outline.of(line));
                }
            }
        }
        Duration loadTime = Duration.ofNanos(System.nanoTime() - started);
        return new BaseMap(List.copyOf(countries), List.copyOf(borders), loadTime);
    }

    /** How long reading and decoding took. */
    public Duration loadTime() {
        return loadTime;
    }

    /** Number of countries and territories. */
    public int countryCount() {
        return countries.size();
    }

    /** Names of all countries and territories, in file order. */
    public List<String> countryNames() {
        return countries.stream().map(Country::name).toList();
    }

    List<Country> countries() {
        return countries;
    }

    /**
     * Whether a point lies inside the named country's shape, or within {@code toleranceDegrees} of it (coasts at
     * 1:10m cut off harbours and small islands). False when no country has that name.
     */
    public boolean contains(String countryName, double lat, double lon, double toleranceDegrees) {
        for (Country c : countries) {
            if (!c.name().equals(countryName)) {
                continue;
            }
            if (inside(c, Projection.mercatorX(lon), Projection.mercatorY(lat))) {
                return true;
            }
            // probe rings at a fifth, two fifths ... of the tolerance, eight directions each
            for (int step = 1; step <= 5; step++) {
                double r = toleranceDegrees * step / 5;
                for (int k = 0; k < 8; k++) {
                    double a = Math.PI / 4 * k;
                    if (inside(c, Projection.mercatorX(lon + r * Math.cos(a)), Projection.mercatorY(lat + r * Math.sin(a)))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether a point lies within the bounding box of one of the named country's rings, widened by
     * {@code marginDegrees}: the looser test for atolls and islets the 1:10m shapes leave out.
     */
    public boolean withinExtent(String countryName, double lat, double lon, double marginDegrees) {
        double x = Projection.mercatorX(lon);
        double y = Projection.mercatorY(lat);
        double mx = Math.toRadians(marginDegrees);
        double my = Math.abs(Projection.mercatorY(lat + marginDegrees) - y);
        for (Country c : countries) {
            if (c.name().equals(countryName)) {
                for (Outline ring : c.rings()) {
                    if (ring.overlaps(x - mx, y - my, x + mx, y + my)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Even-odd point-in-polygon over all of a country's rings, in Mercator units. */
    private static boolean inside(Country c, double x, double y) {
        if (!c.overlaps(x, y, x, y)) {
            return false;
        }
        boolean in = false;
        for (Outline ring : c.rings()) {
            if (!ring.overlaps(x, y, x, y)) {
                continue;
            }
            float[] xy = ring.coordinates();
            int n = xy.length / 2;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double xi = xy[2 * i];
                double yi = xy[2 * i + 1];
                double xj = xy[2 * j];
                double yj = xy[2 * j + 1];
                if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                    in = !in;
                }
            }
        }
        return in;
    }

    /** Land borders between two countries (coastlines are the rest of the country rings). */
    List<Outline> borders() {
        return borders;
    }

    private static float[] stitch(float[][] arcs, int[] refs) {
        int total = 0;
        for (int ref : refs) {
            total += arcs[ref < 0 ? ~ref : ref].length;
        }
        float[] ring = new float[total];
        int n = 0;
        for (int i = 0; i < refs.length; i++) {
            boolean reversed = refs[i] < 0;
            float[] arc = arcs[reversed ? ~refs[i] : refs[i]];
            int points = arc.length / 2;
            for (int p = i == 0 ? 0 : 1; p < points; p++) {
                int source = reversed ? points - 1 - p : p;
                ring[n++] = arc[2 * source];
                ring[n++] = arc[2 * source + 1];
            }
        }
        return Arrays.copyOf(ring, n);
    }

    /**
     * Natural Earth shapes may jump across the antimeridian (179° to −179°). Such a shape is made
     * continuous (running past ±180°) and returned together with a copy shifted by 360°, so the part
     * that sticks out is drawn on the other side of the map. Other shapes come back unchanged.
     */
    static List<float[]> acrossAntimeridian(float[] xy) {
        float fullTurn = (float) (2 * Math.PI);
        float shift = 0;
        float[] unwrapped = null;
        for (int i = 2; i < xy.length; i += 2) {
            float step = xy[i] - xy[i - 2];
            if (Math.abs(step) > Math.PI) {
                if (unwrapped == null) {
                    unwrapped = xy.clone();
                }
                shift -= Math.signum(step) * fullTurn;
            }
            if (unwrapped != null) {
                unwrapped[i] = xy[i] + shift;
            }
        }
        if (unwrapped == null || Math.abs(shift) > 1e-3 && isClosed(xy)) {
            return List.of(xy); // nothing to mend, or a ring around a pole that must keep its jumps
        }
        float[] copy = unwrapped.clone();
        float direction = 0;
        for (int i = 0; i < unwrapped.length; i += 2) {
            if (unwrapped[i] > Math.PI + 1e-6) {
                direction = -1;
                break;
            }
            if (unwrapped[i] < -Math.PI - 1e-6) {
                direction = 1;
                break;
            }
        }
        for (int i = 0; i < copy.length; i += 2) {
            copy[i] += direction * fullTurn;
        }
        return direction == 0 ? List.of(unwrapped) : List.of(unwrapped, copy);
    }

    private static boolean isClosed(float[] xy) {
        int n = xy.length;
        return n >= 4 && xy[0] == xy[n - 2] && xy[1] == xy[n - 1];
    }

    private static Outline union(List<Outline> rings) {
        double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (Outline ring : rings) {
            minX = Math.min(minX, ring.minX());
            minY = Math.min(minY, ring.minY());
            maxX = Math.max(maxX, ring.maxX());
            maxY = Math.max(maxY, ring.maxY());
        }
        return new Outline(new float[0], minX, minY, maxX, maxY);
    }

    private static int readVarint(DataInputStream in) throws IOException {
        long value = 0;
        int shift = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("truncated base map");
            }
            value |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return Math.toIntExact(value);
            }
            shift += 7;
            if (shift > 35) {
                throw new IOException("varint too long in base map");
            }
        }
    }

    private static int readSignedVarint(DataInputStream in) throws IOException {
        int zigzag = readVarint(in);
        return (zigzag >>> 1) ^ -(zigzag & 1);
    }

    private static final class Holder {
        static final BaseMap INSTANCE = loadBundled();
    }
}
