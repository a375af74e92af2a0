package org.drillgrid.engine.hazard.flood;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * In the spirit of the UK Environment Agency benchmark Test 2, "filling of floodplain depressions"
 * (Néelz and Pender 2013, Benchmarking the latest generation of 2D hydraulic modelling packages, report
 * SC120002), rebuilt from its description: a 2 km x 2 km floodplain of 4 x 4 depressions on 20 m
 * cells, Manning's n = 0.03, a point inflow at the north-west corner rising to 20 m³/s and falling back
 * to nothing over about 85 minutes, run for 48 hours. The bed shape here is our own (cosine bowls 0.5 m
 * deep on a plane falling 1:1000 to the south-east); what is checked is what the benchmark is about:
 * water volume conserved, and depressions filling in order along the path from the inflow.
 */
class DepressionFillingTest {

    private static final int N = 100;
    private static final double DX = 20;
    private static final double VOLUME_TOLERANCE = 1e-6;

    private static double[] bed() {
        double[] z = new double[N * N];
        for (int r = 0; r < N; r++) {
            for (int c = 0; c < N; c++) {
                double x = (c + 0.5) * DX;
                double y = (r + 0.5) * DX;
                double bowls = 0.25 * (Math.cos(2 * Math.PI * x / 500) + Math.cos(2 * Math.PI * y / 500));
                z[r * N + c] = 10 - 0.001 * (x + y) / Math.sqrt(2) + bowls;
            }
        }
        return z;
    }

    /** Triangular hydrograph: 0 to 20 m³/s at 42.5 min, back to 0 at 85 min. */
    private static double inflow(double t) {
        double peak = 42.5 * 60;
        if (t <= peak) {
            return 20 * t / peak;
        }
        return Math.max(0, 20 * (2 * peak - t) / peak);
    }

    @Test
    void depressionsFillAlongThePathAndNoWaterIsLost() {
        double[] n = new double[N * N];
        Arrays.fill(n, 0.03);
        FloodSolver s = new FloodSolver(N, N, DX, bed(), n, FloodSettings.DEFAULT);
        s.addPointInflow(0, DepressionFillingTest::inflow);
        double[] firstWet = new double[N * N];
        Arrays.fill(firstWet, Double.NaN);
        for (int minute = 0; minute < 48 * 60; minute++) {
            s.advance(minute * 60.0, 60);
            for (int i = 0; i < N * N; i++) {
                if (Double.isNaN(firstWet[i]) && s.depth(i) > 0.01) {
                    firstWet[i] = (minute + 1) * 60;
                }
            }
        }
        double triangle = 20 * 42.5 * 60; // 51 000 m³
        double inflow = s.massBalance().inflow();
        assertEquals(triangle, inflow, triangle * 0.005, "the hydrograph is sampled at sub-step starts");
        assertEquals(inflow, s.volume(), inflow * VOLUME_TOLERANCE, "closed domain: all inflow is stored");

        // bowl centres along the diagonal from the inflow corner: (250, 250), (750, 750), (1250, 1250)
        double first = firstWet[12 * N + 12];
        double second = firstWet[37 * N + 37];
        double third = firstWet[62 * N + 62];
        assertTrue(first < second, "the first depression wets before the second: " + first + " / " + second);
        assertTrue(Double.isNaN(third) || second < third, "the second before the third: " + second + " / " + third);
    }
}
