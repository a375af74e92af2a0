package org.drillgrid.engine;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.drillgrid.model.validate.LoadedScenario;
import org.drillgrid.model.validate.ScenarioLoader;
import org.drillgrid.model.validate.ScenarioSource;

/** The small test scenario under src/test/resources/tiny. */
public final class TestScenarios {

    private TestScenarios() {
    }

    public static Path tinyFile() {
        try {
            return Path.of(TestScenarios.class.getResource("/tiny/scenario.json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static LoadedScenario tiny() {
        try {
            return ScenarioLoader.load(ScenarioSource.file(tinyFile()));
        } catch (Exception e) {
            throw new IllegalStateException("test scenario does not load", e);
        }
    }
}
