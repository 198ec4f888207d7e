/**
 * Renders the {@code /map} picture: a PNG of the places mentioned in a briefing, drawn with plain Java2D
 * on Natural Earth country shapes.
 *
 * <p>Typical use (the renderer is thread-safe; make one and share it):
 * <pre>{@code
 * MapRenderer renderer = new MapRenderer();          // the bundled base map is read once, on the first render
 * renderer.warmUp();                                 // optional, at start-up
 * MapResult result = renderer.render(new MapRequest("Al Jazeera", "12 May, 06:00–18:00 UTC", points));
 * byte[] png = result.png();                         // 1280×960, typically 50–450 KB
 * String note = result.skippedNote();                // "" or "Not on the map (no coordinates): …"
 * }</pre>
 *
 * <p>{@link io.sitrep.map.MapRequest} is a record of records, so it can key a Caffeine cache as is;
 * {@link io.sitrep.map.MapRequest#cacheKey()} gives a stable SHA-256 text key for caches that outlive the JVM.
 */
package io.sitrep.map;
