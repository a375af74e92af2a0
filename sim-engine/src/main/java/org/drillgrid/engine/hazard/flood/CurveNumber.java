package org.drillgrid.engine.hazard.flood;

/**
 * SCS curve-number runoff (USDA-NRCS 1986, Technical Release 55, chapter 2): of a storm's cumulative
 * rain P (mm), Q = (P - Ia)² / (P - Ia + S) runs off, with S = 25 400 / CN - 254 mm and Ia = 0.2·S; the
 * rest is retained. As a loss rate, the part of the current rain rate that is retained is
 * rain·(1 - dQ/dP): all of it until P reaches Ia, then less and less.
 */
public final class CurveNumber {

    private static final java.util.Map<org.drillgrid.model.scenario.LandUse, Double> DEFAULTS =
            new java.util.EnumMap<>(java.util.Map.of(
                    org.drillgrid.model.scenario.LandUse.NONE, 85.0,
                    org.drillgrid.model.scenario.LandUse.WATER, 100.0,
                    org.drillgrid.model.scenario.LandUse.URBAN_DENSE, 94.0,
                    org.drillgrid.model.scenario.LandUse.URBAN_RESIDENTIAL, 90.0,
                    org.drillgrid.model.scenario.LandUse.INDUSTRIAL, 91.0,
                    org.drillgrid.model.scenario.LandUse.CROPLAND, 85.0,
                    org.drillgrid.model.scenario.LandUse.FOREST, 70.0,
                    org.drillgrid.model.scenario.LandUse.GRASSLAND, 74.0,
                    org.drillgrid.model.scenario.LandUse.PARK, 74.0,
                    org.drillgrid.model.scenario.LandUse.BARE, 91.0));

    /**
     * Default CN per land use: TR-55 table 2-2, hydrologic soil group C (commercial 94, 1/8-acre residential
     * 90, industrial 91, row crops 85, woods 70, pasture and open space in good condition 74, newly
     * graded areas 91; water 100).
     */
    public static double defaultFor(org.drillgrid.model.scenario.LandUse use) {
        return DEFAULTS.get(use);
    }

    private final double s;
    private final double ia;

    public CurveNumber(double cn) {
        if (!(cn > 0 && cn <= 100)) {
            throw new IllegalArgumentException("curve number must be in (0, 100]");
        }
        this.s = 25_400 / cn - 254;
        this.ia = 0.2 * s;
    }

    /** Runoff depth (mm) of a cumulative rain of {@code p} mm. */
    public double runoff(double p) {
        return p <= ia ? 0 : (p - ia) * (p - ia) / (p - ia + s);
    }

    /** Fraction of rain falling now that is retained, after {@code p} mm of the storm have fallen. */
    public double retainedFraction(double p) {
        if (s == 0) {
            return 0; // CN 100: water and sealed ground retain nothing
        }
        if (p <= ia) {
            return 1;
        }
        double x = p - ia;
        return 1 - x * (x + 2 * s) / ((x + s) * (x + s));
    }
}
