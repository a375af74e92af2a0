package org.drillgrid.model.scenario;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scenario's grid layers. Only {@code elevation} is required. Meaning and units:
 * <ul>
 *   <li>{@code elevation}: ground height, m above datum;</li>
 *   <li>{@code landUse}: {@link LandUse} class code per cell;</li>
 *   <li>{@code population}: residents per cell;</li>
 *   <li>{@code buildings}: dominant {@link StructureClass} code per cell;</li>
 *   <li>{@code roads}: {@link RoadClass} code per cell.</li>
 * </ul>
 */
public record Layers(LayerSpec elevation, LayerSpec landUse, LayerSpec population, LayerSpec buildings,
        LayerSpec roads) {

    /** The layers that are present, by their document name, in document order. */
    public Map<String, LayerSpec> present() {
        Map<String, LayerSpec> m = new LinkedHashMap<>();
        put(m, "elevation", elevation);
        put(m, "landUse", landUse);
        put(m, "population", population);
        put(m, "buildings", buildings);
        put(m, "roads", roads);
        return m;
    }

    private static void put(Map<String, LayerSpec> m, String name, LayerSpec spec) {
        if (spec != null) {
            m.put(name, spec);
        }
    }
}
