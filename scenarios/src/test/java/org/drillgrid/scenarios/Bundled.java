package org.drillgrid.scenarios;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.stream.Stream;
import org.drillgrid.model.catalog.ScenarioCatalog;
import org.drillgrid.model.grid.GridLayer;
import org.drillgrid.model.validate.LoadedScenario;
import org.drillgrid.model.validate.ScenarioException;
import org.drillgrid.model.validate.ScenarioLoader;

/** The bundled scenarios as the tests see them: through the catalog, like the engine and the UI. */
final class Bundled {

    private Bundled() {
    }

    /** Ids listed in {@code scenarios/index.json}. */
    static Stream<String> ids() {
        return ScenarioCatalog.bundled().entries().stream().map(ScenarioCatalog.Entry::id);
    }

    /** Loads a bundled scenario; a scenario that does not validate fails the test with every violation. */
    static LoadedScenario load(String id) {
        try {
            return ScenarioLoader.load(ScenarioCatalog.bundled().source(id)
                    .orElseThrow(() -> new AssertionError("index has no scenario '" + id + "'")));
        } catch (ScenarioException e) {
            return fail("bundled scenario " + id + " does not validate:\n" + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static GridLayer layer(LoadedScenario s, String name) {
        return s.layer(name).orElseThrow(() -> new AssertionError(s.source() + " has no " + name + " layer"));
    }

    /** A file shipped beside a bundled scenario, as bytes. */
    static byte[] resource(String id, String file) throws IOException {
        String name = "scenarios/" + id + "/" + file;
        try (InputStream in = Bundled.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new AssertionError("no resource " + name);
            }
            return in.readAllBytes();
        }
    }
}
