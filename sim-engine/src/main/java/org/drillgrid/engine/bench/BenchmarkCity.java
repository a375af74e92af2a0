package org.drillgrid.engine.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drillgrid.model.grid.GridLayer;
import org.drillgrid.model.hazard.FloodSpec;
import org.drillgrid.model.hazard.Series;
import org.drillgrid.model.scenario.Drill;
import org.drillgrid.model.scenario.Forces;
import org.drillgrid.model.scenario.GridSpec;
import org.drillgrid.model.scenario.LayerSpec;
import org.drillgrid.model.scenario.Layers;
import org.drillgrid.model.scenario.LocalizedText;
import org.drillgrid.model.scenario.Scenario;
import org.drillgrid.model.scenario.SimDuration;
import org.drillgrid.model.scenario.Targets;
import org.drillgrid.model.validate.LoadedScenario;

/**
 * The synthetic city {@code drillgrid bench city} times, built in memory from a seed (no files): 500 × 500
 * cells of 50 m (25 km square), a river valley west to east through a city of 262 000 residents (about
 * 100 000 households), 200 teams, 20 depots, 40 shelters, 72 h in steps of 60 s, and a river flood: a
 * hydrograph of {@value #BASE_FLOW} rising to {@value #PEAK_FLOW} m³/s at 24 h enters in the west (what
 * the channel cannot carry enters over the flood plain) and leaves freely in the east, while a day of
 * rain (about 125 mm, a third more on the northern hills) falls on the whole grid.
 */
public final class BenchmarkCity {

    public static final String ID = "bench-city";
    public static final int SIDE = 500;
    public static final double CELL_SIZE = 50;
    public static final long PERSONS = 262_000;
    public static final long DURATION = 72 * 3600;
    public static final long TIME_STEP = 60;
    /** River discharge (m³/s) at the start, at the peak, and the hour of the peak. */
    static final double BASE_FLOW = 300;
    static final double PEAK_FLOW = 2500;
    static final double PEAK_HOUR = 24;
    /** What the channel carries bank-full (m³/s): about 150 m wide, 2.9 m deep, slope 3·10⁻⁴, n 0.03. */
    static final double CHANNEL_FLOW = 500;
    /** Rain (mm/h) from each hour on; heaviest 8-10 h. */
    private static final double[][] RAIN = {{0, 1}, {3, 4}, {6, 10}, {8, 20}, {10, 10}, {12, 4}, {18, 1}, {24, 0}};

    private BenchmarkCity() {
    }

    /** The city of a seed; the same seed gives the same layers, forces and flood, value for value. */
    public static LoadedScenario build(long seed) {
        CityTerrain t = new CityTerrain(SIDE, CELL_SIZE, seed);
        CitySettlement town = new CitySettlement(t, PERSONS);
        Forces forces = new CityForces(t, town, seed).forces();
        Scenario s = new Scenario(Scenario.FORMAT, ID,
                new LocalizedText("基准城市：河谷洪水", "Benchmark city: river valley flood"),
                new LocalizedText("drillgrid bench city 的合成城市（内存生成）",
                        "The synthetic city of drillgrid bench city, generated in memory from seed " + seed),
                new GridSpec(SIDE, SIDE, CELL_SIZE, 0.0, 0.0), "2026-07-20T06:00:00+08:00", seed,
                SimDuration.ofSeconds(TIME_STEP), SimDuration.ofSeconds(DURATION), layerSpecs(), List.of(flood(t)),
                forces, new Drill(new Targets(8.0, 95.0, 1.0, 15_000.0), List.of()));
        Map<String, GridLayer> layers = new LinkedHashMap<>();
        layers.put("elevation", new GridLayer(SIDE, SIDE, t.elevation));
        layers.put("landUse", new GridLayer(SIDE, SIDE, town.landUse));
        layers.put("population", new GridLayer(SIDE, SIDE, town.population));
        layers.put("buildings", new GridLayer(SIDE, SIDE, town.buildings));
        layers.put("roads", new GridLayer(SIDE, SIDE, town.roads));
        return new LoadedScenario(s, "bench city, seed " + seed, layers);
    }

    /**
     * The same ground and flood without residents or forces: run with no policy it costs what the flood
     * costs, which the benchmark subtracts to tell the agents' share.
     */
    public static LoadedScenario withoutPeople(LoadedScenario city) {
        Scenario s = city.scenario();
        Scenario empty = new Scenario(s.format(), s.id(), s.name(), s.description(), s.grid(), s.start(), s.seed(),
                s.timeStep(), s.duration(), s.layers(), s.hazards(), Forces.NONE, s.drill());
        Map<String, GridLayer> layers = new LinkedHashMap<>(city.layers());
        layers.remove("population");
        return new LoadedScenario(empty, city.source() + ", without people", layers);
    }

    /**
     * The names the layers would have as files, for a reader of the document; the command never writes
     * them (a test serves them from memory to the scenario validator).
     */
    static Layers layerSpecs() {
        return new Layers(new LayerSpec.FromFile("elevation.asc"), new LayerSpec.FromFile("landuse.asc"),
                new LayerSpec.FromFile("population.asc"), new LayerSpec.FromFile("buildings.asc"),
                new LayerSpec.FromFile("roads.asc"));
    }

    private static FloodSpec flood(CityTerrain t) {
        int[] channel = t.channelAtWestEdge();
        int[] plain = t.plainAtWestEdge();
        int northCells = channel[0] - plain[0];
        int southCells = plain[1] - channel[1];
        double northShare = northCells / (double) (northCells + southCells);
        List<FloodSpec.EdgeBoundary> boundaries = List.of(
                new FloodSpec.EdgeBoundary("west", plain[0], channel[0] - 1, "inflow", overbank(northShare)),
                new FloodSpec.EdgeBoundary("west", channel[0], channel[1], "inflow", inChannel()),
                new FloodSpec.EdgeBoundary("west", channel[1] + 1, plain[1], "inflow", overbank(1 - northShare)),
                new FloodSpec.EdgeBoundary("east", null, null, "free", null));
        List<List<Double>> rain = new ArrayList<>();
        for (double[] p : RAIN) {
            rain.add(List.of(p[0] * 3600, p[1]));
        }
        FloodSpec.Rainfall rainfall = new FloodSpec.Rainfall(new Series(rain), null,
                List.of(new FloodSpec.RainZone(List.of(0, 0, SIDE - 1, SIDE / 4), 1.3)));
        return new FloodSpec(null, null, null, rainfall, new FloodSpec.Infiltration("curve-number", null, null, null),
                new FloodSpec.Drainage(25.0, null), boundaries, null, null, null, null);
    }

    /**
     * River discharge (m³/s) at time t (s), a gamma-shaped flood wave:
     * base + (peak - base)·(t/tp)³·e^(3(1 - t/tp)).
     */
    static double discharge(double t) {
        double x = t / (PEAK_HOUR * 3600);
        return BASE_FLOW + (PEAK_FLOW - BASE_FLOW) * x * x * x * Math.exp(3 * (1 - x));
    }

    private static Series inChannel() {
        return hydrograph(1, true);
    }

    private static Series overbank(double share) {
        return hydrograph(share, false);
    }

    /** Half-hourly steps of the channel's part of the discharge, or of {@code share} of what overflows it. */
    private static Series hydrograph(double share, boolean channel) {
        List<List<Double>> points = new ArrayList<>();
        for (long t = 0; t < DURATION; t += 1800) {
            double q = discharge(t + 900);
            double part = channel ? Math.min(q, CHANNEL_FLOW) : Math.max(0, q - CHANNEL_FLOW) * share;
            points.add(List.of((double) t, Math.round(part * 10) / 10.0));
        }
        return new Series(points);
    }
}
