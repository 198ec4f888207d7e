package io.sitrep.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageAnalyzerTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int analyze(String... args) {
        return PageAnalyzer.withDefaults().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aPathWithoutASchemeIsReadAsAFileAndPrintedAsJson() throws Exception {
        Path page = Files.writeString(dir.resolve("syria daily.html"), LivePage.sample());

        int exit = analyze(page.toString());

        assertThat(exit).isZero();
        JsonNode report = json();
        assertThat(report.get("source").asText()).isEqualTo(page.toUri().toString());
        assertThat(report.get("title").asText()).startsWith("Syria Daily, May 8");
        assertThat(report.get("format").asText()).isEqualTo("inline");
        assertThat(report.get("entries")).hasSize(9);
        JsonNode first = report.get("entries").get(0);
        assertThat(first.get("kind").asText()).isEqualTo("UPDATE");
        assertThat(first.get("time").asText()).isEqualTo("2016-05-08T20:30:00Z");
        assertThat(first.get("headline").asText()).startsWith("The Jaish al-Fateh rebel bloc claims");
        assertThat(first.get("text").asText()).contains("\n\nThe bloc says that it destroyed four armored vehicles.");
        assertThat(first.get("places").isArray()).isTrue();
        assertThat(first.get("places")).isEmpty();
        assertThat(first.get("casualties")).isEmpty();
        assertThat(report.get("entries").get(3).get("time").isNull()).isTrue();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void feedsAndJsonLdPagesAreAnalysedInTheirOwnFormat() throws Exception {
        assertThat(analyze("classpath:io/sitrep/source/feed-atom.xml")).isZero();
        assertThat(json().get("format").asText()).isEqualTo("feed");
        out.reset();

        assertThat(analyze("--format=jsonld", "classpath:io/sitrep/source/jsonld-live-blog.html")).isZero();
        assertThat(json().get("entries")).hasSize(3);
        assertThat(json().get("entries").get(0).get("id").asText()).hasSize(10);
    }

    @Test
    void anUnreadableInputIsOneLineOnStderrAndExitCodeOne() {
        int exit = analyze(dir.resolve("missing.html").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("sitrep analyze: cannot read file:")
                .contains("missing.html").hasLineCount(1);
    }

    @Test
    void aLoopbackUrlIsRefusedUnlessAllowed() {
        assertThat(analyze("http://127.0.0.1:9/live")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("non-public address 127.0.0.1").hasLineCount(1);
    }

    @Test
    void badUsageExplainsItself() {
        assertThat(analyze()).isEqualTo(2);
        assertThat(analyze("--format=pdf", "x.html")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: sitrep analyze");
    }

    @Test
    void aFifoOrADirectoryIsRefusedAtOnceInsteadOfHanging() throws Exception {
        Path fifo = Fifos.make(dir.resolve("pipe.html"));

        int exit = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                () -> analyze(fifo.toString()));
        int directory = analyze(dir.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(directory).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("pipe.html").contains("not a regular file (a FIFO"))
                .anySatisfy(line -> assertThat(line).contains("not a regular file (a directory)"));
    }

    @Test
    void secretsInTheAnalysedUrlAreNotPrinted() throws Exception {
        String withoutCanonical = LivePage.sample().replaceAll("<link rel=\"canonical\"[^>]*>", "")
                .replaceAll("<meta property=\"og:url\"[^>]*>", "");
        try (LivePage page = new LivePage(withoutCanonical)) {
            assertThat(analyze("--allow-private", page.url() + "?apikey=K3YVALUE&day=8")).isEqualTo(0);
        }
        assertThat(analyze("--allow-private", "https://editor:hunter2@127.0.0.1:9/live?apikey=K3YVALUE")).isEqualTo(1);

        assertThat(json().path("url").asText()).endsWith("/2016/05/syria-daily/?apikey=***&day=8");
        assertThat(out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8))
                .doesNotContain("hunter2").doesNotContain("K3YVALUE");
    }
}
