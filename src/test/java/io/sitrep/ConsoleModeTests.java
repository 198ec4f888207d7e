package io.sitrep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's run command with no token: a terminal chat on the bundled sample, as a newcomer sees it. */
class ConsoleModeTests {

    @TempDir
    Path workDir;

    @Test
    void replayShowsTheSampleUpdatesArrivingAsPushesInTheTerminalEvenToAReaderWhoSubscribesLate() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "io.sitrep.SitrepApplication", "--replay", "--sitrep.console.replay-interval=1s"))
                .directory(workDir.toFile()).redirectErrorStream(true).start();
        StringBuilder screen = new StringBuilder();
        java.util.concurrent.BlockingQueue<String> lines = new java.util.concurrent.LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader terminal = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = terminal.readLine()) != null) {
                    lines.add(line);
                }
            } catch (java.io.IOException e) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        try (Writer keyboard = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
            long deadline = System.currentTimeMillis() + 90_000;
            long startAt = Long.MAX_VALUE;
            boolean started = false;
            boolean askedLatest = false;
            while (System.currentTimeMillis() < deadline) {
                if (!started && System.currentTimeMillis() >= startAt) {
                    // A newcomer reads the screen for a while first: several replay intervals pass before /start.
                    keyboard.write("/start\n");
                    keyboard.flush();
                    started = true;
                }
                String line = lines.poll(200, TimeUnit.MILLISECONDS);
                if (line == null) {
                    continue;
                }
                screen.append(line).append('\n');
                if (startAt == Long.MAX_VALUE && line.contains("Sitrep console chat")) {
                    startAt = System.currentTimeMillis() + 4_000;
                }
                if (!askedLatest && screen.toString().contains("UPDATE 20:30 GMT")) {
                    keyboard.write("/latest\n");
                    keyboard.flush();
                    askedLatest = true;
                }
                if (askedLatest && screen.toString().contains("Latest 2 UPDATEs")) {
                    break;
                }
            }
        } finally {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
            process.destroyForcibly();
        }
        String out = screen.toString();
        assertThat(out).contains("Sitrep console chat").contains("Welcome to Sitrep");
        assertThat(out.indexOf("UPDATE 10:00 GMT")).as("nothing is revealed before /start")
                .isGreaterThan(out.indexOf("Welcome to Sitrep"));
        assertThat(out.indexOf("UPDATE 10:00 GMT")).as("the older UPDATE is revealed first").isPositive()
                .isLessThan(out.indexOf("UPDATE 20:30 GMT"));
        assertThat(out).contains("Latest 2 UPDATEs").doesNotContain("<b>").doesNotContain("&amp;");
        assertThat(out).doesNotContain(" INFO ");
    }
}
