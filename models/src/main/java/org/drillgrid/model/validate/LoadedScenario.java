package org.drillgrid.model.validate;

import java.util.Map;
import java.util.Optional;
import org.drillgrid.model.grid.GridLayer;
import org.drillgrid.model.scenario.Scenario;

/**
 * A validated scenario with its layers read: what the engine is built from. {@code elevation} is
 * always present; other layers only when the document has them.
 */
public record LoadedScenario(Scenario scenario, String source, Map<String, GridLayer> layers) {

    public LoadedScenario {
        layers = Map.copyOf(layers);
    }

    public GridLayer elevation() {
        return layers.get("elevation");
    }

    public Optional<GridLayer> layer(String name) {
        return Optional.ofNullable(layers.get(name));
    }
}
