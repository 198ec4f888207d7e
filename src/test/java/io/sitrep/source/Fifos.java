package io.sitrep.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/** Named pipes for tests of inputs that are not regular files; a test is skipped where {@code mkfifo} is missing. */
final class Fifos {

    private Fifos() {
    }

    static Path make(Path path) throws Exception {
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            Assumptions.abort("mkfifo is not available here: " + e.getMessage());
            throw e;
        }
        Assumptions.assumeTrue(mkfifo.waitFor(5, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
        Assumptions.assumeTrue(Files.exists(path) && !Files.isRegularFile(path), "no FIFO was made");
        return path;
    }
}
