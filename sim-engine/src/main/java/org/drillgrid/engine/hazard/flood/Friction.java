package org.drillgrid.engine.hazard.flood;

import java.util.EnumMap;
import java.util.Map;
import org.drillgrid.model.scenario.LandUse;

/**
 * Default Manning's n per land-use class (s/m^(1/3)), typical values for overland flow after Chow
 * (1959, Open-Channel Hydraulics, table 5-6): open water 0.030, short grass 0.030, cultivated fields
 * 0.040, trees and brush 0.100, bare soil 0.025; built-up classes 0.035-0.040 to account for streets
 * between blocks. A scenario overrides them with {@code manning} (one value everywhere) or
 * {@code manningByLandUse}. Also the depth factor h^(-7/3) of Manning's friction in the momentum equation.
 */
public final class Friction {

    private static final Map<LandUse, Double> DEFAULTS = new EnumMap<>(Map.of(
            LandUse.NONE, 0.035, LandUse.WATER, 0.030, LandUse.URBAN_DENSE, 0.035,
            LandUse.URBAN_RESIDENTIAL, 0.040, LandUse.INDUSTRIAL, 0.035, LandUse.CROPLAND, 0.040,
            LandUse.FOREST, 0.100, LandUse.GRASSLAND, 0.030, LandUse.PARK, 0.035, LandUse.BARE, 0.025));

    private Friction() {
    }

    public static double defaultFor(LandUse use) {
        return DEFAULTS.get(use);
    }

    /** Bits of an estimate of x^(-1/3) from the bits of x: this less a third of them (3.4 % at worst). */
    static final long INVERSE_CUBE_ROOT = 0x553e_f0fe_4d36_d000L;

    /**
     * h^(-7/3) (h > 0, a normal double), the depth factor of Manning's friction term in the momentum
     * equation, with multiplications only: Math.cbrt and a division cost more than the rest of a face.
     * An estimate of h^(-1/3) from the bits of h is refined by two third-order steps to round-off, then
     * raised to the 7th power. Within 12 ulp of h^(-7/3) over 10^-3.5..10^3.5 m (worst of 200 000 depths
     * against a 50-digit reference: 11; the rounding of y⁷ and of y's last bit, times 7).
     */
    static double depthFactor(double h) {
        double y = towardsInverseCubeRoot(inverseCubeRootGuess(h), h);
        y = towardsInverseCubeRoot(y, h);
        double y2 = y * y;
        return y2 * y2 * y2 * y;
    }

    /** h^(-1/3) within 3.4 % from the bits of h (h > 0, a normal double). */
    static double inverseCubeRootGuess(double h) {
        return Double.longBitsToDouble(INVERSE_CUBE_ROOT - third(Double.doubleToRawLongBits(h)));
    }

    /**
     * About x / 3 for 0 <= x < 2^63, with shifts and adds only, so that {@link VectorRowKernels} can do
     * the same in its lanes: x·(1/4 + 1/16)(1 + 2^-4)(1 + 2^-8)(1 + 2^-16) = x·(1 - 2^-32) / 3, less at
     * most 5 for the bits shifted out. Short of x / 3 by under 2^30 for the bits of a double, which
     * moves the guess by under 2.4e-7 of itself.
     */
    static long third(long x) {
        long q = (x >>> 2) + (x >>> 4);
        q += q >>> 4;
        q += q >>> 8;
        return q + (q >>> 16);
    }

    /** One step y(1 - e)^(-1/3), e = 1 - h·y³, to the third order in e: the error goes from e to about e⁴/7. */
    static double towardsInverseCubeRoot(double y, double h) {
        double e = 1 - h * y * y * y;
        return y + y * e * (1.0 / 3 + e * (2.0 / 9 + e * (14.0 / 81)));
    }
}
