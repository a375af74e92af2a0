/**
 * The synthetic terrain behind the bundled scenarios. {@link org.drillgrid.scenarios.SyntheticCity} turns a
 * {@link org.drillgrid.scenarios.CityPlan} (grid, seed, terrain kind, population) into the five layer rasters
 * of a {@link org.drillgrid.scenarios.CityLayers} and writes them as ESRI ASCII grids. {@code UrbanPlain} with
 * {@code TownRoads} draws the Xinzheng-like town, {@code BasinTerrain}, {@code RiverBasin}, {@code Reservoir}
 * and {@code BasinRoads} the Xinyang-like basin; both use the small drawing tools {@code Canvas},
 * {@code Channel}, {@code Slope}, {@code Roads}, {@code Noise} and {@code Settlements}.
 *
 * <p>Everything here is a pure function of the plan: noise comes from the models' seeded {@code ValueNoise},
 * maths from {@code StrictMath}; no {@code java.util.Random}, no clock, no static mutable state. The shipped
 * {@code .asc} files under {@code scenarios/<id>/} must stay byte-identical to what this package writes (a
 * test checks it). Nothing here runs at simulation time, and nothing here may depend on the engine.
 */
package org.drillgrid.scenarios;
