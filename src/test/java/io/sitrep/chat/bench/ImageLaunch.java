package io.sitrep.chat.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the Docker image launches Sitrep, read from its Dockerfile so a benchmark launches the jar the same way: the
 * JVM flags of the ENTRYPOINT (those between {@code java} and {@code -jar}) and the {@code JAVA_TOOL_OPTIONS} the
 * image sets.
 */
record ImageLaunch(List<String> entrypointFlags, String javaToolOptions) {

    private static final Pattern ENTRYPOINT = Pattern.compile("(?m)^ENTRYPOINT\\s*\\[(.*)]\\s*$");
    private static final Pattern ITEM = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern TOOL_OPTIONS = Pattern.compile("(?m)^ENV\\s+JAVA_TOOL_OPTIONS=\"([^\"]*)\"");

    static ImageLaunch of(Path dockerfile) throws IOException {
        return parse(Files.readString(dockerfile));
    }

    static ImageLaunch parse(String dockerfile) {
        Matcher entrypoint = ENTRYPOINT.matcher(dockerfile);
        if (!entrypoint.find()) {
            throw new IllegalArgumentException("the Dockerfile has no ENTRYPOINT in exec form");
        }
        List<String> items = new ArrayList<>();
        Matcher item = ITEM.matcher(entrypoint.group(1));
        while (item.find()) {
            items.add(item.group(1));
        }
        int jar = items.indexOf("-jar");
        if (items.isEmpty() || !items.get(0).equals("java") || jar < 0) {
            throw new IllegalArgumentException("the ENTRYPOINT is not java [flags] -jar ...: " + items);
        }
        Matcher options = TOOL_OPTIONS.matcher(dockerfile);
        return new ImageLaunch(List.copyOf(items.subList(1, jar)), options.find() ? options.group(1) : "");
    }

    /** The ENTRYPOINT's flags with the image's archive {@code sitrep.jsa} replaced by this one. */
    List<String> flagsWithArchive(Path archive) {
        return entrypointFlags.stream()
                .map(flag -> flag.equals("-XX:SharedArchiveFile=sitrep.jsa") ? "-XX:SharedArchiveFile=" + archive : flag)
                .toList();
    }
}
