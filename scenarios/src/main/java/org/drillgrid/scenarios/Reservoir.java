package org.drillgrid.scenarios;

import java.util.ArrayDeque;
import org.drillgrid.model.scenario.LandUse;

/**
 * A reservoir basin dammed across a north-flowing tributary: the dam is a ridge across the valley at
 * the dam row wherever the lake touches it, with a spillway notch on the river; the lake is every cell
 * upstream of it, connected to the river, lower than the normal pool level. The lake keeps its bed
 * heights (filling it is the flood model's business); only its land use says water. There is no dam
 * model yet: the ridge holds water like any other high ground.
 */
record Reservoir(int sample, int damCol, int damRow, double pool, double crest, int lakeCells) {

    /** Freeboard of the dam crest above the normal pool, m (small earth dams of the Dabie hills: 3-6 m). */
    static final double FREEBOARD = 5.0;
    /** Sill of the spillway notch above the normal pool, m: a full lake spills into its own river. */
    static final double SPILLWAY = 1.0;

    /**
     * Builds a reservoir at sample {@code at} of {@code river}: scoops a bowl of radius {@code bowl} cells
     * into the valley just upstream of the dam row, as the basin behind a dam site is, then takes as lake
     * everything below a pool {@code depth} m above the bed at the dam, within {@code radius} cells of the
     * dam. When the lake would reach that radius the pool is lowered in 1 m steps until the basin closes
     * inside it. Lake cells are marked 1 in {@code lakes}.
     */
    static Reservoir build(Canvas z, Canvas use, Canvas lakes, Channel river, int at, double depth, int bowl,
            int radius) {
        int col = (int) StrictMath.rint(river.x(at));
        int row = (int) StrictMath.rint(river.y(at));
        scoop(z, col, row, river.bed(at) + 2, bowl);
        for (double pool = river.bed(at) + depth; pool > river.bed(at) + 2; pool -= 1) {
            boolean[] lake = fill(z, col, row, pool, radius);
            if (lake != null) {
                return fix(z, use, lakes, at, col, row, pool, lake);
            }
        }
        throw new IllegalStateException("no closed reservoir basin at [" + col + ", " + row + "]");
    }

    /**
     * Lowers the ground south of the dam row into a bowl centred 0.6 radius upstream of the dam: flat at
     * {@code bottom} out to half the radius, then rising smoothly back to the untouched ground at the radius.
     */
    private static void scoop(Canvas z, int col, int row, double bottom, int bowl) {
        double centre = row + 0.6 * bowl;
        for (int r = row + 1; r <= centre + bowl; r++) {
            for (int c = col - bowl; c <= col + bowl; c++) {
                double d = StrictMath.hypot(c - col, r - centre) / bowl;
                if (z.contains(c, r) && d < 1) {
                    double t = StrictMath.max(0, (d - 0.5) / 0.5);
                    double here = z.get(c, r);
                    z.set(c, r, StrictMath.min(here, bottom + StrictMath.max(0, here - bottom) * t * t * (3 - 2 * t)));
                }
            }
        }
    }

    /** The lake cells for a pool level, or null when the water would reach the radius (basin not closed). */
    private static boolean[] fill(Canvas z, int col, int row, double pool, int radius) {
        boolean[] lake = new boolean[z.cols() * z.rows()];
        ArrayDeque<int[]> todo = new ArrayDeque<>();
        todo.add(new int[] {col, row + 1});
        lake[(row + 1) * z.cols() + col] = true;
        while (!todo.isEmpty()) {
            int[] cell = todo.poll();
            if (StrictMath.hypot(cell[0] - col, cell[1] - row) >= radius) {
                return null;
            }
            for (int[] d : new int[][] {{1, 0}, {-1, 0}, {0, 1}, {0, -1}}) {
                int c = cell[0] + d[0];
                int r = cell[1] + d[1];
                if (r > row && z.contains(c, r) && !lake[r * z.cols() + c] && z.get(c, r) < pool) {
                    lake[r * z.cols() + c] = true;
                    todo.add(new int[] {c, r});
                }
            }
        }
        return lake;
    }

    /** Whether lake cell (c, row) or one of its east-west neighbours lies just south of the dam row. */
    private static boolean onShore(boolean[] lake, int cols, int c, int row) {
        for (int k = StrictMath.max(0, c - 1); k <= StrictMath.min(cols - 1, c + 1); k++) {
            if (lake[row * cols + k]) {
                return true;
            }
        }
        return false;
    }

    private static Reservoir fix(Canvas z, Canvas use, Canvas lakes, int at, int col, int row, double pool,
            boolean[] lake) {
        int cells = 0;
        for (int i = 0; i < lake.length; i++) {
            if (lake[i]) {
                use.set(i % z.cols(), i / z.cols(), LandUse.WATER.code());
                lakes.set(i % z.cols(), i / z.cols(), 1);
                cells++;
            }
        }
        double crest = pool + FREEBOARD;
        for (int c = 0; c < z.cols(); c++) {
            if (onShore(lake, z.cols(), c, row + 1) && z.get(c, row) < crest) {
                z.set(c, row, crest);
                use.set(c, row, LandUse.BARE.code());
            }
        }
        z.set(col, row, pool + SPILLWAY);
        return new Reservoir(at, col, row, pool, crest, cells);
    }
}
