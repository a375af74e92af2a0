package org.drillgrid.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.drillgrid.model.catalog.ScenarioCatalog;
import org.drillgrid.model.validate.ScenarioSource;

/** Resolves the {@code FILE|ID} argument: an existing file, else a bundled scenario id. */
final class ScenarioArgument {

    private ScenarioArgument() {
    }

    static ScenarioSource resolve(String fileOrId) {
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
        return ScenarioCatalog.bundled().source(fileOrId).orElseThrow(() -> new InputException(
                looksLikePath(fileOrId) ? fileOrId + ": no such file"
                        : "'" + fileOrId + "' is neither a file nor a bundled scenario id (see 'drillgrid list')"));
    }

    private static boolean looksLikePath(String s) {
        return s.contains("/") || s.contains("\\") || s.endsWith(".json");
    }
}
