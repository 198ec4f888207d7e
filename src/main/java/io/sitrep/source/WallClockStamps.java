package io.sitrep.source;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Tells when the {@code <time datetime>} stamps of a page's blocks say UTC but hold the newsroom's wall clock: some
 * systems write the reporter's local "16:48" as {@code 16:48Z}. The page gives itself away in one of two ways: its
 * newest block would lie later than the page says it was modified, by the page zone's offset; or each block shows
 * the very clock its stamp holds in UTC while the page's own stamp is shown in the page's zone.
 */
final class WallClockStamps {

    private static final Pattern SAYS_UTC = Pattern.compile("(?i)(?:z|[+-]00:?00|\\s?utc|\\s?gmt)$");
    private static final Duration SLACK = Duration.ofMinutes(3);
    private static final int MIN_STAMPS = 3;

    private WallClockStamps() {
    }

    /** Whether the stamps of these time elements (the blocks of one container) are wall-clock times marked UTC. */
    static boolean areWallClock(Collection<Element> timeElements, Document document, Supplier<ZoneId> pageZone) {
        List<Element> claims = timeElements.stream().filter(e -> SAYS_UTC.matcher(e.attr("datetime").trim()).find()).toList();
        if (claims.size() < MIN_STAMPS || claims.size() * 10 < timeElements.size() * 8) {
            return false;
        }
        Instant newest = null;
        int shownAsUtc = 0;
        for (Element stamp : claims) {
            Optional<Instant> at = BlockReader.stampTime(stamp.attr("datetime"));
            if (at.isEmpty()) {
                return false;
            }
            if (newest == null || at.get().isAfter(newest)) {
                newest = at.get();
            }
            Optional<LocalTime> shown = shownClock(stamp);
            if (shown.isPresent() && !shown.get().equals(clock(at.get(), ZoneOffset.UTC))) {
                return false; // the page shows another clock than the stamp's UTC one: the stamp is a true instant
            }
            shownAsUtc += shown.isPresent() ? 1 : 0;
        }
        ZoneId zone = pageZone.get();
        long offset = zone.getRules().getOffset(newest).getTotalSeconds();
        if (offset == 0) {
            return false;
        }
        Optional<Instant> modified = LiveBlogParser.modifiedTime(document).or(() -> LiveBlogParser.publishedTime(document))
                .map(ZonedDateTime::toInstant);
        if (offset > 0 && modified.isPresent() && newest.isAfter(modified.get().plus(SLACK))
                && !newest.minusSeconds(offset).isAfter(modified.get().plus(SLACK))) {
            return true;
        }
        return shownAsUtc >= MIN_STAMPS && shownAsUtc * 10 >= claims.size() * 8 && showsOwnStampInZone(document, claims, zone);
    }

    /** A stamp elsewhere on the page (its own "updated" time) whose visible clock is that instant in the page's zone. */
    private static boolean showsOwnStampInZone(Document document, List<Element> claims, ZoneId zone) {
        Set<Element> blocks = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        blocks.addAll(claims);
        for (Element time : document.select("time[datetime]")) {
            if (blocks.contains(time)) {
                continue;
            }
            Optional<Instant> at = BlockReader.stampTime(time.attr("datetime"));
            Optional<LocalTime> shown = shownClock(time);
            if (at.isPresent() && shown.isPresent() && shown.get().equals(clock(at.get(), zone))
                    && !shown.get().equals(clock(at.get(), ZoneOffset.UTC))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<LocalTime> shownClock(Element stamp) {
        String text = stamp.text().trim();
        if (text.isEmpty() || text.length() > 24) {
            return Optional.empty();
        }
        return ClockText.atStart(text).map(ClockText.Found::time);
    }

    private static LocalTime clock(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalTime().truncatedTo(ChronoUnit.MINUTES);
    }
}
