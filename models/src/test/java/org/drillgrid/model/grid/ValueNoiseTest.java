package org.drillgrid.model.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.core.source64.SplitMix64;
import org.junit.jupiter.api.Test;

class ValueNoiseTest {

    /** SplitMix64's Weyl increment: the generator's state after n outputs is seed + n * GOLDEN. */
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    @Test
    void mixIsTheSplitMix64Finaliser() {
        // reference: Commons RNG's SplitMix64, an independent implementation of Steele, Lea and Flood (2014)
        for (long seed : new long[] {0, 1, 42, -7, Long.MAX_VALUE}) {
            SplitMix64 reference = new SplitMix64(seed);
            for (int n = 1; n <= 5; n++) {
                assertEquals(reference.nextLong(), ValueNoise.mix(seed + n * GOLDEN), "seed " + seed + ", output " + n);
            }
        }
    }

    @Test
    void noiseAndItsFractalStayInMinusOneToOne() {
        ValueNoise noise = new ValueNoise(11);
        for (int i = 0; i < 20_000; i++) {
            double x = i * 0.37 - 3000;
            double y = i * 0.113 + 17;
            double v = noise.at(x, y, i % 7);
            double f = noise.fractal(x, y, 16, 6, 0.6);
            assertTrue(v >= -1 && v <= 1, () -> "at " + v);
            assertTrue(f >= -1 && f <= 1, () -> "fractal " + f);
        }
    }

    @Test
    void valueDependsOnlyOnItsInputs() {
        ValueNoise a = new ValueNoise(5);
        ValueNoise b = new ValueNoise(5);
        double first = a.fractal(12.5, 3.25, 32, 5, 0.5);
        for (int i = 0; i < 100; i++) {
            b.fractal(i, -i, 32, 5, 0.5);
        }
        assertEquals(first, b.fractal(12.5, 3.25, 32, 5, 0.5));
    }

    @Test
    void noiseIsContinuousAcrossLatticeLines() {
        ValueNoise noise = new ValueNoise(2);
        double eps = 1e-9;
        assertEquals(noise.at(3 - eps, 4.5, 0), noise.at(3, 4.5, 0), 1e-6);
        assertEquals(noise.at(3.5, 4 - eps, 0), noise.at(3.5, 4, 0), 1e-6);
    }
}
