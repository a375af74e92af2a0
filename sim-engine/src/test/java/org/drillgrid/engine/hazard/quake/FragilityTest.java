package org.drillgrid.engine.hazard.quake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.drillgrid.engine.hazard.quake.Fragility.DamageState;
import org.drillgrid.model.scenario.StructureClass;
import org.junit.jupiter.api.Test;

/**
 * HAZUS-MH MR4 Technical Manual tables 5.16a-d (equivalent-PGA structural fragility), as listed in the USGS ShakeCast
 * V3 manual appendix E in %g with β = 0.64: C1M moderate code 13 / 21 / 49 / 89, RM2L moderate code 20 / 28 / 47 / 81,
 * URML pre-code 13 / 17 / 26 / 37, S1M moderate code 13 / 21 / 44 / 82.
 */
class FragilityTest {

    private static final StructureClass[] BUILT = {StructureClass.RC_FRAME, StructureClass.BRICK_CONCRETE,
        StructureClass.BRICK_WOOD, StructureClass.ADOBE_RURAL, StructureClass.STEEL};
    private static final DamageState[] DAMAGED = {DamageState.SLIGHT, DamageState.MODERATE, DamageState.SEVERE,
        DamageState.COLLAPSE};

    @Test
    void mediansAreTheHazusTable() {
        assertArrayEquals(new double[] {0.13, 0.21, 0.49, 0.89}, medians(StructureClass.RC_FRAME), 0);
        assertArrayEquals(new double[] {0.20, 0.28, 0.47, 0.81}, medians(StructureClass.BRICK_CONCRETE), 0);
        assertArrayEquals(new double[] {0.13, 0.17, 0.26, 0.37}, medians(StructureClass.BRICK_WOOD), 0);
        assertArrayEquals(new double[] {0.13, 0.21, 0.44, 0.82}, medians(StructureClass.STEEL), 0);
        // ours: URML pre-code scaled by the adobe calibration factor 0.8
        assertArrayEquals(new double[] {0.104, 0.136, 0.208, 0.296}, medians(StructureClass.ADOBE_RURAL), 1e-12);
        for (StructureClass c : BUILT) {
            for (DamageState ds : DAMAGED) {
                assertEquals(0.64, Fragility.beta(c, ds), 0);
                assertEquals(0.5, Fragility.exceedance(c, ds, Fragility.median(c, ds)), 1e-12, "half at the median");
            }
        }
    }

    @Test
    void standardNormalMatchesTheTable() {
        // Abramowitz and Stegun (1964) table 26.1: Φ(1) = 0.8413447461, Φ(-1.96) = 0.0249978952, Φ(0) = 0.5
        assertEquals(0.8413447461, Fragility.standardNormal(1), 1e-9);
        assertEquals(0.0249978952, Fragility.standardNormal(-1.96), 1e-9);
        assertEquals(0.5, Fragility.standardNormal(0), 1e-15);
    }

    @Test
    void sharesAreNonNegativeAndSumToExactlyOne() {
        for (StructureClass c : StructureClass.values()) {
            for (double pga = 0; pga <= 3; pga += 0.0137) {
                double[] s = Fragility.shares(c, pga);
                assertEquals(5, s.length);
                double sum = 0;
                for (double share : s) {
                    assertTrue(share >= 0, c + " at " + pga);
                    sum += share;
                }
                assertEquals(1.0, sum, 0.0, c + " at " + pga);
            }
        }
    }

    @Test
    void exceedanceRisesWithShakingForEveryClassAndState() {
        for (StructureClass c : BUILT) {
            for (DamageState ds : DAMAGED) {
                double previous = 0;
                for (double pga = 0.01; pga <= 3; pga *= 1.1) {
                    double p = Fragility.exceedance(c, ds, pga);
                    assertTrue(p > previous, c + " " + ds + " at " + pga);
                    previous = p;
                }
            }
        }
    }

    @Test
    void steelAndConcreteFramesSufferLessThanAdobe() {
        for (double pga = 0.02; pga <= 2; pga *= 1.2) {
            for (DamageState ds : DAMAGED) {
                double adobe = Fragility.exceedance(StructureClass.ADOBE_RURAL, ds, pga);
                assertTrue(Fragility.exceedance(StructureClass.STEEL, ds, pga) < adobe, ds + " steel at " + pga);
                assertTrue(Fragility.exceedance(StructureClass.RC_FRAME, ds, pga) < adobe, ds + " RC at " + pga);
            }
            double collapseRc = Fragility.shares(StructureClass.RC_FRAME, pga)[DamageState.COLLAPSE.ordinal()];
            double collapseAdobe = Fragility.shares(StructureClass.ADOBE_RURAL, pga)[DamageState.COLLAPSE.ordinal()];
            assertTrue(collapseRc < collapseAdobe);
        }
    }

    @Test
    void intensityNineOnBrickConcreteSpotCheck() {
        // IX = 5.00 m/s² = 0.51 g; RM2L moderate code complete: Φ(ln(0.51/0.81)/0.64) = Φ(-0.72) = 0.235 by hand
        double pga = IntensityPga.pgaG(9);
        assertEquals(0.235, Fragility.exceedance(StructureClass.BRICK_CONCRETE, DamageState.COLLAPSE, pga), 0.002);
    }

    @Test
    void noBuildingsStayIntact() {
        assertArrayEquals(new double[] {1, 0, 0, 0, 0}, Fragility.shares(StructureClass.NONE, 2.0), 0);
        assertArrayEquals(new double[] {1, 0, 0, 0, 0}, Fragility.shares(StructureClass.RC_FRAME, 0), 0);
        assertEquals(Double.POSITIVE_INFINITY, Fragility.median(StructureClass.NONE, DamageState.COLLAPSE));
        assertEquals("none", Fragility.hazusType(StructureClass.NONE));
    }

    @Test
    void damageStateNames() {
        assertEquals("intact", DamageState.INTACT.json());
        assertEquals("severe", DamageState.SEVERE.json());
        assertEquals("collapse", DamageState.COLLAPSE.json());
    }

    private static double[] medians(StructureClass c) {
        double[] m = new double[4];
        for (int k = 0; k < 4; k++) {
            m[k] = Fragility.median(c, DAMAGED[k]);
        }
        return m;
    }
}
