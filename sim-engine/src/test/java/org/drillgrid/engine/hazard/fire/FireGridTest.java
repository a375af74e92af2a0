package org.drillgrid.engine.hazard.fire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fire growth on the raster against the continuous solution it approximates: in uniform conditions a point ignition
 * grows into the ellipse of its {@link Spread}, head at headRos·T ahead and length over breadth LB (Anderson 1983;
 * Van Wagner 1969), a circle without wind. Plus the invariants of the front: barriers hold, the order is by arrival,
 * stepping in small or large increments gives the same fire.
 */
class FireGridTest {

    private static final int N = 201;
    private static final double CELL = 30;
    /** Allowed relative error of the head's distance (the brief's bound; measured: under 1 %). */
    private static final double HEAD_TOLERANCE = 0.10;
    /** Allowed relative error of the burned shape's length-to-breadth ratio (measured: under 2 %). */
    private static final double SHAPE_TOLERANCE = 0.15;
    /** Allowed spread among the extents in the 8 compass directions without wind (measured: under 2 %). */
    private static final double CIRCLE_TOLERANCE = 0.10;
    private static final FuelModel GS4 = FuelModel.byCode("GS4").orElseThrow();
    private static final Moisture LOW = new Moisture(6, 7, 8, 60, 90);
    private static final double MIDFLAME_5_MPH = 5 * 0.44704;

    private static int cell(int row, int col) {
        return row * N + col;
    }

    @Test
    void aWindDrivenHeadRunsAtTheHeadRateAndTheShapeHasTheEllipsesLengthToBreadth() {
        for (double windFrom : new double[] {270, 250}) { // heading east, on a raster axis, and 20 degrees off it
            Spread s = Rothermel.spread(GS4, LOW, MIDFLAME_5_MPH, windFrom, 0, 0);
            double heading = Math.toRadians(s.headingDeg());
            double ex = Math.sin(heading);
            double ny = Math.cos(heading);
            int row = 100 + (int) Math.round(60 * ny);
            int col = 100 - (int) Math.round(60 * ex);
            FireGrid grid = new FireGrid(N, N, CELL, (c, t) -> s);
            grid.ignite(cell(row, col), 0);
            double t = 150 * CELL / s.headRosMps(); // the head runs 150 cells
            grid.advanceTo(t);

            double ahead = Double.NEGATIVE_INFINITY;
            double behind = Double.POSITIVE_INFINITY;
            double side = 0;
            for (int c = 0; c < N * N; c++) {
                if (grid.burned(c)) {
                    double east = (c % N - col) * CELL;
                    double north = (row - c / N) * CELL;
                    double along = east * ex + north * ny;
                    ahead = Math.max(ahead, along);
                    behind = Math.min(behind, along);
                    side = Math.max(side, Math.abs(east * ny - north * ex));
                }
            }
            double expectedHead = s.headRosMps() * t;
            assertEquals(expectedHead, ahead, expectedHead * HEAD_TOLERANCE, "head, wind from " + windFrom);
            double lengthToBreadth = (ahead - behind + CELL) / (2 * side + CELL);
            assertEquals(s.lengthToBreadth(), lengthToBreadth, s.lengthToBreadth() * SHAPE_TOLERANCE,
                    "length-to-breadth, wind from " + windFrom);
        }
    }

    @Test
    void withoutWindOrSlopeTheFireIsACircle() {
        Spread s = Rothermel.spread(GS4, LOW, 0, 0, 0, 0);
        FireGrid grid = new FireGrid(N, N, CELL, (c, t) -> s);
        grid.ignite(cell(100, 100), 0);
        grid.advanceTo(90 * CELL / s.headRosMps());
        int[][] directions = {{-1, 0}, {-1, 1}, {0, 1}, {1, 1}, {1, 0}, {1, -1}, {0, -1}, {-1, -1}};
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (int[] d : directions) {
            int k = 0;
            while (grid.burned(cell(100 + (k + 1) * d[0], 100 + (k + 1) * d[1]))) {
                k++;
            }
            double extent = k * CELL * Math.hypot(d[0], d[1]);
            min = Math.min(min, extent);
            max = Math.max(max, extent);
        }
        assertTrue(max / min - 1 < CIRCLE_TOLERANCE, "extents from " + min + " to " + max + " m");
    }

    @Test
    void aLineOfBlockedCellsStopsTheFire() {
        Spread s = Rothermel.spread(GS4, LOW, MIDFLAME_5_MPH, 270, 0, 0);
        FireGrid grid = new FireGrid(N, N, CELL, (c, t) -> s);
        for (int r = 0; r < N; r++) {
            grid.block(cell(r, 120));
        }
        grid.ignite(cell(100, 60), 0);
        grid.advanceTo(Double.POSITIVE_INFINITY);
        assertFalse(grid.active());
        assertTrue(grid.burned(cell(100, 119)), "the fire reached the line");
        for (int c = 0; c < N * N; c++) {
            assertFalse(c % N >= 120 && grid.burned(c), "burned at or beyond the line: " + c);
        }
    }

    @Test
    void aFireDoesNotCrossAOneCellDiagonalBarrier() {
        // a staircase of single cells touching at their corners, from the north-west to the south-east corner
        Spread s = Rothermel.spread(GS4, LOW, MIDFLAME_5_MPH, 45, 0, 0); // pushes the fire south-west, across it
        FireGrid grid = new FireGrid(N, N, CELL, (c, t) -> s);
        for (int i = 0; i < N; i++) {
            grid.block(cell(i, i));
        }
        grid.ignite(cell(40, 160), 0);
        grid.advanceTo(Double.POSITIVE_INFINITY);
        assertTrue(grid.burned(cell(99, 100)), "the fire reached the barrier");
        for (int c = 0; c < N * N; c++) {
            assertFalse(c / N >= c % N && grid.burned(c), "crossed to " + c / N + ", " + c % N);
        }
    }

    @Test
    void aFireDoesNotJumpAOneCellLineOfUnburnableFuelByAKnightsMove() {
        // a road (NB1) one cell wide along row 100, and a wind blowing across it
        Spread s = Rothermel.spread(GS4, LOW, MIDFLAME_5_MPH, 0, 0, 0);
        FuelModel road = FuelModel.byCode("NB1").orElseThrow();
        Spread none = Rothermel.spread(road, LOW, MIDFLAME_5_MPH, 0, 0, 0);
        FireGrid grid = new FireGrid(N, N, CELL, (c, t) -> c / N == 100 ? none : s);
        grid.ignite(cell(60, 100), 0);
        grid.advanceTo(Double.POSITIVE_INFINITY);
        assertTrue(grid.burned(cell(99, 100)), "the fire reached the road");
        for (int c = 0; c < N * N; c++) {
            assertFalse(c / N >= 100 && grid.burned(c), "crossed the road to " + c / N + ", " + c % N);
        }
    }

    @Test
    void aKnightsMovePassesOnlyBetweenPassableCells() {
        // 3 x 3 grid, fire in the north-west corner; the knight's move to (1, 2) crosses (0, 1) and (1, 1)
        Spread s = Rothermel.spread(GS4, LOW, 0, 0, 0, 0);
        FireGrid grid = new FireGrid(3, 3, CELL, (c, t) -> s);
        grid.block(1);
        grid.block(3);
        grid.block(4);
        grid.ignite(0, 0);
        grid.advanceTo(Double.POSITIVE_INFINITY);
        assertEquals(1, grid.burnedCount(), "boxed in by (0,1), (1,0) and the diagonal's (1,1)");

        FireGrid open = new FireGrid(3, 3, CELL, (c, t) -> s);
        open.block(1); // (1, 1) stays open: the knight's move to (1, 2) is still barred, the diagonal is not
        open.block(3);
        open.ignite(0, 0);
        open.advanceTo(Double.POSITIVE_INFINITY);
        assertEquals(1, open.burnedCount(), "a diagonal between two blocked cells is barred too");
    }

    @Test
    void aBlockedCellNeverBurnsEvenWithAnArrivalPending() {
        Spread s = Rothermel.spread(GS4, LOW, 0, 0, 0, 0);
        FireGrid grid = new FireGrid(5, 1, CELL, (c, t) -> s);
        grid.ignite(0, 0);
        grid.advanceTo(1);
        assertTrue(grid.active(), "cell 1 has an arrival time offered");
        grid.block(1);
        assertFalse(grid.active(), "and it was the only one");
        grid.advanceTo(Double.POSITIVE_INFINITY);
        assertEquals(1, grid.burnedCount());
        assertTrue(Double.isNaN(grid.arrival(1)));
    }

    @Test
    void aChangeOfWindTurnsTheHead() {
        double midflame = 4;
        Spread west = Rothermel.spread(GS4, LOW, midflame, 270, 0, 0); // head east
        Spread south = Rothermel.spread(GS4, LOW, midflame, 180, 0, 0); // head north
        double turn = 50 * CELL / west.headRosMps();
        FireGrid grid = new FireGrid(N, N, CELL, (c, t) -> t < turn ? west : south);
        int row = 160;
        int col = 40;
        grid.ignite(cell(row, col), 0);
        grid.advanceTo(turn);
        double[] before = extents(grid, row, col);
        double more = 50 * CELL / south.headRosMps();
        grid.advanceTo(turn + more);
        double[] after = extents(grid, row, col);
        double gainedNorth = after[0] - before[0];
        double gainedEast = after[1] - before[1];
        assertTrue(before[1] > 3 * before[0], "first the head ran east");
        assertEquals(south.headRosMps() * more, gainedNorth, south.headRosMps() * more * HEAD_TOLERANCE,
                "then north at the new head rate");
        assertTrue(gainedEast < 0.5 * gainedNorth, "while the east end only widened: " + gainedEast);
    }

    /** Farthest burned distances north and east of the ignition, m. */
    private static double[] extents(FireGrid grid, int row, int col) {
        double north = 0;
        double east = 0;
        for (int c = 0; c < N * N; c++) {
            if (grid.burned(c)) {
                north = Math.max(north, (row - c / N) * CELL);
                east = Math.max(east, (c % N - col) * CELL);
            }
        }
        return new double[] {north, east};
    }

    @Test
    void aFireSlowsWhereItEntersSlowerFuel() {
        // no wind; fuel model 1 (short grass) west of column 100, timber litter TL3 east of it: along the row the
        // straight line is the fastest path, so a cell's arrival is distance in each fuel over that fuel's rate
        Spread grass = Rothermel.spread(FuelModel.byCode("1").orElseThrow(), LOW, 0, 0, 0, 0);
        Spread litter = Rothermel.spread(FuelModel.byCode("TL3").orElseThrow(), LOW, 0, 0, 0, 0);
        FireGrid grid = new FireGrid(N, N, CELL, (c, t) -> c % N < 100 ? grass : litter);
        grid.ignite(cell(100, 50), 0);
        double expected = 49.5 * CELL / grass.headRosMps() + 30.5 * CELL / litter.headRosMps();
        grid.advanceTo(expected * 1.1);
        assertEquals(expected, grid.arrival(cell(100, 130)), expected * 0.01);
    }

    @Test
    void cellsBurnInOrderOfArrivalAndThenOfIndex() {
        Spread s = Rothermel.spread(GS4, LOW, 0, 0, 0, 0);
        FireGrid grid = new FireGrid(41, 41, CELL, (c, t) -> s);
        grid.ignite(20 * 41 + 20, 0);
        List<Integer> order = grid.advanceTo(Double.POSITIVE_INFINITY);
        assertEquals(41 * 41, order.size());
        for (int i = 1; i < order.size(); i++) {
            double t0 = grid.arrival(order.get(i - 1));
            double t1 = grid.arrival(order.get(i));
            assertTrue(t0 < t1 || (t0 == t1 && order.get(i - 1) < order.get(i)), "position " + i);
        }
        assertEquals(grid.arrival(19 * 41 + 20), grid.arrival(20 * 41 + 19), 0, "symmetric neighbours tie");
    }

    @Test
    void smallStepsBurnTheSameFireAsOneLargeStep() {
        Spread s = Rothermel.spread(GS4, LOW, 3, 300, 20, 90);
        FireGrid once = new FireGrid(81, 61, CELL, (c, t) -> s);
        FireGrid stepped = new FireGrid(81, 61, CELL, (c, t) -> s);
        once.ignite(30 * 81 + 40, 0);
        stepped.ignite(30 * 81 + 40, 0);
        once.advanceTo(Double.POSITIVE_INFINITY);
        int total = 0;
        for (double t = 0; stepped.active(); t += 60) {
            List<Integer> now = stepped.advanceTo(t);
            for (int c : now) {
                assertTrue(stepped.arrival(c) <= t && stepped.arrival(c) > t - 60, "burned in its own step");
            }
            total += now.size();
        }
        assertEquals(81 * 61, total);
        double[] a = new double[81 * 61];
        double[] b = new double[81 * 61];
        for (int c = 0; c < a.length; c++) {
            a[c] = once.arrival(c);
            b[c] = stepped.arrival(c);
        }
        assertArrayEquals(a, b);
    }

    @Test
    void ignitionIsIgnoredWhereTheFuelCannotBurnOrHasBurned() {
        Spread s = Rothermel.spread(GS4, LOW, 0, 0, 0, 0);
        FireGrid grid = new FireGrid(10, 10, CELL, (c, t) -> c == 7 ? null : s);
        grid.ignite(7, 0);
        assertFalse(grid.active());
        grid.block(3);
        grid.ignite(3, 0);
        assertFalse(grid.active());
        grid.ignite(0, 5);
        grid.advanceTo(5);
        assertEquals(5, grid.arrival(0));
        grid.ignite(0, 9);
        grid.advanceTo(Double.POSITIVE_INFINITY);
        assertEquals(5, grid.arrival(0), "a second ignition of a burned cell changes nothing");
        assertEquals(98, grid.burnedCount(), "all but the unburnable and the blocked cell");
        assertEquals(98 * CELL * CELL, grid.burnedAreaM2());
        assertTrue(Double.isNaN(grid.arrival(7)));
        assertFalse(grid.active());
    }

    @Test
    void thirtyThousandCellsBurnWellUnderASecond() {
        Spread s = Rothermel.spread(GS4, LOW, MIDFLAME_5_MPH, 250, 30, 0);
        FireGrid grid = new FireGrid(200, 150, CELL, (c, t) -> s);
        long start = System.nanoTime();
        grid.ignite(75 * 200 + 100, 0);
        grid.advanceTo(Double.POSITIVE_INFINITY);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(30_000, grid.burnedCount());
        assertTrue(seconds < 1, "took " + seconds + " s");
    }
}
