package org.drillgrid.engine.hazard.flood;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The SCS curve-number method of TR-55 (USDA-NRCS 1986), checked against a published worked example. */
class CurveNumberTest {

    private static final double MM_PER_INCH = 25.4;
    /** Worked examples print two decimals of an inch. */
    private static final double PRINTED_ROUNDING = 0.005 * MM_PER_INCH;

    @Test
    void runoffMatchesAWorkedTr55Example() {
        // 24-hour 100-year storm of 9 in on a weighted CN of 94.82: S = 0.546 in, runoff 8.38 in
        // (textbook exercise on the TR-55 method, antecedent moisture condition III)
        assertEquals(8.38 * MM_PER_INCH, new CurveNumber(94.82).runoff(9.0 * MM_PER_INCH), PRINTED_ROUNDING);
    }

    @Test
    void onFlatClosedGroundTheWaterLeftIsTheCurveNumberRunoff() {
        int n = 25;
        CurveNumber cn80 = new CurveNumber(80);
        CurveNumber[] soil = new CurveNumber[n];
        java.util.Arrays.fill(soil, cn80);
        double[] manning = new double[n];
        java.util.Arrays.fill(manning, 0.03);
        var rain = new org.drillgrid.model.hazard.Series(java.util.List.of(java.util.List.of(0.0, 50.0),
                java.util.List.of(7200.0, 0.0)));
        FloodSolver s = new FloodSolver(5, 5, 10, new double[n], manning, FloodSettings.DEFAULT);
        s.setSource(new FloodSetup.Forcing(rain, 0, new boolean[n], soil));
        for (int k = 0; k < 180; k++) {
            s.advance(k * 60.0, 60);
        }
        double runoffMm = cn80.runoff(100); // 100 mm of rain: Q = 87.3² / 150.8 = 50.5 mm
        assertEquals(runoffMm, s.depth(12) * 1000, runoffMm * 0.01, "stored water = runoff within 1 %");
        assertEquals(0, s.massBalance().relativeError(s.volume()), 1e-9);
    }

    @Test
    void aRainZoneScalesRainAndTheRunoffComputedFromIt() {
        int n = 2;
        CurveNumber cn = new CurveNumber(80);
        var rain = new org.drillgrid.model.hazard.Series(java.util.List.of(java.util.List.of(0.0, 36.0)));
        var forcing = new FloodSetup.Forcing(rain, 0, new boolean[n], new CurveNumber[] {cn, cn}, new double[] {1, 2});
        assertEquals(2 * forcing.rain(0, 0), forcing.rain(1, 0), 1e-15);
        // after 1 h, 36 mm have fallen on cell 0 and 72 mm on cell 1
        double t = 3600;
        assertEquals(forcing.rain(0, t) * cn.retainedFraction(36), forcing.lossCapacity(0, t, 1), 1e-15);
        assertEquals(forcing.rain(1, t) * cn.retainedFraction(72), forcing.lossCapacity(1, t, 1), 1e-15);
    }

    @Test
    void noRunoffUntilTheInitialAbstractionIsFilled() {
        CurveNumber cn = new CurveNumber(80); // S = 63.5 mm, Ia = 12.7 mm
        assertEquals(0, cn.runoff(12.7), 1e-12);
        assertEquals(1, cn.retainedFraction(12.0));
    }

    @Test
    void retainedFractionIsTheDerivativeOfRetention() {
        CurveNumber cn = new CurveNumber(75);
        double p = 80;
        double dp = 1e-4;
        double retainedSlope = ((p + dp - cn.runoff(p + dp)) - (p - cn.runoff(p))) / dp;
        assertEquals(retainedSlope, cn.retainedFraction(p), 1e-5);
    }
}
