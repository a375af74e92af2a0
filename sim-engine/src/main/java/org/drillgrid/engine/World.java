package org.drillgrid.engine;

import org.drillgrid.model.grid.GridLayer;
import org.drillgrid.model.scenario.Forces;
import org.drillgrid.model.scenario.Scenario;
import org.drillgrid.model.scenario.Shelter;
import org.drillgrid.model.scenario.StructureClass;
import org.drillgrid.model.scenario.Team;
import org.drillgrid.model.validate.LoadedScenario;

/**
 * The simulated city as built from a validated scenario: its grid layers and forces. Hazard and
 * agent state is added by the models that own it; scenario data here is read-only.
 */
public final class World {

    private final LoadedScenario loaded;
    private final long population;
    private final StructureClass[] buildings;

    public World(LoadedScenario loaded) {
        this.loaded = loaded;
        this.population = loaded.layer("population").map(l -> Math.round(l.sum())).orElse(0L);
        GridLayer b = loaded.layer("buildings").orElse(null);
        int n = loaded.scenario().grid().cellCount();
        this.buildings = new StructureClass[n];
        for (int i = 0; i < n; i++) {
            buildings[i] = b == null ? StructureClass.NONE : StructureClass.ofCode(b.at(i));
        }
    }

    /** The dominant structure class of each cell (the {@code buildings} layer; none without one). Do not change it. */
    public StructureClass[] buildings() {
        return buildings;
    }

    public Scenario scenario() {
        return loaded.scenario();
    }

    public LoadedScenario loaded() {
        return loaded;
    }

    public GridLayer elevation() {
        return loaded.elevation();
    }

    public Forces forces() {
        return loaded.scenario().forcesOrNone();
    }

    /** Residents, from the population layer (0 without one). */
    public long population() {
        return population;
    }

    public int teamMembers() {
        return forces().teamsOrEmpty().stream().mapToInt(Team::size).sum();
    }

    public long shelterCapacity() {
        return forces().sheltersOrEmpty().stream().mapToLong(Shelter::capacity).sum();
    }
}
