package io.sitrep.source;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An entry being assembled by one of the ways of reading a page, before it gets its id. */
final class Draft {

    final EntryKind kind;
    String headline;
    LocalTime localTime;
    ZoneId zone;
    /** The day a day heading above it names, when there is one. */
    LocalDate day;
    final List<String> paragraphs = new ArrayList<>();
    final Set<String> links = new LinkedHashSet<>();
    final Set<String> media = new LinkedHashSet<>();
    Instant time;
    /** Where its time came from: {@code time-element}, {@code clock-at-start}, {@code jsonld}... */
    String timeSource;
    /** The id of the block it was read from, when the block has one: the steadiest key for its id. */
    String anchor;
    /** True when a heading that opens with a clock began it ("11.04 Uhr: ..."), the shape of a news ticker. */
    boolean clockHeading;

    Draft(EntryKind kind, String headline, LocalTime localTime, ZoneId zone) {
        this.kind = kind;
        this.headline = headline;
        this.localTime = localTime;
        this.zone = zone;
    }

    void addLinksAndMedia(LiveBlogParser.Block block) {
        if (!block.text().isEmpty()) {
            links.addAll(block.links()); // a link with no words to read (share icons) is not the entry's
        }
        media.addAll(block.media());
    }

    boolean isEmpty() {
        return paragraphs.isEmpty() && (headline == null || headline.isEmpty());
    }
}
