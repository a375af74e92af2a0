package org.drillgrid.engine.bench;

import ec.util.MersenneTwisterFast;
import org.drillgrid.model.grid.ValueNoise;
import org.drillgrid.model.scenario.LandUse;
import org.drillgrid.model.scenario.RoadClass;
import org.drillgrid.model.scenario.StructureClass;

/**
 * The ground of the benchmark city: a river meandering west to east through a flood plain, valley walls
 * rising to hills, and a city on both banks. Computes the five layers (elevation, land use, population,
 * buildings, roads) and keeps what the placement of forces needs: each cell's distance from the river and
 * from the edge of the flood plain. Every value follows from the seed.
 */
final class CityTerrain {

    /** Bank height (m above datum) where the river enters in the west and where it leaves in the east. */
    static final double BANK_WEST = 40;
    static final double BANK_EAST = 32;
    /** Half the river's width (m) and the depth of its bed below the banks (m). */
    static final double CHANNEL_HALF_WIDTH = 75;
    static final double CHANNEL_DEPTH = 3;
    /** Width of the flood plain north and south of the river (m), before a ±20 % wobble along it. */
    static final double PLAIN_NORTH = 2600;
    static final double PLAIN_SOUTH = 1800;
    /** Rise of the flood plain away from the river and of the valley walls beyond it (m per km). */
    static final double PLAIN_RISE = 1.0;
    static final double WALL_RISE = 10;
    /** Dense core and built-up radius (m) around the city centre, mid-grid, north of the river. */
    static final double CORE_RADIUS = 1800;
    static final double CITY_RADIUS = 4500;
    static final double CENTRE_NORTH = 3000;
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
    /** Columns either side searched for the nearest point of the river's centre line. */
    private static final int SEARCH = 60;

    final int side;
    final double cell;
    final long persons;
    /** Row of the river's centre line per column. */
    final double[] centreRow;
    /** Distance of each cell from the river's centre line (m). */
    final double[] riverDistance;
    /** Distance of each cell beyond the edge of the flood plain (m); negative on the plain. */
    final double[] beyondPlain;
    /** Distance of each cell from the city centre (m). */
    final double[] cityDistance;
    final double[] elevation;
    final double[] landUse;
    final double[] population;
    final double[] buildings;
    final double[] roads;
    private final long seed;
    private final MersenneTwisterFast random;

    CityTerrain(int side, double cell, long persons, long seed) {
        this.side = side;
        this.cell = cell;
        this.persons = persons;
        this.seed = seed;
        this.random = new MersenneTwisterFast(seed);
        int n = side * side;
        centreRow = new double[side];
        riverDistance = new double[n];
        beyondPlain = new double[n];
        cityDistance = new double[n];
        elevation = new double[n];
        landUse = new double[n];
        population = new double[n];
        buildings = new double[n];
        roads = new double[n];
        river();
        ground();
        land();
        roads();
        people();
        buildings();
    }

    private ValueNoise noise(int stream) {
        return new ValueNoise(seed * 1_000_003L + stream);
    }

    /** The centre line (two sine meanders of seeded phase) and every cell's distance from it. */
    private void river() {
        double p1 = random.nextDouble() * 2 * Math.PI;
        double p2 = random.nextDouble() * 2 * Math.PI;
        for (int c = 0; c < side; c++) {
            centreRow[c] = side / 2.0 + 0.05 * side * Math.sin(2 * Math.PI * c / 260 + p1)
                    + 0.016 * side * Math.sin(2 * Math.PI * c / 70 + p2);
        }
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                double best = Double.POSITIVE_INFINITY;
                for (int k = Math.max(0, c - SEARCH); k < Math.min(side, c + SEARCH + 1); k++) {
                    double dr = r - centreRow[k];
                    best = Math.min(best, (c - k) * (c - k) + dr * dr);
                }
                riverDistance[r * side + c] = Math.sqrt(best) * cell;
            }
        }
        int centreCol = side / 2;
        double centre = centreRow[centreCol] - CENTRE_NORTH / cell;
        for (int i = 0; i < side * side; i++) {
            cityDistance[i] = Math.hypot(i % side - centreCol, i / side - centre) * cell;
        }
    }

    /** Channel, flood plain with a little relief, valley walls rising to hills; the bank falls eastward. */
    private void ground() {
        ValueNoise relief = noise(1);
        ValueNoise width = noise(2);
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                int i = r * side + c;
                boolean northBank = r < centreRow[c];
                double plain = (northBank ? PLAIN_NORTH : PLAIN_SOUTH)
                        * (1 + 0.2 * width.at(c / 60.0, northBank ? 0 : 10, 0));
                double bank = BANK_WEST - (BANK_WEST - BANK_EAST) * c / (side - 1.0);
                double d = riverDistance[i];
                double z;
                if (d < CHANNEL_HALF_WIDTH) {
                    double x = d / CHANNEL_HALF_WIDTH;
                    z = bank - CHANNEL_DEPTH * (1 - 0.3 * x * x);
                } else if (d < plain) {
                    z = bank + PLAIN_RISE * d / 1000 + 0.3 * relief.fractal(c, r, 20, 3, 0.5);
                } else {
                    double beyond = d - plain;
                    z = bank + PLAIN_RISE * plain / 1000 + WALL_RISE * beyond / 1000
                            + 0.3 * relief.fractal(c, r, 20, 3, 0.5)
                            + 6 * Math.min(1, beyond / 1500) * relief.fractal(c, r, 80, 4, 0.5);
                }
                elevation[i] = z;
                beyondPlain[i] = d - plain;
            }
        }
    }

    /** Water, a dense core and a built-up ring with industry and parks, villages, fields, forest on the hills. */
    private void land() {
        ValueNoise warp = noise(3);
        ValueNoise industry = noise(4);
        ValueNoise parks = noise(5);
        ValueNoise villages = noise(6);
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                int i = r * side + c;
                double rho = cityDistance[i] * (1 + 0.15 * warp.fractal(c, r, 50, 3, 0.5));
                LandUse use;
                if (riverDistance[i] < CHANNEL_HALF_WIDTH) {
                    use = LandUse.WATER;
                } else if (rho < CITY_RADIUS && riverDistance[i] < 200) {
                    use = LandUse.PARK; // riverside parks
                } else if (rho < CORE_RADIUS) {
                    use = LandUse.URBAN_DENSE;
                } else if (rho < CITY_RADIUS) {
                    use = industry.fractal(c, r, 25, 3, 0.5) > 0.35 ? LandUse.INDUSTRIAL
                            : parks.fractal(c, r, 15, 2, 0.5) > 0.45 ? LandUse.PARK : LandUse.URBAN_RESIDENTIAL;
                } else if (beyondPlain[i] > 2000) {
                    use = LandUse.FOREST;
                } else if (villages.fractal(c, r, 12, 2, 0.5) > 0.6) {
                    use = LandUse.URBAN_RESIDENTIAL;
                } else {
                    use = riverDistance[i] < 300 ? LandUse.GRASSLAND : LandUse.CROPLAND;
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
                } else if (!water && cityDistance[i] < CITY_RADIUS && (r % 10 == 0 || c % 10 == 0)) {
                    road = RoadClass.MAIN;
                } else if (!water && cityDistance[i] < CORE_RADIUS && (r % 5 == 0 || c % 5 == 0)) {
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
            if (arterial && underMain && cityDistance[i] < CITY_RADIUS && landUse[i] != LandUse.WATER.code()
                    && riverDistance[i] > 300) {
                crossings.add(i);
            }
        }
        for (int k = 0; k < UNDERPASSES && !crossings.isEmpty(); k++) {
            int i = crossings.remove(random.nextInt(crossings.size()));
            roads[i] = RoadClass.UNDERPASS.code();
            elevation[i] -= UNDERPASS_DIP;
        }
    }

    /** Residents by where they live, with a ±30 % local variation, scaled to {@link #persons} and rounded with carry. */
    private void people() {
        ValueNoise vary = noise(7);
        ValueNoise compounds = noise(8);
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
                base = cityDistance[i] >= CITY_RADIUS ? VILLAGE_RESIDENTS
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
            double u = random.nextDouble();
            int use = (int) landUse[i];
            StructureClass s;
            if (use == LandUse.INDUSTRIAL.code()) {
                s = StructureClass.STEEL;
            } else if (population[i] == 0) {
                s = StructureClass.NONE;
            } else if (use == LandUse.URBAN_DENSE.code()) {
                s = u < 0.7 ? StructureClass.RC_FRAME : u < 0.8 ? StructureClass.STEEL : StructureClass.BRICK_CONCRETE;
            } else if (use == LandUse.URBAN_RESIDENTIAL.code() && cityDistance[i] < CITY_RADIUS) {
                s = u < 0.6 ? StructureClass.BRICK_CONCRETE : u < 0.9 ? StructureClass.RC_FRAME
                        : StructureClass.BRICK_WOOD;
            } else {
                s = u < 0.5 ? StructureClass.BRICK_WOOD : u < 0.7 ? StructureClass.ADOBE_RURAL
                        : StructureClass.BRICK_CONCRETE;
            }
            buildings[i] = s.code();
        }
    }

    /** Rows of the river channel at the west edge, first and last. */
    int[] channelAtWestEdge() {
        int first = -1;
        int last = -1;
        for (int r = 0; r < side; r++) {
            if (riverDistance[r * side] < CHANNEL_HALF_WIDTH) {
                first = first < 0 ? r : first;
                last = r;
            }
        }
        return new int[] {first, last};
    }

    /** Rows of the flood plain (and channel) at the west edge, first and last. */
    int[] plainAtWestEdge() {
        int first = -1;
        int last = -1;
        for (int r = 0; r < side; r++) {
            if (beyondPlain[r * side] < 0) {
                first = first < 0 ? r : first;
                last = r;
            }
        }
        return new int[] {first, last};
    }

    int cell(int col, int row) {
        return row * side + col;
    }
}
