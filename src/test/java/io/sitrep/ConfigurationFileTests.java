package io.sitrep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** An operator reading the README's settings table finds every one of them in {@code config/application.yml}. */
class ConfigurationFileTests {

    private static final Pattern TABLE_ROW = Pattern.compile("^\\| (`sitrep\\.[^|]*)\\|");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    @Test
    void everySettingTheReadmeListsIsInTheConfigurationFile() throws IOException {
        Set<String> documented = readmeSettings();
        Set<String> inFile = new LinkedHashSet<>();
        Object root = new Yaml().load(Files.readString(Path.of("config/application.yml")));
        flatten("", root, inFile);
        String comments = commentLines();

        List<String> missing = new ArrayList<>();
        for (String key : documented) {
            String last = key.substring(key.lastIndexOf('.') + 1);
            boolean found = inFile.contains(key)
                    // a setting whose default depends on others is shown commented out ("# instance-id: sitrep-1")
                    || comments.contains(" " + last + ": ")
                    // list items (sources[N].x) are documented in the comment block above the list
                    || (key.startsWith("sitrep.sources[N].") && comments.contains(" " + last + " "));
            if (!found) {
                missing.add(key);
            }
        }
        assertThat(documented).hasSizeGreaterThan(40);
        assertThat(missing).as("settings in the README's table but not in config/application.yml").isEmpty();
    }

    /** The first column of the README's settings table, short forms ({@code webhook-url, webhook-secret}) expanded. */
    private static Set<String> readmeSettings() throws IOException {
        Set<String> keys = new LinkedHashSet<>();
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            Matcher row = TABLE_ROW.matcher(line);
            if (!row.find()) {
                continue;
            }
            String prefix = null;
            Matcher code = CODE.matcher(row.group(1));
            while (code.find()) {
                String name = code.group(1);
                if (name.startsWith("sitrep.")) {
                    keys.add(name);
                    prefix = name.substring(0, name.lastIndexOf('.') + 1);
                } else if (prefix != null) {
                    keys.add(prefix + (name.startsWith(".") ? name.substring(1) : name));
                }
            }
        }
        return keys;
    }

    private static void flatten(String path, Object node, Set<String> into) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(path.isEmpty() ? String.valueOf(k) : path + "." + k, v, into));
        } else if (node instanceof List<?> list) {
            into.add(path);
            for (Object item : list) {
                flatten(path + "[N]", item, into);
            }
        } else {
            into.add(path);
        }
    }

    private static String commentLines() throws IOException {
        StringBuilder all = new StringBuilder();
        for (String line : Files.readAllLines(Path.of("config/application.yml"))) {
            String t = line.strip();
            if (t.startsWith("#")) {
                all.append(' ').append(t.substring(1)).append(' ');
            }
        }
        return all.toString();
    }
}
