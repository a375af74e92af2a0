package org.drillgrid.engine.hazard.quake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.drillgrid.engine.hazard.quake.Aftershocks.Shock;
import org.junit.jupiter.api.Test;

/**
 * Reasenberg and Jones (1989) generic California parameters a = -1.67, b = 0.91, p = 1.08, c = 0.05 d; Båth's law
 * (Båth 1965) caps the magnitudes at Mm - 1.2. Sampled counts must follow the closed-form expectation and the
 * magnitudes the truncated Gutenberg-Richter law.
 */
class AftershocksTest {

    private static final double DAY = 86_400;
    private static final int SEEDS = 1000;
    /** Tolerance of the mean count: 3 %, against a sampling error of at most 1 % here. */
    private static final double COUNT = 0.03;
    /** Tolerance of the fitted b-value. */
    private static final double B_VALUE = 0.05;

    @Test
    void expectedCountIsTheReasenbergJonesFormula() {
        // M7 main shock, M ≥ 4, first day: 10^(-1.67 + 0.91·3) = 11.48/day, ∫0..1 (t + 0.05)^-1.08 dt = 3.434
        // by hand; minus the rate above M5.8: 10^(-1.67 + 0.91·1.2) = 0.2649/day
        Aftershocks seq = new Aftershocks(7, 3);
        double integral = (Math.pow(0.05, -0.08) - Math.pow(1.05, -0.08)) / 0.08;
        double expected = (Math.pow(10, -1.67 + 0.91 * 3) - Math.pow(10, -1.67 + 0.91 * 1.2)) * integral;
        assertEquals(expected, seq.expectedCount(0, DAY, 4), 1e-9 * expected);
        assertEquals(3.434, integral, 0.001);
        assertEquals(0, seq.expectedCount(0, DAY, 5.8), 0, "nothing above the Båth cap");
        assertEquals(seq.expectedCount(0, DAY, 3), seq.expectedCount(0, DAY, 1), 0, "none below the minimum");
        assertEquals(0, new Aftershocks(4, 3).expectedCount(0, DAY, 3), 0, "no room under the cap");
        double split = seq.expectedCount(0, 3600, 4) + seq.expectedCount(3600, DAY, 4);
        assertEquals(seq.expectedCount(0, DAY, 4), split, 1e-9 * split, "windows add up");
    }

    @Test
    void sampledCountsFollowTheExpectation() {
        Aftershocks seq = new Aftershocks(7, 3);
        double[][] windows = {{0, 7 * DAY}, {DAY, 3 * DAY}, {600, 3600}};
        for (double[] w : windows) {
            for (double m : new double[] {3, 4}) {
                long total = 0;
                for (int seed = 0; seed < SEEDS; seed++) {
                    SplittableRandom random = new SplittableRandom(seed);
                    total += seq.sample(w[0], w[1], random::nextDouble).stream()
                            .filter(s -> s.magnitude() >= m).count();
                }
                double expected = seq.expectedCount(w[0], w[1], m);
                assertEquals(expected, (double) total / SEEDS, COUNT * expected, "window " + w[0] + " M" + m);
            }
        }
    }

    @Test
    void magnitudesStayUnderBathsCapAndFollowTheBValue() {
        Aftershocks seq = new Aftershocks(7, 3);
        List<Double> magnitudes = new ArrayList<>();
        for (int seed = 0; seed < SEEDS; seed++) {
            SplittableRandom random = new SplittableRandom(1000 + seed);
            for (Shock s : seq.sample(0, 7 * DAY, random::nextDouble)) {
                assertTrue(s.magnitude() <= 7 - 1.2, "Båth cap");
                assertTrue(s.magnitude() >= 3);
                magnitudes.add(s.magnitude());
            }
        }
        assertEquals(0.91, truncatedBValue(magnitudes, 3, 5.8), B_VALUE);
    }

    @Test
    void timesAreOrderedInsideTheWindowAndTheSameUniformsGiveTheSameShocks() {
        Aftershocks seq = new Aftershocks(6.5, 3);
        List<Shock> first = seq.sample(3600, 2 * DAY, new SplittableRandom(42)::nextDouble);
        List<Shock> again = seq.sample(3600, 2 * DAY, new SplittableRandom(42)::nextDouble);
        assertEquals(first, again);
        assertTrue(!first.isEmpty());
        double previous = 3600;
        for (Shock s : first) {
            assertTrue(s.tSeconds() >= previous && s.tSeconds() <= 2 * DAY);
            previous = s.tSeconds();
        }
        assertTrue(seq.sample(5, 5, new SplittableRandom(1)::nextDouble).isEmpty(), "empty window");
    }

    @Test
    void omoriDecay() {
        // the first hour holds far more shocks than an hour a week later
        Aftershocks seq = new Aftershocks(7, 3);
        double early = seq.expectedCount(0, 3600, 3);
        double late = seq.expectedCount(7 * DAY, 7 * DAY + 3600, 3);
        double ratio = Math.pow((7 + 1.0 / 48) / (0.05 + 1.0 / 48), 1.08); // rates at the hour midpoints
        assertEquals(ratio, early / late, 0.3 * ratio);
        assertTrue(early > 50 * late);
    }

    /**
     * Maximum-likelihood b of a Gutenberg-Richter law truncated to [lo, hi] (Page 1968): solve
     * mean - lo = 1/β - L/(exp(βL) - 1), β = b ln 10, L = hi - lo, by bisection on β.
     */
    private static double truncatedBValue(List<Double> magnitudes, double lo, double hi) {
        double mean = magnitudes.stream().mapToDouble(Double::doubleValue).average().orElseThrow() - lo;
        double span = hi - lo;
        double a = 0.1;
        double b = 10;
        for (int i = 0; i < 100; i++) {
            double beta = 0.5 * (a + b);
            double model = 1 / beta - span / Math.expm1(beta * span);
            if (model > mean) {
                a = beta;
            } else {
                b = beta;
            }
        }
        return 0.5 * (a + b) / Math.log(10);
    }
}
