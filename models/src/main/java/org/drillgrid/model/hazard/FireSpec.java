package org.drillgrid.model.hazard;

import java.util.List;
import java.util.Map;
import org.drillgrid.model.scenario.CellRef;
import org.drillgrid.model.scenario.LandUse;
import org.drillgrid.model.scenario.SimDuration;

/**
 * {@code {"type": "fire", ...}}: surface fire on the grid (docs/scenario-format.md, "Forest fire"; the physics
 * in docs/fire.md). All fields optional: no ignitions (injects may start fires), fuel from land use, the
 * moistures of a dry spring day and no wind.
 *
 * @param ignitions fires started at a cell at a time
 * @param fuelModel one fuel model for every cell that is not water, built-up or bare (a code of {@link #FUEL_CODES}),
 *        overriding land use; cells without a land-use class take it too
 * @param fuelModelByLandUse fuel model per land-use name, overriding {@link #DEFAULT_FUEL_BY_LAND_USE}
 * @param moisture fuel moistures in percent: [1 h, 10 h, 100 h, live herbaceous, live woody]
 * @param wind midflame wind as a step function {@code [[t_seconds, m_per_s, from_deg], ...]}: it holds from its
 *        time to the next entry's; before the first, calm
 * @param roadBarriers which roads stop the fire: {@code all}, {@code major} (arterial and main, default) or
 *        {@code none}
 */
public record FireSpec(List<Ignition> ignitions, String fuelModel, Map<String, String> fuelModelByLandUse,
        List<Double> moisture, List<List<Double>> wind, String roadBarriers) implements HazardSpec {

    public static final String TYPE = "fire";
    public static final List<String> ROAD_BARRIERS = List.of("all", "major", "none");
    /** Dry spring weather in the Dabie hills (the fire season): BehavePlus's "dry" scenario moistures. */
    public static final List<Double> DEFAULT_MOISTURE = List.of(6.0, 7.0, 8.0, 60.0, 90.0);

    /** Anderson (1982) 13 and Scott and Burgan (2005) 40 fuel models, and the non-burnable codes. */
    public static final List<String> FUEL_CODES = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11",
            "12", "13", "GR1", "GR2", "GR3", "GR4", "GR5", "GR6", "GR7", "GR8", "GR9", "GS1", "GS2", "GS3", "GS4",
            "SH1", "SH2", "SH3", "SH4", "SH5", "SH6", "SH7", "SH8", "SH9", "TU1", "TU2", "TU3", "TU4", "TU5", "TL1",
            "TL2", "TL3", "TL4", "TL5", "TL6", "TL7", "TL8", "TL9", "SB1", "SB2", "SB3", "SB4", "NB1", "NB2", "NB3",
            "NB8", "NB9");

    /**
     * The fuel of each land-use class when the scenario names none (docs/fire.md gives the reasons): forest
     * TU5 (Masson pine and broadleaf over a dense shrub layer), grassland GS2 (the hills' shrub grassland),
     * cropland GR1 (tea gardens and dry field margins; paddy is water in summer, stubble in the spring fire
     * season), park GR2; built-up land NB1, water NB8, bare ground NB9.
     */
    public static final Map<LandUse, String> DEFAULT_FUEL_BY_LAND_USE = Map.of(LandUse.FOREST, "TU5",
            LandUse.GRASSLAND, "GS2", LandUse.CROPLAND, "GR1", LandUse.PARK, "GR2", LandUse.URBAN_DENSE, "NB1",
            LandUse.URBAN_RESIDENTIAL, "NB1", LandUse.INDUSTRIAL, "NB1", LandUse.WATER, "NB8", LandUse.BARE, "NB9",
            LandUse.NONE, "NB9");

    /** A fire started at {@code cell} at {@code at}. */
    public record Ignition(CellRef cell, SimDuration at) {
    }

    public List<Ignition> ignitionsOrEmpty() {
        return ignitions == null ? List.of() : ignitions;
    }

    public List<Double> moistureOrDefault() {
        return moisture == null ? DEFAULT_MOISTURE : moisture;
    }

    public List<List<Double>> windOrEmpty() {
        return wind == null ? List.of() : wind;
    }

    public String roadBarriersOrDefault() {
        return roadBarriers == null ? "major" : roadBarriers;
    }

    /** The fuel code of a land-use class: the uniform override, else the scenario's table, else the default. */
    public String fuelFor(LandUse use) {
        if (fuelModel != null) {
            return use == LandUse.WATER ? "NB8" : use == LandUse.URBAN_DENSE || use == LandUse.URBAN_RESIDENTIAL
                    || use == LandUse.INDUSTRIAL ? "NB1" : use == LandUse.BARE ? "NB9" : fuelModel;
        }
        if (fuelModelByLandUse != null && fuelModelByLandUse.get(use.json()) != null) {
            return fuelModelByLandUse.get(use.json());
        }
        return DEFAULT_FUEL_BY_LAND_USE.get(use);
    }

    /** A code as {@link #FUEL_CODES} spells it, or null when it is none of them (case does not matter). */
    public static String fuelCode(String code) {
        if (code == null) {
            return null;
        }
        String upper = code.trim().toUpperCase(java.util.Locale.ROOT);
        return FUEL_CODES.contains(upper) ? upper : null;
    }
}
