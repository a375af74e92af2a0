package org.drillgrid.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.drillgrid.model.catalog.ScenarioCatalog;
import org.drillgrid.model.validate.LoadedScenario;
import org.drillgrid.model.validate.ScenarioException;
import org.drillgrid.model.validate.ScenarioLoader;
import org.drillgrid.model.validate.ScenarioSource;
import picocli.CommandLine.Parameters;

/**
 * The {@code FILE|ID} argument shared by commands (a picocli mixin): an existing file or folder with
 * a scenario.json, else a bundled scenario id.
 */
final class ScenarioArgument {

    @Parameters(paramLabel = "FILE|ID", description = "scenario file (or folder with scenario.json) or bundled id")
    private String scenario;

    /** The argument as given: a path or a bundled id. */
    String given() {
        return scenario;
    }

    /** Loads and validates the named scenario. */
    LoadedScenario load() throws ScenarioException, IOException {
        return ScenarioLoader.load(resolve(scenario));
    }

    static ScenarioSource resolve(String fileOrId) {
        return resolve(fileOrId, ScenarioCatalog.bundled());
    }

    /**
     * An existing file or folder, else a scenario of the catalog: a bundled id, or (when the catalog has a
     * library) a library {@code id} or {@code id@N}.
     */
    static ScenarioSource resolve(String fileOrId, ScenarioCatalog catalog) {
        Path path = Path.of(fileOrId);
        if (Files.exists(path)) {
            if (Files.isDirectory(path)) {
                Path inside = path.resolve("scenario.json");
                if (Files.isRegularFile(inside)) {
                    return ScenarioSource.file(inside);
                }
                throw new InputException(fileOrId + ": is a folder without a scenario.json");
            }
            return ScenarioSource.file(path);
        }
        return catalog.source(fileOrId).orElseThrow(() -> new InputException(
                looksLikePath(fileOrId) ? fileOrId + ": no such file"
                        : "'" + fileOrId + "' is neither a file nor a bundled scenario id (see 'drillgrid list')"));
    }

    private static boolean looksLikePath(String s) {
        return s.contains("/") || s.contains("\\") || s.endsWith(".json");
    }
}
