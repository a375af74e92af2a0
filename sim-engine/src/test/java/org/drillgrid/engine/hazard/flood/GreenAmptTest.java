package org.drillgrid.engine.hazard.flood;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Chow, Maidment and Mays (1988, Applied Hydrology), example 4.3.1: silt loam with effective saturation
 * 0.30 (ψΔθ = 16.7 cm x 0.340 = 5.68 cm, K = 0.65 cm/h), water ponded for one hour: F = 3.17 cm and
 * f = 1.81 cm/h.
 */
class GreenAmptTest {

    private static final GreenAmpt SILT_LOAM = new GreenAmpt(GreenAmpt.texture("silt-loam"), 0.30);
    /** The example prints two decimals and rounds its intermediate values (ψΔθ = 5.68 cm, F = 3.17 cm). */
    private static final double PRINTED = 0.01;

    @Test
    void cumulativeInfiltrationAfterOneHourMatchesTheTextbook() {
        double fCm = SILT_LOAM.pondedCumulative(3600) * 100;
        assertEquals(3.17, fCm, PRINTED);
        assertEquals(1.81, SILT_LOAM.rate(fCm / 100) * 100 * 3600, PRINTED);
    }

    @Test
    void stepIncrementsAddUpToTheClosedForm() {
        double f = 0;
        for (int k = 0; k < 60; k++) {
            f += SILT_LOAM.capacity(f, 60);
        }
        assertEquals(SILT_LOAM.pondedCumulative(3600), f, 1e-9);
    }

    @Test
    void aPondedCellInTheSolverSoaksInWhatTheEquationSays() {
        int n = 9;
        double[] manning = new double[n];
        java.util.Arrays.fill(manning, 0.03);
        FloodSolver s = new FloodSolver(3, 3, 10, new double[n], manning, FloodSettings.DEFAULT);
        for (int i = 0; i < n; i++) {
            s.setDepth(i, 0.5);
        }
        GreenAmpt[] soil = new GreenAmpt[n];
        java.util.Arrays.fill(soil, SILT_LOAM);
        s.setSource(new FloodSetup.Forcing(null, 0, new boolean[n], null, null, soil));
        s.advance(0, 3600);
        double soaked = 0.5 - s.depth(4);
        assertEquals(SILT_LOAM.pondedCumulative(3600), soaked, 0.01 * soaked, "within 1 % of the exact F");
        assertEquals(0, s.massBalance().relativeError(s.volume()), 1e-9);
    }
}
