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
    private static final long INVERSE_CUBE_ROOT = 0x553e_f0fe_4d36_d000L;
    /** ⌈2^64 / 3⌉: the high half of x·THIRD is x / 3 (rounded down) for 0 <= x < 2^63. */
    private static final long THIRD = 0x5555_5555_5555_5556L;

    /**
     * h^(-7/3) (h > 0, a normal double), the depth factor of Manning's friction term in the momentum
     * equation, with multiplications only: Math.cbrt and a division cost more than the rest of a face.
     * An estimate of h^(-1/3) from the bits of h is refined by two third-order steps to round-off, then
     * raised to the 7th power. Within 8 ulp of 1 / (h²·∛h) over 10^-3.5..10^3.5 m.
     */
    static double depthFactor(double h) {
        double y = towardsInverseCubeRoot(inverseCubeRootGuess(h), h);
        y = towardsInverseCubeRoot(y, h);
        double y2 = y * y;
        return y2 * y2 * y2 * y;
    }

    /** h^(-1/3) within 3.4 % from the bits of h (h > 0, a normal double). */
    static double inverseCubeRootGuess(double h) {
        // a third of the bits, as bits / 3 for the positive bits of h, by a multiplication
        return Double.longBitsToDouble(INVERSE_CUBE_ROOT - Math.multiplyHigh(Double.doubleToRawLongBits(h), THIRD));
    }

    /** One step y(1 - e)^(-1/3), e = 1 - h·y³, to the third order in e: the error goes from e to about e⁴/7. */
    static double towardsInverseCubeRoot(double y, double h) {
        double e = 1 - h * y * y * y;
        return y + y * e * (1.0 / 3 + e * (2.0 / 9 + e * (14.0 / 81)));
    }
}
