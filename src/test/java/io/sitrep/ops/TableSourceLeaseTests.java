package io.sitrep.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.sitrep.shared.SitrepProperties;
import io.sitrep.source.SourceStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Source leases in a database shared by several instances (H2, and PostgreSQL when running). */
class TableSourceLeaseTests {

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aSourceHasOneReaderAndAnotherTakesOverWithinTwoIntervalsWhenItStops(String kind) {
        try (TestDatabase db = TestDatabase.of(kind)) {
            JdbcClient jdbc = JdbcClient.create(db.migrated());
            MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
            List<String> followed = new CopyOnWriteArrayList<>();
            TableSourceLease a = new TableSourceLease(jdbc, new SourceStatus(), clock, "a", followed::add);
            TableSourceLease b = new TableSourceLease(jdbc, new SourceStatus(), clock, "b", followed::add);
            SitrepProperties.Source source = new SitrepProperties.Source("Daily", "https://example.org/", Duration.ofSeconds(60));

            assertThat(a.tryAcquire(source)).isTrue();
            assertThat(b.tryAcquire(source)).isFalse();
            assertThat(followed).containsExactly("Daily");
            clock.advance(Duration.ofSeconds(59));
            assertThat(a.tryAcquire(source)).as("the holder renews").isTrue();
            clock.advance(Duration.ofSeconds(59));
            assertThat(b.tryAcquire(source)).isFalse();

            // a stops (dies) after its read at 59s: b, asking once per interval, gets the source within two intervals
            clock.advance(Duration.ofSeconds(60));
            assertThat(b.tryAcquire(source)).as("178s: within two intervals of a's last read at 59s").isTrue();
            assertThat(a.tryAcquire(source)).isFalse();
            assertThat(b.holder("Daily")).contains("b");

            b.releaseAll();
            assertThat(a.tryAcquire(source)).as("a clean shutdown hands the lease over at once").isTrue();
        }
    }
}
