package org.drillgrid.scenarios;

import java.util.ArrayList;
import java.util.List;
import org.drillgrid.model.scenario.LandUse;

/**
 * The ground and water of a {@link RiverBasin}: a plain rising into ridged hills, the main river with
 * its levees, three tributaries carving valleys out of the hills, and two reservoirs. Land use here is
 * only water, levee grass, dam crests and (everywhere else, for now) cropland.
 */
final class BasinTerrain {

    /** Huai levees above the plain, m (the main-stem dikes of the upper Huai: 4-8 m). */
    private static final double HUAI_LEVEE = 5.0;
    /** Half-width of the tributary valley floors, cells, and width of the walls that rise from them. */
    private static final double VALLEY_FLOOR = 3.0;
    private static final double VALLEY_WALL = 10.0;
    /** Bed height of the tributaries where they leave the hills at the south edge, m. */
    private static final double SOURCE_BED = 280.0;

    private final CityPlan plan;
    private final int cols;
    private final int rows;
    final Canvas z;
    final Canvas use;
    /** 1 where a cell is part of a reservoir lake. */
    final Canvas lakes;
    final Channel huai;
    final Channel.Field huaiField;
    final List<Channel> tributaries = new ArrayList<>();
    final List<Reservoir> reservoirs = new ArrayList<>();

    BasinTerrain(CityPlan plan) {
        this.plan = plan;
        this.cols = plan.cols();
        this.rows = plan.rows();
        this.z = new Canvas(cols, rows);
        this.use = new Canvas(cols, rows, LandUse.CROPLAND.code());
        this.lakes = new Canvas(cols, rows);
        this.huai = Channel.eastward(new Noise(plan.seed(), 2), cols, 0.12 * rows, 0.02, 0.035 * rows,
                plan.cells(5000));
        this.huaiField = huai.field(cols, rows, 5);
        ground();
        huai();
        tributaries();
        reservoirs();
    }

    /**
     * Plain rising from 42-46 m at the north edge; south of a wavy mountain front, ridged hills that reach
     * 700-800 m at the south edge.
     */
    private void ground() {
        Noise noise = new Noise(plan.seed(), 1);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double s = (double) r / (rows - 1);
                double e = (double) c / (cols - 1);
                double plainZ = 46 - 4 * e + 14 * s + 2.5 * noise.fractal(c, r, plan.cells(3000), 4);
                double front = s + 0.08 * noise.fractal(c, r + 1000, plan.cells(6000), 2);
                double hill = smoothstep((front - 0.30) / 0.55);
                double relief = StrictMath.pow(hill, 1.3)
                        * (420 + 330 * noise.ridged(c + 1000, r, plan.cells(3000), 5));
                z.set(c, r, plainZ + relief);
            }
        }
    }

    private void huai() {
        double bed = Double.POSITIVE_INFINITY;
        for (int i = 0; i < huai.size(); i++) {
            bed = StrictMath.min(bed, z.get(clamp(huai.x(i), cols), clamp(huai.y(i), rows)) - 6);
            huai.setBed(i, bed);
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double d = huaiField.at(c, r);
                if (d <= 1.5) {
                    z.set(c, r, huai.bed(huaiField.nearestAt(c, r)));
                    use.set(c, r, LandUse.WATER.code());
                } else if (d <= 2.5) {
                    z.set(c, r, z.get(c, r) + HUAI_LEVEE);
                    use.set(c, r, LandUse.GRASSLAND.code());
                } else if (d <= 4) {
                    use.set(c, r, LandUse.GRASSLAND.code());
                }
            }
        }
    }

    /** Three tributaries out of the hills; each carves a valley with a flat floor into the ground. */
    private void tributaries() {
        Noise noise = new Noise(plan.seed(), 3);
        for (double at : new double[] {0.28, 0.60, 0.86}) {
            Channel river = Channel.northward(noise, rows, at * cols, plan.cells(600), plan.cells(3000), huai);
            int n = river.size();
            double mouth = huai.bed(nearestSample(huai, river.x(n - 1))) + 1;
            for (int i = 0; i < n; i++) {
                double t = (double) (n - 1 - i) / (n - 1);
                river.setBed(i, mouth + (SOURCE_BED - mouth) * StrictMath.pow(t, 1.7));
            }
            Channel.Field field = river.field(cols, rows, (int) (VALLEY_FLOOR + VALLEY_WALL) + 1);
            carve(river, field);
            tributaries.add(river);
        }
    }

    /**
     * Cuts a valley: the channel at bed height, a floor {@code VALLEY_FLOOR} cells either side rising
     * gently from it, then walls that blend back into the untouched ground over {@code VALLEY_WALL}
     * cells, keeping its relief rather than planing it off.
     */
    private void carve(Channel river, Channel.Field field) {
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int i = field.nearestAt(c, r);
                if (i < 0) {
                    continue;
                }
                double d = field.at(c, r);
                double bed = river.bed(i);
                double here = z.get(c, r);
                if (d <= 0.75) {
                    z.set(c, r, StrictMath.min(here, bed));
                    use.set(c, r, LandUse.WATER.code());
                    continue;
                }
                double floor = bed + 1.5 + 0.5 * StrictMath.min(d, VALLEY_FLOOR);
                double blend = smoothstep((d - VALLEY_FLOOR) / VALLEY_WALL);
                z.set(c, r, StrictMath.min(here, floor + StrictMath.max(0, here - floor) * blend));
            }
        }
    }

    /** Reservoirs on the first two tributaries where their bed has come down to 120 m, pools 28 m deep. */
    private void reservoirs() {
        for (Channel river : tributaries.subList(0, 2)) {
            reservoirs.add(Reservoir.build(z, use, lakes, river, river.firstBedBelow(120), 28, plan.cells(1400),
                    plan.cells(3500)));
        }
    }

    /** Index of the sample of a west-east line nearest to column {@code x}. */
    private static int nearestSample(Channel line, double x) {
        int i = (int) StrictMath.rint((x - line.x(0)) / Channel.STEP);
        return StrictMath.max(0, StrictMath.min(line.size() - 1, i));
    }

    private static int clamp(double v, int size) {
        return StrictMath.max(0, StrictMath.min(size - 1, (int) StrictMath.rint(v)));
    }

    static double smoothstep(double t) {
        double x = StrictMath.max(0, StrictMath.min(1, t));
        return x * x * (3 - 2 * x);
    }
}
