package org.drillgrid.engine.hazard.flood;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The band sweep against the scheme done the plain way: every raw flux of the grid, then every
 * limiter factor, then every limited flux, then every depth, into fresh arrays. The sweep does the
 * same arithmetic a row at a time, in up to 16 bands that work out their neighbours' edge rows again,
 * in rings of three rows, updating the water in place after saving the rows its neighbours read; any
 * slip in that bookkeeping (a row read after it was overwritten, a ring slot reused too early, a halo
 * row missing) changes the bits. The grids include bands of one row (fewer than 32 rows), one column,
 * and widths that leave tails to the plain end of the vector loops.
 */
class BandSweepTest {

    private static final double DX = 10;
    private static final FloodSettings SETTINGS = FloodSettings.DEFAULT;

    @Test
    void theSweepGivesTheBitsOfTheWholeGridSchemeOnEveryShape() {
        int[][] shapes = {{1, 5}, {2, 17}, {9, 16}, {9, 17}, {37, 20}, {37, 33}, {64, 47}, {13, 1}, {24, 96}, {7, 170}};
        for (int[] shape : shapes) {
            for (boolean byCell : new boolean[] {false, true}) {
                check(shape[0], shape[1], false, byCell); // one thread: by turns last band first and first first
                check(shape[0], shape[1], true, byCell);
            }
        }
    }

    /** Rain on the west half and drains taking 20 mm/h on every third cell: the source term row by row. */
    private static SourceTerm rainAndDrains(int cols) {
        return new SourceTerm() {
            @Override
            public double rain(int cell, double t) {
                return cell % cols < (cols + 1) / 2 ? 60 / 3.6e6 : 0;
            }

            @Override
            public double lossCapacity(int cell, double t, double dt) {
                return cell % 3 == 0 ? 20 / 3.6e6 * dt : 0;
            }
        };
    }

    private static void check(int cols, int rows, boolean parallel, boolean byCell) {
        double[] bed = new double[cols * rows];
        double[] manning = new double[cols * rows];
        double[] h = new double[cols * rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int i = r * cols + c;
                bed[i] = 1.2 * Math.sin(c / 3.0) * Math.cos(r / 4.0) + 0.05 * ((c * 7 + r * 3) % 5);
                manning[i] = 0.02 + 0.01 * ((c + 2 * r) % 4);
                // a lake in the west and ponds in every fourth row, dry ridges elsewhere: wet and dry
                // cells side by side, and cells on the edges of the water that the limiter holds back
                h[i] = c < cols / 2 + 1 || r % 4 == 1 ? Math.max(0, 1.5 - bed[i]) : 0;
            }
        }
        FloodSolver solver = new FloodSolver(cols, rows, DX, bed, manning, SETTINGS.withParallel(parallel));
        for (int i = 0; i < h.length; i++) {
            solver.setDepth(i, h[i]);
        }
        double rain = 40 / 3.6e6; // 40 mm/h everywhere: the uniform-rain path
        SourceTerm source = byCell ? rainAndDrains(cols) : SourceTerm.rain(t -> rain);
        solver.setSource(source);
        Grid reference = new Grid(cols, rows, bed, manning, h);
        double t = 0;
        for (int step = 0; step < 60; step++) {
            double dt = reference.stableStep();
            reference.step(t, dt, source);
            assertEquals(1, solver.advance(t, dt), "one sub-step");
            t += dt;
            assertArrayEquals(reference.h, solver.depths(), cols + " x " + rows + (parallel ? ", bands in parallel" : "")
                    + (byCell ? ", rain and drains by cell" : "") + ", sub-step " + step);
        }
    }

    /** The scheme over the whole grid at once, closed on all four sides, double-buffered. */
    private static final class Grid {

        final int cols;
        final int rows;
        final double[] bed;
        final double[] manning;
        double[] h;
        double[] qx;
        double[] qy;
        final RowKernels plain = RowKernels.plain();

        Grid(int cols, int rows, double[] bed, double[] manning, double[] h) {
            this.cols = cols;
            this.rows = rows;
            this.bed = bed;
            this.manning = manning;
            this.h = h.clone();
            this.qx = new double[(cols + 1) * rows];
            this.qy = new double[cols * (rows + 1)];
        }

        double stableStep() {
            double deepest = 0;
            for (double d : h) {
                deepest = Math.max(deepest, d);
            }
            return deepest < SETTINGS.wetDry() ? SETTINGS.maxStep()
                    : Math.min(SETTINGS.maxStep(), SETTINGS.alpha() * DX / Math.sqrt(FloodSolver.G * deepest));
        }

        void step(double t, double dt, SourceTerm source) {
            RowKernels.FaceTerms terms = RowKernels.FaceTerms.of(SETTINGS, dt, DX);
            double[] rawX = new double[qx.length]; // walls: the edge faces stay 0
            double[] rawY = new double[qy.length];
            for (int r = 0; r < rows; r++) {
                int faces = r * (cols + 1);
                plain.faces(cols - 1, bed, manning, r * cols, r * cols + 1, h, h, qx, faces + 1, qx, faces, qx,
                        faces + 2, terms, rawX, faces + 1);
            }
            for (int k = 1; k < rows; k++) {
                plain.faces(cols, bed, manning, (k - 1) * cols, k * cols, h, h, qy, k * cols, qy, (k - 1) * cols, qy,
                        (k + 1) * cols, terms, rawY, k * cols);
            }
            // factors by row with a 1 on each side, and a row of ones beyond the north and south edges
            double[][] factor = new double[rows + 2][cols + 2];
            java.util.Arrays.fill(factor[0], 1);
            java.util.Arrays.fill(factor[rows + 1], 1);
            for (int r = 0; r < rows; r++) {
                double[] x = java.util.Arrays.copyOfRange(rawX, r * (cols + 1), (r + 1) * (cols + 1));
                double[] north = java.util.Arrays.copyOfRange(rawY, r * cols, (r + 1) * cols);
                double[] south = java.util.Arrays.copyOfRange(rawY, (r + 1) * cols, (r + 2) * cols);
                factor[r + 1][0] = 1;
                factor[r + 1][cols + 1] = 1;
                plain.limiter(cols, x, north, south, h, r * cols, DX, dt, factor[r + 1], 1);
            }
            double[] newQx = new double[qx.length];
            double[] newQy = new double[qy.length];
            for (int r = 0; r < rows; r++) {
                double[] x = java.util.Arrays.copyOfRange(rawX, r * (cols + 1), (r + 1) * (cols + 1));
                plain.limit(cols + 1, x, factor[r + 1], 0, factor[r + 1], 1, newQx, r * (cols + 1));
            }
            for (int k = 0; k <= rows; k++) {
                double[] y = java.util.Arrays.copyOfRange(rawY, k * cols, (k + 1) * cols);
                plain.limit(cols, y, factor[k], 1, factor[k + 1], 1, newQy, k * cols);
            }
            double[] newH = new double[h.length];
            double[] depth = new double[cols];
            for (int r = 0; r < rows; r++) {
                plain.continuity(cols, h, r * cols, newQx, r * (cols + 1), newQy, r * cols, newQy, (r + 1) * cols,
                        dt / DX, depth);
                for (int c = 0; c < cols; c++) {
                    int cell = r * cols + c;
                    double d = depth[c] + source.rain(cell, t) * dt; // the uniform rain is a rain like any other
                    d -= Math.min(source.lossCapacity(cell, t, dt), Math.max(0, d));
                    newH[cell] = d < 0 && d > -RowKernels.ROUND_OFF ? 0 : d;
                }
            }
            h = newH;
            qx = newQx;
            qy = newQy;
        }
    }
}
