package org.drillgrid.engine.hazard.flood;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The depth factor h^(-7/3) of Manning's friction, worked without Math.cbrt. */
class FrictionTest {

    /** Against h^(-7/3) worked to 50 digits; 1 / (h²·∛h) in doubles is itself up to 3 ulp off. */
    @Test
    void theDepthFactorIsWithinTwelveUlpOfTheExactOneFromAMillimetreToAKilometre() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            double h = Math.pow(10, random.nextDouble(-3.5, 3.5));
            BigDecimal depth = new BigDecimal(h);
            double exact = BigDecimal.ONE.divide(depth.multiply(depth, DIGITS).multiply(cubeRoot(depth), DIGITS), DIGITS)
                    .doubleValue();
            assertEquals(exact, Friction.depthFactor(h), 12 * Math.ulp(exact), "h = " + h);
        }
    }

    private static final MathContext DIGITS = new MathContext(50);

    /** Newton's method from the double cube root: each step doubles the digits, so five are plenty. */
    private static BigDecimal cubeRoot(BigDecimal x) {
        BigDecimal y = new BigDecimal(Math.cbrt(x.doubleValue()));
        for (int i = 0; i < 5; i++) {
            BigDecimal y2 = y.multiply(y, DIGITS);
            y = y.subtract(y2.multiply(y, DIGITS).subtract(x, DIGITS).divide(y2.multiply(BigDecimal.valueOf(3), DIGITS),
                    DIGITS), DIGITS);
        }
        return y;
    }

    @Test
    void theFirstGuessIsWithinThreePointFivePercent() {
        SplittableRandom random = new SplittableRandom(11);
        double worst = 0;
        for (int i = 0; i < 200_000; i++) {
            double h = Math.pow(10, random.nextDouble(-3.5, 3.5));
            double error = Math.abs(Friction.inverseCubeRootGuess(h) * Math.cbrt(h) - 1);
            worst = Math.max(worst, error);
        }
        assertTrue(worst < 0.035, "worst relative error " + worst);
        assertTrue(worst > 0.02, "a bit trick, not an exact root: worst " + worst);
    }

    /** third(x) is x·(1 - 2^-32)/3 less what the shifts drop: under x / 3, by less than 2^30 for doubles' bits. */
    @Test
    void aThirdBelowTheExactOneByLessThanTwoToTheThirty() {
        SplittableRandom random = new SplittableRandom(3);
        long[] edges = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, Long.MAX_VALUE, Long.MAX_VALUE - 1,
                Double.doubleToRawLongBits(Double.MIN_NORMAL), Double.doubleToRawLongBits(1.0),
                Double.doubleToRawLongBits(Double.MAX_VALUE)};
        for (long x : edges) {
            check(x);
        }
        for (int i = 0; i < 1_000_000; i++) {
            check(random.nextLong() >>> 1);
        }
    }

    private static void check(long x) {
        long exact = Math.multiplyHigh(x, 0x5555_5555_5555_5556L); // ⌊x / 3⌋ for 0 <= x < 2^63
        long third = Friction.third(x);
        assertTrue(third <= exact && exact - third < (1L << 30), "x = " + x + ": " + third + " against " + exact);
    }
}
