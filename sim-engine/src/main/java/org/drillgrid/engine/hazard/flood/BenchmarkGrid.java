package org.drillgrid.engine.hazard.flood;

import java.util.Arrays;

/**
 * The synthetic grid the flood benchmarks time (the {@code bench flood} command and the JMH kernel
 * benchmark): side² cells of 10 m over a wavy bed, wet everywhere, Manning's n 0.03.
 */
public final class BenchmarkGrid {

    private BenchmarkGrid() {
    }

    public static FloodSolver wavy(int side, boolean parallel) {
        int n = side * side;
        double[] bed = new double[n];
        double[] manning = new double[n];
        Arrays.fill(manning, 0.03);
        for (int i = 0; i < n; i++) {
            bed[i] = Math.sin(i % side / 7.0) + Math.cos(i / side / 9.0);
        }
        FloodSolver s = new FloodSolver(side, side, 10, bed, manning, FloodSettings.DEFAULT.withParallel(parallel));
        for (int i = 0; i < n; i++) {
            s.setDepth(i, Math.max(0.05, 2.5 - bed[i]) + (i % side < side / 2 ? 0.5 : 0));
        }
        return s;
    }
}
