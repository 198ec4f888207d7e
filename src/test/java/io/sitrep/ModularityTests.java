package io.sitrep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(SitrepApplication.class);

    @Test
    void modulesHaveNoCyclesAndNoReachIntoAnotherModulesInternals() {
        modules.verify();
    }

    @Test
    void writesTheModuleDiagramIntoDocs() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (Stream<Path> written = Files.list(Path.of("docs/modules"))) {
            for (Path file : written.toList()) {
                Files.write(file, inStableOrder(Files.readAllLines(file)));
            }
        }
    }

    /**
     * The documenter lists relations and events in hash order, which changes from run to run; sorted, a build
     * rewrites the committed diagrams only when the modules really changed.
     */
    static List<String> inStableOrder(List<String> lines) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        boolean cellStart = false;
        for (String line : lines) {
            boolean item = line.startsWith("Rel(") || line.startsWith("* `") || line.startsWith("|* `");
            if (item && (run.isEmpty() || !line.startsWith("|"))) {
                if (run.isEmpty()) {
                    cellStart = line.startsWith("|");
                }
                run.add(line.startsWith("|") ? line.substring(1) : line);
                continue;
            }
            flush(run, cellStart, out);
            if (item) { // a new table cell starts a new list
                cellStart = true;
                run.add(line.substring(1));
                continue;
            }
            out.add(line);
        }
        flush(run, cellStart, out);
        return out;
    }

    private static void flush(List<String> run, boolean cellStart, List<String> out) {
        if (run.isEmpty()) {
            return;
        }
        run.sort(null);
        for (int i = 0; i < run.size(); i++) {
            out.add(i == 0 && cellStart ? "|" + run.get(i) : run.get(i));
        }
        run.clear();
    }
}
