package org.drillgrid.model.hazard;

import java.util.List;
import java.util.Map;

/**
 * {@code {"type": "flood", ...}}: surface water on the grid (docs/scenario-format.md, "Flood").
 * All fields optional: no rain, no drainage, walls on every edge, Manning's n from land use.
 */
public record FloodSpec(Double manning, Map<String, Double> manningByLandUse, Double alpha, Rainfall rainfall,
        Infiltration infiltration, Drainage drainage, List<EdgeBoundary> boundaries, List<PointInflow> inflows,
        List<Reservoir> reservoirs, List<Levee> levees, List<Sink> sinks) implements HazardSpec {

    public static final String TYPE = "flood";

    /**
     * Rain over the grid: either a step {@code series} of {@code [t_seconds, mm_per_hour]} or a Chicago
     * {@code design} storm, exactly one of the two; optional {@code zones} scale it in rectangles.
     */
    public record Rainfall(Series series, DesignStorm design, List<RainZone> zones) {

        public List<RainZone> zonesOrEmpty() {
            return zones == null ? List.of() : zones;
        }
    }

    /**
     * Rain times {@code factor} in the rectangle {@code cells} = [col0, row0, col1, row1] (inclusive);
     * where zones overlap, the later one counts.
     */
    public record RainZone(List<Integer> cells, Double factor) {
    }

    /**
     * A Chicago design storm (Keifer and Chu 1957) on the storm intensity formula of GB 50014,
     * i = A1·(1 + C·lg P) / (t + b)^n mm/min: return period {@code returnPeriod} (years), {@code duration},
     * peak at {@code peakRatio} of the duration (default 0.4), starting at {@code start} (default 0),
     * averaged over steps of {@code step} (default 5 min). {@code a1}, {@code c}, {@code b} (min) and
     * {@code n} are the city's formula coefficients.
     */
    public record DesignStorm(Double returnPeriod, org.drillgrid.model.scenario.SimDuration duration,
            Double peakRatio, org.drillgrid.model.scenario.SimDuration start,
            org.drillgrid.model.scenario.SimDuration step, Double a1, Double c, Double b, Double n) {
    }

    /**
     * How the ground takes up rain: {@code model} {@code none} (default), {@code curve-number} (SCS CN,
     * TR-55) with {@code curveNumberByLandUse} overriding the defaults per land-use name, or
     * {@code green-ampt} with a soil texture {@code soil} (default loam) and effective initial saturation
     * {@code initialSaturation} (0-1, default 0.3).
     */
    public record Infiltration(String model, Map<String, Double> curveNumberByLandUse, String soil,
            Double initialSaturation) {
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

    /**
     * A lake held at {@code level} (m above datum) at t = 0: every cell connected to {@code cell} (sides
     * touching) whose ground lies below the level starts with water up to it. Its storage curve is the
     * DEM's; dams and spillways are the ground (or levees) around it.
     */
    public record Reservoir(String id, org.drillgrid.model.scenario.CellRef cell, Double level,
            org.drillgrid.model.scenario.LocalizedText name) {
    }

    /**
     * A levee or dam crest: {@code cells} raised to {@code crest} (m above datum) where the ground is lower.
     * An optional {@code breach} lowers some of them ({@code cells}, default all) to {@code to} m above
     * datum, linearly over {@code over} (default 30 min) from {@code at}. {@code name} (optional) is what
     * screens and reports call it.
     */
    public record Levee(String id, List<org.drillgrid.model.scenario.CellRef> cells, Double crest, Breach breach,
            org.drillgrid.model.scenario.LocalizedText name) {
    }

    /** When and how a levee gives way. */
    public record Breach(org.drillgrid.model.scenario.SimDuration at, List<org.drillgrid.model.scenario.CellRef> cells,
            Double to, org.drillgrid.model.scenario.SimDuration over) {
    }

    /**
     * Where water leaves the surface into something the grid does not hold: a metro entrance, a
     * pumping station, a culvert to elsewhere. Up to {@code capacity} m³/s are taken from the water at
     * {@code cell}.
     */
    public record Sink(String id, org.drillgrid.model.scenario.CellRef cell, Double capacity) {
    }

    public List<Sink> sinksOrEmpty() {
        return sinks == null ? List.of() : sinks;
    }

    public List<Reservoir> reservoirsOrEmpty() {
        return reservoirs == null ? List.of() : reservoirs;
    }

    public List<Levee> leveesOrEmpty() {
        return levees == null ? List.of() : levees;
    }

    public List<EdgeBoundary> boundariesOrEmpty() {
        return boundaries == null ? List.of() : boundaries;
    }

    public List<PointInflow> inflowsOrEmpty() {
        return inflows == null ? List.of() : inflows;
    }
}
