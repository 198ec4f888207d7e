package io.sitrep.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The pure timing rules of digests and quiet hours. */
class DigestScheduleTests {

    private static final ChatSettings GMT = ChatSettings.defaults(1);

    @Test
    void quietHoursSpanMidnightInTheChatsZone() {
        QuietHours quiet = QuietHours.parse("22-7").orElseThrow();
        assertThat(quiet.contains(Instant.parse("2016-05-08T23:30:00Z"), ZoneOffset.UTC)).isTrue();
        assertThat(quiet.contains(Instant.parse("2016-05-08T07:00:00Z"), ZoneOffset.UTC)).isFalse();
        assertThat(quiet.contains(Instant.parse("2016-05-08T20:30:00Z"), ZoneOffset.ofHours(3))).isTrue();
        assertThat(quiet.endAfter(Instant.parse("2016-05-08T23:30:00Z"), ZoneOffset.UTC)).isEqualTo(Instant.parse("2016-05-09T07:00:00Z"));
        assertThat(QuietHours.parse("7-7")).isEmpty();
        assertThat(QuietHours.parse("25-3")).isEmpty();
    }

    @Test
    void nothingIsDueDuringQuietHoursEvenForInstantChats() {
        ChatSettings quiet = GMT.withQuiet(new QuietHours(22, 7));
        assertThat(DigestSchedule.isDue(quiet, Instant.parse("2016-05-08T22:10:00Z"), Instant.parse("2016-05-08T23:00:00Z"))).isFalse();
        assertThat(DigestSchedule.isDue(quiet, Instant.parse("2016-05-08T22:10:00Z"), Instant.parse("2016-05-09T07:00:00Z"))).isTrue();
    }

    @Test
    void dailyDigestIsDueOnceItsHourHasPassedSinceTheOldestHeldUpdate() {
        ChatSettings daily = GMT.withZone(ZoneOffset.ofHours(3)).withDailyHour(8);
        Instant held = Instant.parse("2016-05-08T06:00:00Z"); // 09:00 local, after today's 08:00
        assertThat(DigestSchedule.isDue(daily, held, Instant.parse("2016-05-08T20:00:00Z"))).isFalse();
        assertThat(DigestSchedule.isDue(daily, held, Instant.parse("2016-05-09T05:00:00Z"))).isTrue();
    }

    @Test
    void timeZonesAreReadAsTypedAndTimesShowGmtToo() {
        assertThat(TimeZones.parse("GMT+3")).contains(ZoneOffset.ofHours(3));
        assertThat(TimeZones.parse("-5:30")).contains(ZoneOffset.ofHoursMinutes(-5, -30));
        assertThat(TimeZones.parse("Europe/Kyiv")).isPresent();
        assertThat(TimeZones.parse("Mars/Olympus")).isEmpty();
        assertThat(TimeZones.parse("+99")).isEmpty();
        assertThat(TimeZones.describe(ZoneOffset.ofHoursMinutes(5, 30))).isEqualTo("GMT+5:30");
        assertThat(io.sitrep.briefing.Times.of(Instant.parse("2016-05-08T20:30:00Z"), ZoneOffset.ofHours(3)))
                .isEqualTo("23:30 (20:30 GMT)");
        assertThat(io.sitrep.briefing.Times.of(Instant.parse("2016-05-08T23:30:00Z"), ZoneOffset.ofHours(3), true))
                .isEqualTo("9 May, 02:30 (23:30 GMT)");
        assertThat(io.sitrep.briefing.Times.of(Instant.parse("2016-05-08T20:30:00Z"), ZoneOffset.UTC)).isEqualTo("20:30 GMT");
    }

    @Test
    void keywordFiltersArePlainWordsIgnoringCaseAndAccents() {
        KeywordFilter filter = new KeywordFilter(java.util.Set.of("tunnel", "daraa"), java.util.Set.of("football"));
        assertThat(filter.matches("Rebels dug TUNNELS")).isTrue();
        assertThat(filter.matches("Shelling in DAR\u00c1A")).isTrue();
        assertThat(filter.matches("A tunnel under the football stadium")).isFalse();
        assertThat(filter.matches("Nothing of interest")).isFalse();
        assertThat(KeywordFilter.normalise("(a|b)*")).isNull();
        assertThat(KeywordFilter.normalise("\u00c9vian")).isEqualTo("evian");
    }
}
