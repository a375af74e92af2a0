package org.drillgrid.scenarios;

import java.util.List;
import org.drillgrid.model.scenario.LandUse;
import org.drillgrid.model.scenario.RoadClass;

/**
 * A county town on a plain, drawn after Xinzheng: ground falling gently to the south-east, a small
 * embanked river crossing west to east (the Shuangji), a railway on an embankment running north to
 * south with the arterials passing under it, a lake park, a dense core inside a residential ring, an
 * industrial park east of the railway, and cropland with villages around.
 */
final class UrbanPlain {

    /** Height of the railway embankment above the plain, m. */
    private static final double RAIL_EMBANKMENT = 5.0;
    /** Depth of a road underpass below the plain: clearance for lorries under a railway bridge, m. */
    private static final double UNDERPASS_DEPTH = 4.0;
    /** River channel: depth of the bed below the plain and height of the levees above it, m. */
    private static final double RIVER_DEPTH = 3.0;
    private static final double LEVEE_HEIGHT = 1.5;

    private final CityPlan plan;
    private final int cols;
    private final int rows;
    private final Canvas z;
    private final Canvas use;
    private final Canvas kinds;
    private final boolean[] inTown;
    private final int railCol;
    private Channel.Field river;

    UrbanPlain(CityPlan plan) {
        this.plan = plan;
        this.cols = plan.cols();
        this.rows = plan.rows();
        this.z = new Canvas(cols, rows);
        this.use = new Canvas(cols, rows, LandUse.CROPLAND.code());
        this.kinds = new Canvas(cols, rows);
        this.inTown = new boolean[cols * rows];
        this.railCol = (int) StrictMath.round(0.62 * cols);
    }

    CityLayers draw() {
        ground();
        river();
        railway();
        lakePark();
        town();
        List<int[]> villages = villages();
        Settlements.settle(kinds, use);
        Canvas roads = new TownRoads(plan, use, inTown, railCol, river).draw(villages);
        underpasses(roads);
        return new CityLayers(z.toLayer(), use.toLayer(),
                Settlements.population(kinds, new Noise(plan.seed(), 6), plan.population()),
                Settlements.buildings(kinds, new Noise(plan.seed(), 7), 3), roads.toLayer());
    }

    /** The plain before anything is built on it: 143 m in the north-west, about 30 m lower in the south-east. */
    private double plain(int c, int r, Noise noise) {
        double eastKm = c * plan.cellSize() / 1000;
        double southKm = r * plan.cellSize() / 1000;
        return 143 - 2.2 * eastKm - 2.4 * southKm + 2.5 * noise.fractal(c, r, plan.cells(1500), 4);
    }

    private void ground() {
        Noise noise = new Noise(plan.seed(), 1);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                z.set(c, r, plain(c, r, noise));
            }
        }
    }

    private void river() {
        Channel line = Channel.eastward(new Noise(plan.seed(), 2), cols, 0.70 * rows, 0.06, 0.07 * rows,
                plan.cells(2000));
        double bed = Double.POSITIVE_INFINITY;
        for (int i = 0; i < line.size(); i++) {
            int c = clamp((int) StrictMath.rint(line.x(i)), cols);
            int r = clamp((int) StrictMath.rint(line.y(i)), rows);
            bed = StrictMath.min(bed, z.get(c, r) - RIVER_DEPTH);
            line.setBed(i, bed);
        }
        river = line.field(cols, rows, 4);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double d = river.at(c, r);
                if (d <= 1.0) {
                    z.set(c, r, line.bed(river.nearestAt(c, r)));
                    use.set(c, r, LandUse.WATER.code());
                } else if (d <= 2.0) {
                    z.set(c, r, z.get(c, r) + LEVEE_HEIGHT);
                    use.set(c, r, LandUse.GRASSLAND.code());
                } else if (d <= 3.0) {
                    use.set(c, r, LandUse.GRASSLAND.code());
                }
            }
        }
    }

    private void railway() {
        for (int r = 0; r < rows; r++) {
            if (!use.is(railCol, r, LandUse.WATER.code())) {
                z.set(railCol, r, z.get(railCol, r) + RAIL_EMBANKMENT);
                use.set(railCol, r, LandUse.BARE.code());
            }
        }
    }

    /** A small lake in a park north-west of the centre, after Xuanyuan Lake Park. */
    private void lakePark() {
        Noise noise = new Noise(plan.seed(), 4);
        double lc = 0.25 * cols;
        double lr = 0.33 * rows;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double d = StrictMath.hypot(c - lc, r - lr) * (1 + 0.2 * noise.fractal(c, r, 6, 2));
                if (d <= 3.5) {
                    z.set(c, r, z.get(c, r) - 3);
                    use.set(c, r, LandUse.WATER.code());
                } else if (d <= 9) {
                    use.set(c, r, LandUse.PARK.code());
                }
            }
        }
    }

    /** Core, residential ring and industrial park; the river's banks inside the town become a park belt. */
    private void town() {
        Noise noise = new Noise(plan.seed(), 3);
        double cc = 0.45 * cols;
        double cr = 0.47 * rows;
        double ic = 0.80 * cols;
        double ir = 0.38 * rows;
        int core = plan.cells(1100);
        int ring = plan.cells(2000);
        int industry = plan.cells(500);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double wobble = 1 + 0.6 * noise.fractal(c, r, plan.cells(1500), 3);
                double d = StrictMath.hypot((c - cc) / 1.25, r - cr) * wobble;
                double di = StrictMath.hypot((c - ic) / 1.3, r - ir) * wobble;
                Settlement kind = di <= industry ? Settlement.INDUSTRIAL
                        : d <= core ? Settlement.CORE : d <= ring ? Settlement.RESIDENTIAL : Settlement.NONE;
                if (kind == Settlement.NONE) {
                    continue;
                }
                inTown[r * cols + c] = true;
                kinds.set(c, r, kind.ordinal());
                if (river.at(c, r) <= 3.5 && !use.is(c, r, LandUse.WATER.code())) {
                    use.set(c, r, LandUse.PARK.code());
                }
            }
        }
    }

    /** Villages in the fields, and orchards and shelter belts (forest) between them. */
    private List<int[]> villages() {
        Noise noise = new Noise(plan.seed(), 5);
        List<int[]> sites = Settlements.villageSites(noise, cols, rows, plan.cells(600), 0.55).stream()
                .filter(s -> !kinds.near(s[0], s[1], 4, v -> v != 0)
                        && !use.near(s[0], s[1], 3, LandUse.WATER.code())
                        && !use.near(s[0], s[1], 3, LandUse.BARE.code()))
                .toList();
        for (int[] s : sites) {
            Settlements.stampVillage(kinds, s[0], s[1], noise.unit(s[0], s[1]) < 0.5 ? 1.5 : 2.3);
        }
        Noise belts = new Noise(plan.seed(), 8);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (use.is(c, r, LandUse.CROPLAND.code()) && kinds.get(c, r) == 0
                        && belts.fractal(c, r, plan.cells(750), 3) > 0.45) {
                    use.set(c, r, LandUse.FOREST.code());
                }
            }
        }
        return sites;
    }

    /**
     * Where an arterial meets the railway it dips under the embankment: the three cells around the
     * crossing become an underpass 4 m below the plain, the low spot that fills first in a cloudburst
     * (the 7·20 lesson). Nobody lives in an underpass cell.
     */
    private void underpasses(Canvas roads) {
        Noise noise = new Noise(plan.seed(), 1);
        int art = plan.cells(1000);
        for (int r = art / 2; r < rows; r += art) {
            for (int c = railCol - 1; c <= railCol + 1; c++) {
                if (!use.is(c, r, LandUse.WATER.code())) {
                    roads.set(c, r, RoadClass.UNDERPASS.code());
                    z.set(c, r, plain(c, r, noise) - UNDERPASS_DEPTH);
                    kinds.set(c, r, Settlement.NONE.ordinal());
                }
            }
        }
    }

    private static int clamp(int v, int size) {
        return StrictMath.max(0, StrictMath.min(size - 1, v));
    }
}
