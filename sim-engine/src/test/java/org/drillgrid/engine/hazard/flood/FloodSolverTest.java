package org.drillgrid.engine.hazard.flood;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Invariants and reference solutions of the local inertial solver (STYLE.md: mass conserved, depth never
 * negative, still water stays still, zero time changes nothing, published reference values).
 */
class FloodSolverTest {

    /** Round-off allowance for sums over a grid of a few thousand cells. */
    private static final double MASS_TOLERANCE = 1e-9;
    private static final double N_URBAN = 0.035;

    private static double[] constant(int size, double v) {
        double[] a = new double[size];
        Arrays.fill(a, v);
        return a;
    }

    /** A bumpy bed: two crossing ridges and a hollow, 0-3 m, on a 40 x 30 grid. */
    private static double[] bumpyBed(int cols, int rows) {
        double[] z = new double[cols * rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                z[r * cols + c] = 1.5 + 1.5 * Math.sin(c / 4.0) * Math.cos(r / 5.0);
            }
        }
        return z;
    }

    @Test
    void stillWaterStaysStillOverBumpsThatStickOut() {
        int cols = 40;
        int rows = 30;
        double[] bed = bumpyBed(cols, rows);
        FloodSolver s = new FloodSolver(cols, rows, 10, bed, constant(cols * rows, N_URBAN), FloodSettings.DEFAULT);
        double level = 2.0; // some bumps rise above it: wet and dry cells side by side
        for (int i = 0; i < bed.length; i++) {
            s.setDepth(i, Math.max(0, level - bed[i]));
        }
        double[] before = s.depths();
        s.advance(0, 3600);
        double[] after = s.depths();
        for (int i = 0; i < before.length; i++) {
            assertEquals(before[i], after[i], 1e-12, "cell " + i);
            assertEquals(0, s.speed(i), 1e-12);
        }
    }

    @Test
    void zeroDurationChangesNothing() {
        FloodSolver s = new FloodSolver(5, 5, 10, constant(25, 0), constant(25, N_URBAN), FloodSettings.DEFAULT);
        s.setDepth(12, 1.0);
        assertEquals(0, s.advance(0, 0));
        assertEquals(1.0, s.depth(12));
    }

    @Test
    void rainOnAClosedBasinIsAllStoredAndDepthsStayNonNegative() {
        int cols = 40;
        int rows = 30;
        FloodSolver s = new FloodSolver(cols, rows, 10, bumpyBed(cols, rows), constant(cols * rows, N_URBAN),
                FloodSettings.DEFAULT);
        double rate = 100 / 1000.0 / 3600; // 100 mm/h
        s.setSource(SourceTerm.rain(t -> t < 1800 ? rate : 0));
        for (int minute = 0; minute < 120; minute++) {
            s.advance(minute * 60, 60);
            assertTrue(Arrays.stream(s.depths()).min().orElseThrow() >= 0, "no negative depth");
        }
        double rainVolume = rate * 1800 * cols * rows * 100;
        assertEquals(rainVolume, s.massBalance().rain(), rainVolume * MASS_TOLERANCE);
        assertEquals(0, s.massBalance().relativeError(s.volume()), MASS_TOLERANCE);
    }

    @Test
    void damBreakOntoDryGroundConservesMassAndNeverGoesNegative() {
        int cols = 60;
        int rows = 21;
        FloodSolver s = new FloodSolver(cols, rows, 5, constant(cols * rows, 0), constant(cols * rows, 0.02),
                FloodSettings.DEFAULT);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < 10; c++) {
                s.setDepth(r * cols + c, 2.0);
            }
        }
        double v0 = s.volume();
        for (int k = 0; k < 60; k++) {
            s.advance(k * 5.0, 5);
            assertTrue(Arrays.stream(s.depths()).min().orElseThrow() >= 0, "no negative depth");
        }
        assertEquals(v0, s.volume(), v0 * MASS_TOLERANCE);
        assertTrue(s.depth(10 * cols + 40) > 0.01, "the wave has travelled 150 m in 300 s");
    }

    @Test
    void parallelRowBandsGiveBitIdenticalResults() {
        int cols = 120;
        int rows = 90;
        double[][] results = new double[2][];
        double[] budgets = new double[4];
        for (int k = 0; k < 2; k++) {
            FloodSettings settings = FloodSettings.DEFAULT.withParallel(k == 1);
            FloodSolver s = new FloodSolver(cols, rows, 10, bumpyBed(cols, rows), constant(cols * rows, N_URBAN), settings);
            for (int r = 0; r < rows; r++) {
                s.setDepth(r * cols + 3, 3.0);
            }
            s.setSource(SourceTerm.rain(t -> 50 / 3.6e6));
            s.addBoundary(new Boundary(Edge.EAST, 0, rows - 1, Boundary.Kind.FREE, t -> 0));
            s.advance(0, 1800);
            results[k] = s.depths();
            budgets[2 * k] = s.massBalance().rain();
            budgets[2 * k + 1] = s.massBalance().outflow();
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(results[0], results[1], "depth by depth, bit for bit");
        assertEquals(budgets[0], budgets[2], 0.0);
        assertEquals(budgets[1], budgets[3], 0.0);
    }

    /**
     * The vector loops and the plain ones give the same water, bit for bit, so a run does not depend on
     * whether the JVM has the Vector API. Widths of 203 and 13 columns leave tails that the vector loops
     * hand to the plain ones; dry ridges, a dam break, rain, losses and every kind of boundary take each
     * branch (dry lanes, cells that must be limited, the source term row by row and the uniform rain).
     */
    @Test
    void vectorAndPlainKernelsGiveBitIdenticalResults() {
        assertTrue(RowKernels.VECTOR && RowKernels.create() instanceof VectorRowKernels,
                "the tests run with --add-modules jdk.incubator.vector (the root pom's argLine)");
        for (int cols : new int[] {203, 13}) {
            int rows = 47;
            for (boolean uniform : new boolean[] {true, false}) {
                double[][] depths = new double[2][];
                double[][] budgets = new double[2][];
                for (int k = 0; k < 2; k++) {
                    RowKernels kernels = k == 0 ? RowKernels.plain() : RowKernels.create();
                    FloodSolver s = new FloodSolver(cols, rows, 10, bumpyBed(cols, rows), manningField(cols, rows),
                            FloodSettings.DEFAULT.withParallel(true), kernels);
                    for (int r = 5; r < 20; r++) {
                        for (int c = 0; c < cols / 3; c++) {
                            s.setDepth(r * cols + c, 2.5 + 0.01 * c); // a dam break onto the bumps
                        }
                    }
                    s.setSource(uniform ? SourceTerm.rain(t -> (t < 600 ? 80 : 10) / 3.6e6) : patchyRainAndDrains(cols));
                    s.addBoundary(new Boundary(Edge.WEST, 30, 40, Boundary.Kind.STAGE, t -> 3.2));
                    s.addBoundary(new Boundary(Edge.EAST, 0, rows - 1, Boundary.Kind.FREE, t -> 0));
                    s.addBoundary(new Boundary(Edge.NORTH, 2, Math.min(cols - 1, 9), Boundary.Kind.INFLOW, t -> 4.0));
                    s.advance(0, 1200);
                    depths[k] = s.depths();
                    MassBalance m = s.massBalance();
                    budgets[k] = new double[] {m.rain(), m.losses(), m.inflow(), m.outflow()};
                }
                String what = cols + " columns, " + (uniform ? "uniform rain" : "rain and drains by cell");
                org.junit.jupiter.api.Assertions.assertArrayEquals(depths[0], depths[1], what + ": depth by depth");
                org.junit.jupiter.api.Assertions.assertArrayEquals(budgets[0], budgets[1], 0.0, what + ": the budget");
                if (!uniform && cols > 100) { // the east of the wide grid gets no rain and stays dry
                    assertTrue(Arrays.stream(depths[1]).filter(d -> d == 0).count() > 0, what + ": some ground stayed dry");
                }
            }
        }
    }

    /** Manning's n varying by column, so that the two cells of a face differ. */
    private static double[] manningField(int cols, int rows) {
        double[] n = new double[cols * rows];
        for (int i = 0; i < n.length; i++) {
            n[i] = 0.02 + 0.005 * (i % cols % 7);
        }
        return n;
    }

    /** Rain on the west half only and drains taking 20 mm/h on every third cell. */
    private static SourceTerm patchyRainAndDrains(int cols) {
        return new SourceTerm() {
            @Override
            public double rain(int cell, double t) {
                return cell % cols < cols / 2 ? 60 / 3.6e6 : 0;
            }

            @Override
            public double lossCapacity(int cell, double t, double dt) {
                return cell % 3 == 0 ? 20 / 3.6e6 * dt : 0;
            }
        };
    }

    @Test
    void aSinkTakesUpToItsCapacityAndTheBudgetCountsIt() {
        FloodSolver s = new FloodSolver(1, 1, 10, constant(1, 0), constant(1, N_URBAN), FloodSettings.DEFAULT);
        s.setDepth(0, 1.0); // 100 m³
        s.addSink(0, 0.01); // 0.01 m³/s: 36 m³ in an hour
        s.advance(0, 3600);
        assertEquals(36, s.massBalance().outflow(), 1e-9, "the sink ran at capacity all hour");
        assertEquals(64, s.volume(), 1e-9);
        s.advance(3600, 3 * 3600);
        assertEquals(100, s.massBalance().outflow(), 1e-9, "then it took what was left, no more");
        assertTrue(Arrays.stream(s.depths()).min().orElseThrow() >= 0);
    }

    @Test
    void aSymmetricDamBreakStaysSymmetric() {
        int n = 31;
        FloodSolver s = new FloodSolver(n, n, 10, constant(n * n, 0), constant(n * n, N_URBAN), FloodSettings.DEFAULT);
        s.setDepth(15 * n + 15, 5.0);
        s.advance(0, 600);
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                assertEquals(s.depth(r * n + c), s.depth(r * n + (n - 1 - c)), 1e-9, "east-west mirror");
                assertEquals(s.depth(r * n + c), s.depth(c * n + r), 1e-9, "diagonal mirror");
            }
        }
    }

    @Test
    void freeOutflowDrainsAndBoundaryFlowsAreCountedInTheBudget() {
        int cols = 30;
        int rows = 3;
        double[] bed = new double[cols * rows];
        for (int i = 0; i < bed.length; i++) {
            bed[i] = 10 - 0.01 * (i % cols) * 10; // 1 % slope falling east
        }
        FloodSolver s = new FloodSolver(cols, rows, 10, bed, constant(cols * rows, N_URBAN), FloodSettings.DEFAULT);
        s.addBoundary(new Boundary(Edge.WEST, 0, rows - 1, Boundary.Kind.INFLOW, t -> 2.0));
        s.addBoundary(new Boundary(Edge.EAST, 0, rows - 1, Boundary.Kind.FREE, t -> 0));
        s.advance(0, 4 * 3600);
        MassBalance m = s.massBalance();
        assertEquals(2.0 * 4 * 3600, m.inflow(), 2.0 * 4 * 3600 * MASS_TOLERANCE, "inflow as prescribed");
        assertTrue(m.outflow() > 0.9 * m.inflow(), "near steady state most inflow leaves: " + m.outflow());
        assertEquals(0, m.relativeError(s.volume()), MASS_TOLERANCE);
    }
}
