package org.drillgrid.engine.hazard.flood;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Steady uniform flow down a sloping channel reaches Manning's normal depth, h = (q·n/√S)^(3/5)
 * (Manning 1891; e.g. Chow 1959, ch. 6): the local inertial scheme must give it where inertia has died
 * out, away from the ends of the reach.
 */
class NormalDepthTest {

    private static final double SLOPE = 0.001;
    private static final double N = 0.03;
    private static final double Q_PER_METRE = 1.0;
    private static final int COLS = 120;
    private static final double DX = 25;
    /** Allowed relative deviation from the normal depth in the middle of the reach. */
    private static final double TOLERANCE = 0.005;

    @Test
    void steadyFlowDownASlopeHasManningsNormalDepth() {
        double[] bed = new double[COLS];
        for (int c = 0; c < COLS; c++) {
            bed[c] = 10 - SLOPE * DX * c;
        }
        double[] n = new double[COLS];
        Arrays.fill(n, N);
        FloodSolver s = new FloodSolver(COLS, 1, DX, bed, n, FloodSettings.DEFAULT);
        s.addBoundary(new Boundary(Edge.WEST, 0, 0, Boundary.Kind.INFLOW, t -> Q_PER_METRE * DX));
        s.addBoundary(new Boundary(Edge.EAST, 0, 0, Boundary.Kind.FREE, t -> 0));
        s.advance(0, 6 * 3600);

        double normal = Math.pow(Q_PER_METRE * N / Math.sqrt(SLOPE), 3.0 / 5);
        for (int c = 40; c <= 80; c += 10) {
            assertEquals(normal, s.depth(c), normal * TOLERANCE, "cell " + c);
        }
        assertEquals(0, s.massBalance().relativeError(s.volume()), 1e-9);
    }
}
