package org.drillgrid.engine.bench;

import org.drillgrid.model.grid.ValueNoise;
import org.drillgrid.model.scenario.LandUse;
import org.drillgrid.model.scenario.RoadClass;
import org.drillgrid.model.scenario.StructureClass;

/**
 * What people built on the benchmark city's ground: land use (a dense core and a built-up ring with
 * industry and parks, villages, fields, forest on the hills), roads with underpasses, residents in the
 * blocks off the roads, and each cell's dominant structure. Four of the five layers; the ground is
 * {@link CityTerrain}'s.
 */
final class CitySettlement {

    /** Dense core and built-up radius (m) around the city centre. */
    static final double CORE_RADIUS = 1800;
    static final double CITY_RADIUS = 4500;
    /** Road underpasses (arterial under a main road) and how far their road dips below the ground (m). */
    static final int UNDERPASSES = 16;
    static final double UNDERPASS_DIP = 2.5;
    /**
     * Relative residents of a cell off the roads: every block of the core, the residential compounds of
     * the rest of the city (about a third of its residential cells), village cells. High-rise compounds
     * hold 10 000-25 000 people per km², so few cells hold everyone, as in a Chinese city.
     */
    private static final double CORE_RESIDENTS = 60;
    private static final double COMPOUND_RESIDENTS = 30;
    private static final double VILLAGE_RESIDENTS = 15;
    private static final double COMPOUND_SHARE_NOISE = 0.2;

    private final CityTerrain t;
    private final int side;
    private final long persons;
    final double[] landUse;
    final double[] population;
    final double[] buildings;
    final double[] roads;

    CitySettlement(CityTerrain terrain, long persons) {
        this.t = terrain;
        this.side = terrain.side;
        this.persons = persons;
        int n = side * side;
        landUse = new double[n];
        population = new double[n];
        buildings = new double[n];
        roads = new double[n];
        land();
        roads();
        people();
        buildings();
    }

    /** Water, a dense core and a built-up ring with industry and parks, villages, fields, forest on the hills. */
    private void land() {
        ValueNoise warp = t.noise(3);
        ValueNoise industry = t.noise(4);
        ValueNoise parks = t.noise(5);
        ValueNoise villages = t.noise(6);
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                int i = r * side + c;
                double rho = t.cityDistance[i] * (1 + 0.15 * warp.fractal(c, r, 50, 3, 0.5));
                LandUse use;
                if (t.riverDistance[i] < CityTerrain.CHANNEL_HALF_WIDTH) {
                    use = LandUse.WATER;
                } else if (rho < CITY_RADIUS && t.riverDistance[i] < 200) {
                    use = LandUse.PARK; // riverside parks
                } else if (rho < CORE_RADIUS) {
                    use = LandUse.URBAN_DENSE;
                } else if (rho < CITY_RADIUS) {
                    use = industry.fractal(c, r, 25, 3, 0.5) > 0.35 ? LandUse.INDUSTRIAL
                            : parks.fractal(c, r, 15, 2, 0.5) > 0.45 ? LandUse.PARK : LandUse.URBAN_RESIDENTIAL;
                } else if (t.beyondPlain[i] > 2000) {
                    use = LandUse.FOREST;
                } else if (villages.fractal(c, r, 12, 2, 0.5) > 0.6) {
                    use = LandUse.URBAN_RESIDENTIAL;
                } else {
                    use = t.riverDistance[i] < 300 ? LandUse.GRASSLAND : LandUse.CROPLAND;
                }
                landUse[i] = use.code();
            }
        }
    }

    /**
     * Arterials every 2 km over the whole grid (the only river crossings), main roads every 500 m and,
     * in the core, local streets every 250 m; underpasses where an arterial passes under a main road.
     */
    private void roads() {
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                int i = r * side + c;
                RoadClass road = RoadClass.NONE;
                boolean water = landUse[i] == LandUse.WATER.code();
                if (r % 40 == 20 || c % 40 == 20) {
                    road = RoadClass.ARTERIAL;
                } else if (!water && t.cityDistance[i] < CITY_RADIUS && (r % 10 == 0 || c % 10 == 0)) {
                    road = RoadClass.MAIN;
                } else if (!water && t.cityDistance[i] < CORE_RADIUS && (r % 5 == 0 || c % 5 == 0)) {
                    road = RoadClass.LOCAL;
                }
                roads[i] = road.code();
            }
        }
        java.util.List<Integer> crossings = new java.util.ArrayList<>();
        for (int i = 0; i < side * side; i++) {
            int r = i / side;
            int c = i % side;
            boolean arterial = r % 40 == 20 ^ c % 40 == 20;
            boolean underMain = r % 40 == 20 ? c % 10 == 0 : r % 10 == 0;
            if (arterial && underMain && t.cityDistance[i] < CITY_RADIUS && landUse[i] != LandUse.WATER.code()
                    && t.riverDistance[i] > 300) {
                crossings.add(i);
            }
        }
        for (int k = 0; k < UNDERPASSES && !crossings.isEmpty(); k++) {
            int i = crossings.remove(t.random.nextInt(crossings.size()));
            roads[i] = RoadClass.UNDERPASS.code();
            t.elevation[i] -= UNDERPASS_DIP;
        }
    }

    /**
     * Residents by where they live, with a ±30 % local variation, scaled to {@link #persons} and rounded
     * with carry, so the layer sums to it exactly.
     */
    private void people() {
        ValueNoise vary = t.noise(7);
        ValueNoise compounds = t.noise(8);
        double[] weight = new double[side * side];
        double sum = 0;
        for (int i = 0; i < weight.length; i++) {
            int c = i % side;
            int r = i / side;
            if (roads[i] != RoadClass.NONE.code()) {
                continue;
            }
            double base = 0;
            if (landUse[i] == LandUse.URBAN_DENSE.code()) {
                base = CORE_RESIDENTS;
            } else if (landUse[i] == LandUse.URBAN_RESIDENTIAL.code()) {
                base = t.cityDistance[i] >= CITY_RADIUS ? VILLAGE_RESIDENTS
                        : compounds.fractal(c, r, 6, 2, 0.5) > COMPOUND_SHARE_NOISE ? COMPOUND_RESIDENTS : 0;
            }
            weight[i] = base * (1 + 0.3 * vary.fractal(c, r, 10, 2, 0.5));
            sum += weight[i];
        }
        double carry = 0;
        for (int i = 0; i < weight.length; i++) {
            double exact = weight[i] * persons / sum + carry;
            population[i] = Math.max(0, Math.floor(exact + 0.5));
            carry = exact - population[i];
        }
    }

    /** The dominant structure of each cell with residents or industry, drawn from its land use's mix. */
    private void buildings() {
        for (int i = 0; i < buildings.length; i++) {
            double u = t.random.nextDouble();
            int use = (int) landUse[i];
            StructureClass s;
            if (use == LandUse.INDUSTRIAL.code()) {
                s = StructureClass.STEEL;
            } else if (population[i] == 0) {
                s = StructureClass.NONE;
            } else if (use == LandUse.URBAN_DENSE.code()) {
                s = u < 0.7 ? StructureClass.RC_FRAME : u < 0.8 ? StructureClass.STEEL : StructureClass.BRICK_CONCRETE;
            } else if (use == LandUse.URBAN_RESIDENTIAL.code() && t.cityDistance[i] < CITY_RADIUS) {
                s = u < 0.6 ? StructureClass.BRICK_CONCRETE : u < 0.9 ? StructureClass.RC_FRAME
                        : StructureClass.BRICK_WOOD;
            } else {
                s = u < 0.5 ? StructureClass.BRICK_WOOD : u < 0.7 ? StructureClass.ADOBE_RURAL
                        : StructureClass.BRICK_CONCRETE;
            }
            buildings[i] = s.code();
        }
    }
}
