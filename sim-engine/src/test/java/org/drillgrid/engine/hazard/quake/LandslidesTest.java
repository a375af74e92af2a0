package org.drillgrid.engine.hazard.quake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Jibson (2007) eq. 6: log Dn = 0.215 + log[(1 - r)^2.341 r^-1.438], r = a_c/a_max; at r = 0.5 by hand
 * 0.215 + log(0.1975 × 2.709) = -0.0566, Dn = 0.878 cm. Jibson et al. (2000): P = 0.335 [1 - exp(-0.048 Dn^1.565)];
 * at Dn = 10 cm by hand 0.335 × (1 - e^-1.763) = 0.2776.
 */
class LandslidesTest {

    /** Hand values above carry four digits. */
    private static final double HAND = 0.001;

    @Test
    void theRegressionAndTheWeibullCurve() {
        assertEquals(0.878, Landslides.newmarkCm(0.15, 0.30), HAND);
        assertEquals(0, Landslides.newmarkCm(0.3, 0.3), 0);
        assertEquals(0.2776, Landslides.failureProbability(10), HAND);
        assertEquals(0.335, Landslides.failureProbability(1e4), 1e-12);
        assertEquals(0, Landslides.failureProbability(0), 0);
    }

    @Test
    void aDryCohesionlessSlopeIsTheRatioOfTangents() {
        assertEquals(Math.tan(Math.toRadians(30)) / Math.tan(Math.toRadians(20)),
                Landslides.factorOfSafety(20, 0, 30), 1e-12);
        assertEquals(1, Landslides.factorOfSafety(30, 0, 30), 1e-12, "at the friction angle the slope is at limit");
    }

    @Test
    void flatGroundOrNoShakingNeverSlides() {
        assertEquals(0, Landslides.probability(0, 1.0), 0);
        assertEquals(0, Landslides.probability(35, 0), 0);
        assertEquals(0, Landslides.probability(10, 0.3), 0, "a gentle slope holds at 0.3 g");
    }

    @Test
    void steeperAndHarderShakingSlidesMoreAndNeverAboveTheCurveCeiling() {
        for (double pga = 0.05; pga <= 1.5; pga += 0.05) {
            double previous = 0;
            for (double slope = 5; slope <= 60; slope += 5) {
                double p = Landslides.probability(slope, pga);
                assertTrue(p >= previous, "slope " + slope + " at " + pga);
                assertTrue(p <= 0.335);
                previous = p;
            }
        }
        for (double slope = 20; slope <= 60; slope += 10) {
            double previous = 0;
            for (double pga = 0.05; pga <= 1.5; pga += 0.05) {
                double p = Landslides.probability(slope, pga);
                assertTrue(p >= previous, "pga " + pga + " on " + slope);
                previous = p;
            }
        }
        // with the calibrated hillside (c' 10 kPa, φ' 35°): a 40° slope at 0.5 g is likely to move, a 50° one is at the
        // ceiling even at 0.25 g
        assertTrue(Landslides.probability(40, 0.5) > 0.1);
        assertEquals(0.335, Landslides.probability(50, 0.25), 1e-6);
    }
}
