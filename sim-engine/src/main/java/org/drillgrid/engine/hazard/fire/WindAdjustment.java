package org.drillgrid.engine.hazard.fire;

/**
 * Wind adjustment factor: midflame wind = factor × wind 20 ft (6.1 m) above the vegetation, after Albini and
 * Baughman (1979, INT-RP-221) in the form BehavePlus uses (Andrews 2012, RMRS-GTR-266, eq. 1-4).
 *
 * <ul>
 * <li>Unsheltered (no canopy, or crowns filling under 5 % of the canopy layer, or a canopy lower than 6 ft):
 * WAF = 1.83 / ln((20 + 0.36·H) / (0.13·H)) with H the fuel bed depth, ft.</li>
 * <li>Sheltered: WAF = 0.555 / (√(f·Hc) · ln((20 + 0.36·Hc) / (0.13·Hc))) with Hc the canopy height, ft, and
 * f = cover × crown ratio / 3 the fraction of the canopy layer filled by (conical) crowns.</li>
 * </ul>
 */
public final class WindAdjustment {

    /** A 10-m open wind is about 1.15 times the 20-ft wind (Turner and Lawson 1978, as BehavePlus). */
    public static final double TEN_METRE_PER_TWENTY_FOOT = 1.15;
    private static final double FT_PER_M = 1 / 0.3048;

    private WindAdjustment() {
    }

    /**
     * The factor for a fuel bed under an optional canopy.
     *
     * @param fuel the surface fuel (its depth matters when unsheltered)
     * @param canopyCover fraction of the ground covered by tree crowns, 0-1
     * @param canopyHeightM height of the canopy top, m
     * @param crownRatio crown length over tree height, 0-1
     */
    public static double factor(FuelModel fuel, double canopyCover, double canopyHeightM, double crownRatio) {
        double heightFt = canopyHeightM * FT_PER_M;
        double filled = crownRatio * canopyCover / 3;
        if (canopyCover <= 0 || filled < 0.05 || heightFt < 6) {
            return unsheltered(fuel.depth());
        }
        return 0.555 / (Math.sqrt(filled * heightFt) * Math.log((20 + 0.36 * heightFt) / (0.13 * heightFt)));
    }

    /** The unsheltered factor for a fuel bed {@code depthFt} deep. */
    public static double unsheltered(double depthFt) {
        if (!(depthFt > 0)) {
            throw new IllegalArgumentException("fuel bed depth must be > 0");
        }
        return 1.83 / Math.log((20 + 0.36 * depthFt) / (0.13 * depthFt));
    }

    /** The 20-ft wind that goes with a 10-m open wind. */
    public static double twentyFootFromTenMetre(double tenMetreWind) {
        return tenMetreWind / TEN_METRE_PER_TWENTY_FOOT;
    }
}
