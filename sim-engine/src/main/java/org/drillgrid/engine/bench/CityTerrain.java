package org.drillgrid.engine.bench;

import ec.util.MersenneTwisterFast;
import org.drillgrid.model.grid.ValueNoise;

/**
 * The ground of the benchmark city: a river meandering west to east through a flood plain, valley walls
 * rising to hills. Keeps what the settlement and the placement of forces need: each cell's distance
 * from the river, from the edge of the flood plain and from the city centre. Every value follows from the
 * seed; {@link #random} and {@link #noise} carry on the seed's streams for {@link CitySettlement}.
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
    /** The city centre: mid-grid, this far (m) north of the river. */
    static final double CENTRE_NORTH = 3000;
    /** Columns either side searched for the nearest point of the river's centre line. */
    private static final int SEARCH = 60;

    final int side;
    final double cell;
    /** Row of the river's centre line per column. */
    final double[] centreRow;
    /** Distance of each cell from the river's centre line (m). */
    final double[] riverDistance;
    /** Distance of each cell beyond the edge of the flood plain (m); negative on the plain. */
    final double[] beyondPlain;
    /** Distance of each cell from the city centre (m). */
    final double[] cityDistance;
    /** Ground height (m above datum); the settlement lowers it where roads pass under others. */
    final double[] elevation;
    /** The seed's generator, drawn from in a fixed order: the river's phases here, then the settlement. */
    final MersenneTwisterFast random;
    private final long seed;

    CityTerrain(int side, double cell, long seed) {
        this.side = side;
        this.cell = cell;
        this.seed = seed;
        this.random = new MersenneTwisterFast(seed);
        int n = side * side;
        centreRow = new double[side];
        riverDistance = new double[n];
        beyondPlain = new double[n];
        cityDistance = new double[n];
        elevation = new double[n];
        river();
        ground();
    }

    /** An independent noise field of the seed; streams 1-2 shape the ground, 3 and up the settlement. */
    ValueNoise noise(int stream) {
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
