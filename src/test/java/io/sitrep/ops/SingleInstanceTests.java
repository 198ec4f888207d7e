package io.sitrep.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.sitrep.SitrepRunner;
import io.sitrep.chat.FakeBotApi;
import io.sitrep.shared.SqlTime;
import io.sitrep.source.LivePage;
import io.sitrep.source.SourceStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One instance alone (sitrep.cluster.enabled false, the default) reads every source without asking the database. */
class SingleInstanceTests {

    @TempDir
    Path data;

    @Test
    void aLoneInstanceReadsItsSourcesAtOnceEvenWhereAnEarlierClusterLeftALeaseAndNeverWritesOne() throws Exception {
        try (FakeBotApi telegram = new FakeBotApi(); LivePage page = new LivePage(LivePage.sample())) {
            try (ConfigurableApplicationContext first = SitrepRunner.start(telegram, page.url(), data, Map.of())) {
                awaitRead(first);
                assertThat(leases(first)).as("one instance polling keeps no lease").isEmpty();
                // As an instance of a cluster that was stopped by kill -9 would leave it: its lease runs for an hour.
                JdbcClient.create(first.getBean(javax.sql.DataSource.class))
                        .sql("INSERT INTO source_lease (source, owner, expires_at) VALUES (?, ?, ?)")
                        .params("Test Daily", "gone-instance", SqlTime.of(Instant.now().plus(Duration.ofHours(1)))).update();
            }
            int readsBefore = page.requestCount();
            try (ConfigurableApplicationContext again = SitrepRunner.start(telegram, page.url(), data, Map.of())) {
                awaitRead(again);
                await().atMost(Duration.ofSeconds(10)).until(() -> page.requestCount() >= readsBefore + 3); // polls go on
                assertThat(leases(again)).as("polls write nothing to the lease table").containsExactly("gone-instance");
            }
        }
    }

    private static void awaitRead(ConfigurableApplicationContext app) {
        SourceStatus status = app.getBean(SourceStatus.class);
        await().atMost(Duration.ofSeconds(15)).until(() -> status.of("Test Daily").lastSuccess() != null);
    }

    private static List<String> leases(ConfigurableApplicationContext app) {
        return app.getBean(JdbcClient.class).sql("SELECT owner FROM source_lease").query(String.class).list();
    }
}
