package io.sitrep.source;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Dates the clock times of a page: a time takes the day of the day heading above it, else the page's date, and its
 * zone label, else the page's zone; a run of undated times that goes backwards by hours has passed midnight.
 */
final class DraftTimes {

    private DraftTimes() {
    }

    static void assign(List<Draft> drafts, LocalDate pageDate, ZoneId pageZone) {
        List<Draft> timed = drafts.stream().filter(d -> d.time == null && d.localTime != null).toList();
        if (timed.isEmpty()) {
            return;
        }
        for (Draft draft : timed) {
            LocalDate day = draft.day != null ? draft.day : pageDate;
            draft.time = ZonedDateTime.of(day, draft.localTime, draft.zone != null ? draft.zone : pageZone).toInstant();
        }
        int descending = 0;
        int ascending = 0;
        for (int i = 1; i < timed.size(); i++) {
            int cmp = timed.get(i).time.compareTo(timed.get(i - 1).time);
            if (cmp < 0) {
                descending++;
            } else if (cmp > 0) {
                ascending++;
            }
        }
        List<Draft> chronological = new ArrayList<>(timed);
        if (descending >= ascending) {
            Collections.reverse(chronological); // newest on top, the usual live-blog order
        }
        LocalDate base = pageDate;
        int dayOffset = 0;
        Instant previous = null;
        for (Draft draft : chronological) {
            ZoneId zone = draft.zone != null ? draft.zone : pageZone;
            if (draft.day != null) {
                // A day heading says which day it is; the undated times after it count from that day.
                base = draft.day;
                dayOffset = 0;
                previous = draft.time;
                continue;
            }
            Instant at = ZonedDateTime.of(base.plusDays(dayOffset), draft.localTime, zone).toInstant();
            // A time that runs backwards by hours means the blog passed midnight: the UPDATE is on the next day.
            if (previous != null && at.isBefore(previous.minusSeconds(3 * 3600))) {
                dayOffset++;
                at = at.plus(Duration.ofDays(1));
            }
            draft.time = at;
            previous = at;
        }
    }
}
