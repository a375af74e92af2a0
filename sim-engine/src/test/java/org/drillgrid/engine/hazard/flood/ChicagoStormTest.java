package org.drillgrid.engine.hazard.flood;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The defining property of the Chicago hyetograph (Keifer and Chu 1957): the whole storm, and every
 * window around the peak split r : (1 - r), holds the storm intensity formula's depth for its length.
 * Formula coefficients here are illustrative (A1 = 10 mm/min, C = 0.8, b = 10 min, n = 0.7).
 */
class ChicagoStormTest {

    private static final double DEPTH_TOLERANCE = 1e-9;
    private final ChicagoStorm storm = new ChicagoStorm(10, 0.8, 10, 0.7, 50, 120, 0.4);

    @Test
    void theWholeStormHoldsTheFormulaDepthForItsDuration() {
        double formulaDepth = storm.formulaIntensity(120) * 120;
        assertEquals(formulaDepth, storm.cumulativeDepth(120), formulaDepth * DEPTH_TOLERANCE);
    }

    @Test
    void everyWindowAroundThePeakHoldsTheFormulaDepthForItsLength() {
        double peak = 0.4 * 120;
        for (double window : new double[] {5, 10, 30, 60, 90}) {
            double depth = storm.cumulativeDepth(peak + 0.6 * window) - storm.cumulativeDepth(peak - 0.4 * window);
            double expected = storm.formulaIntensity(window) * window;
            assertEquals(expected, depth, expected * DEPTH_TOLERANCE, window + " min window");
        }
    }

    @Test
    void aDesignStormInAScenarioBecomesTheSameStepSeries() {
        var design = new org.drillgrid.model.hazard.FloodSpec.DesignStorm(50.0,
                org.drillgrid.model.scenario.SimDuration.ofHours(2), null,
                org.drillgrid.model.scenario.SimDuration.ofHours(1), null, 10.0, 0.8, 10.0, 0.7);
        var series = FloodSetup.rain(new org.drillgrid.model.hazard.FloodSpec.Rainfall(null, design, null));
        List<double[]> steps = storm.series(3600, 5);
        assertEquals(steps.size(), series.points().size());
        for (int k = 0; k < steps.size(); k++) {
            assertEquals(steps.get(k)[1], series.at(steps.get(k)[0]), 1e-12);
        }
        assertEquals(0, series.at(3599), "no rain before the start");
    }

    @Test
    void theReturnPeriodRaisesIntensityByTheFormulasLogLaw() {
        ChicagoStorm oneYear = new ChicagoStorm(10, 0.8, 10, 0.7, 1, 120, 0.4);
        assertEquals(1 + 0.8 * Math.log10(50), storm.formulaIntensity(60) / oneYear.formulaIntensity(60), 1e-12);
    }

    @Test
    void theStepSeriesKeepsTheDepthAndPeaksInTheStepWithThePeak() {
        List<double[]> steps = storm.series(3600, 5);
        assertEquals(25, steps.size(), "24 steps of 5 min and the closing zero");
        double depth = 0;
        int peakStep = 0;
        for (int k = 0; k < steps.size() - 1; k++) {
            depth += steps.get(k)[1] / 60 * 5;
            if (steps.get(k)[1] > steps.get(peakStep)[1]) {
                peakStep = k;
            }
        }
        assertEquals(storm.cumulativeDepth(120), depth, 1e-9);
        assertEquals(3600 + 45 * 60, steps.get(peakStep)[0], "the peak at 48 min falls in the 45-50 min step");
        assertEquals(0, steps.get(steps.size() - 1)[1]);
        assertTrue(steps.get(0)[0] == 3600);
    }
}
