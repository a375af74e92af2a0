package org.drillgrid.model.hazard;

import java.util.List;
import java.util.Map;

/**
 * {@code {"type": "flood", ...}}: surface water on the grid (docs/scenario-format.md, "Flood").
 * All fields optional: no rain, no drainage, walls on every edge, Manning's n from land use.
 */
public record FloodSpec(Double manning, Map<String, Double> manningByLandUse, Double alpha, Rainfall rainfall,
        Drainage drainage, List<EdgeBoundary> boundaries, List<PointInflow> inflows) implements HazardSpec {

    public static final String TYPE = "flood";

    /** Rain in mm/h over the whole grid as a step series of {@code [t_seconds, mm_per_hour]}. */
    public record Rainfall(Series series) {
    }

    /**
     * Storm drains: they remove up to {@code capacity} mm/h of water from cells of the listed land-use
     * classes (default: urban dense, urban residential, industrial).
     */
    public record Drainage(Double capacity, List<String> landUse) {
    }

    /**
     * An open stretch of an edge: {@code edge} west/east/north/south, cells {@code from..to} along it
     * (default the whole edge), {@code type} stage (m above datum), inflow (m³/s) or free.
     */
    public record EdgeBoundary(String edge, Integer from, Integer to, String type, Series series) {
    }

    /** Discharge (m³/s) entering at a cell, e.g. a culvert or a river entering mid-grid. */
    public record PointInflow(String id, org.drillgrid.model.scenario.CellRef cell, Series series) {
    }

    public List<EdgeBoundary> boundariesOrEmpty() {
        return boundaries == null ? List.of() : boundaries;
    }

    public List<PointInflow> inflowsOrEmpty() {
        return inflows == null ? List.of() : inflows;
    }
}
