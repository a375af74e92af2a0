package org.drillgrid.engine.hazard.quake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * China seismic intensity scale, GB/T 17742-2008 table: central PGA VI 0.63, VII 1.25, VIII 2.50, IX 5.00, X 10.00
 * m/s²; class lower bounds 0.45, 0.90, 1.78, 3.54, 7.08 and the upper end of X 14.15 m/s² (as transcribed in
 * anosiwang/EarthquakeLookup).
 */
class IntensityPgaTest {

    /** Half the last printed digit of the table (0.625 prints as 0.63), and a hair for binary rounding. */
    private static final double PRINTED = 0.005 + 1e-12;
    /** The class bounds sit at the half degrees to within this (they are rounded to 0.01 m/s²). */
    private static final double BOUND = 0.03;

    @Test
    void centralValuesOfTheTable() {
        double[] table = {0.63, 1.25, 2.50, 5.00, 10.00};
        for (int i = 0; i < table.length; i++) {
            assertEquals(table[i], IntensityPga.pgaG(6 + i) * IntensityPga.G, PRINTED, "intensity " + (6 + i));
        }
    }

    @Test
    void classBoundsFallAtHalfDegrees() {
        double[] bounds = {0.45, 0.90, 1.78, 3.54, 7.08, 14.15};
        for (int i = 0; i < bounds.length; i++) {
            assertEquals(5.5 + i, IntensityPga.intensity(bounds[i] / IntensityPga.G), BOUND, "bound " + bounds[i]);
        }
    }

    @Test
    void inverseRoundTripsAndClamps() {
        for (double i = 0.5; i <= 11.5; i += 0.25) {
            assertEquals(i, IntensityPga.intensity(IntensityPga.pgaG(i)), 1e-12);
        }
        assertEquals(0, IntensityPga.intensity(0), 0);
        assertEquals(0, IntensityPga.intensity(-1), 0);
        assertEquals(12, IntensityPga.intensity(50), 0);
    }
}
