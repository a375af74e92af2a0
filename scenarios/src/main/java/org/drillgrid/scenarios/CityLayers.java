package org.drillgrid.scenarios;

import java.util.LinkedHashMap;
import java.util.Map;
import org.drillgrid.model.grid.GridLayer;

/**
 * The five rasters of a synthetic city, in the units of the scenario format: elevation in metres,
 * land-use, structure and road class codes, residents per cell.
 */
public record CityLayers(GridLayer elevation, GridLayer landUse, GridLayer population, GridLayer buildings,
        GridLayer roads) {

    /** The layers by the file they are written to, with the number of decimals they are written with. */
    Map<String, Written> files() {
        Map<String, Written> m = new LinkedHashMap<>();
        m.put("elevation.asc", new Written(elevation, 2));
        m.put("landuse.asc", new Written(landUse, 0));
        m.put("population.asc", new Written(population, 0));
        m.put("buildings.asc", new Written(buildings, 0));
        m.put("roads.asc", new Written(roads, 0));
        return m;
    }

    /** One layer and how precisely it is written. */
    record Written(GridLayer layer, int decimals) {
    }
}
