package io.sitrep.chat.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ImageLaunchTests {

    @Test
    void theBenchLaunchesWithTheImagesOwnJvmSettings() throws Exception {
        ImageLaunch image = ImageLaunch.of(Path.of("Dockerfile"));

        assertThat(image.entrypointFlags()).contains("-XX:SharedArchiveFile=sitrep.jsa");
        assertThat(image.flagsWithArchive(Path.of("/tmp/x/sitrep.jsa")))
                .contains("-XX:SharedArchiveFile=/tmp/x/sitrep.jsa").doesNotContain("-XX:SharedArchiveFile=sitrep.jsa");
        assertThat(image.javaToolOptions()).contains("-XX:+UseSerialGC");
    }

    @Test
    void readsTheFlagsBetweenJavaAndJar() {
        ImageLaunch image = ImageLaunch.parse("""
                FROM x
                ENV JAVA_TOOL_OPTIONS="-Xss1m -Dfoo=bar"
                ENTRYPOINT ["java", "-XX:SharedArchiveFile=sitrep.jsa", "-Xlog:cds=off", "-jar", "sitrep.jar", "--x=y"]
                """);

        assertThat(image.entrypointFlags()).containsExactly("-XX:SharedArchiveFile=sitrep.jsa", "-Xlog:cds=off");
        assertThat(image.javaToolOptions()).isEqualTo("-Xss1m -Dfoo=bar");
    }

    @Test
    void anEntrypointThatIsNotJavaDashJarIsRefused() {
        assertThatThrownBy(() -> ImageLaunch.parse("ENTRYPOINT [\"sh\", \"-c\", \"run\"]\n"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
