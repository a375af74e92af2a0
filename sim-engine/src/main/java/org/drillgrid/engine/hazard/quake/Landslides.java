package org.drillgrid.engine.hazard.quake;

/**
 * Probability that shaking sets a hillside cell sliding, by Newmark's rigid sliding block as used for regional
 * seismic landslide maps (Jibson, Harp and Michael 2000, Engineering Geology 58, 271-289):
 * <ol>
 * <li>static factor of safety of an infinite slope, dry: FS = c'/(γ t sin α) + tan φ'/tan α;</li>
 * <li>critical acceleration a_c = (FS - 1) sin α, in g (Newmark 1965);</li>
 * <li>Newmark displacement from a_c and PGA by Jibson (2007, Engineering Geology 91, 209-218, eq. 6):
 * log D_n = 0.215 + log[(1 - a_c/a_max)^2.341 (a_c/a_max)^-1.438], D_n in cm; the paper gives a standard
 * deviation of about 0.5 log units, which is not sampled here (the mean is used);</li>
 * <li>probability of failure from D_n by the Weibull fit of Jibson et al. (2000, eq. 5) to the 1994 Northridge
 * landslides: P = 0.335 [1 - exp(-0.048 D_n^1.565)], so at most 0.335.</li>
 * </ol>
 * The last two relations were checked against a USGS ground-failure module of Newmark-based mechanistic models
 * (Python; displacement model "J_PGA", Jibson 2007 eq. 6, and probability "jibson2000"), which uses the same chain.
 *
 * <p>The material is <em>our calibration</em> of a generic weathered, dry hillside, since the scenario has no
 * geology layer: c' = 10 kPa, φ' = 35°, γ = 18.8 kN/m³, slab thickness t = 2.4 m, no pore water. Statically unstable
 * cells (FS ≤ 1) get a_c = 0.01 g instead of 0 (also a calibration; the regression is undefined at 0). The result
 * is the chance that the cell fails, not the area that slides.
 */
public final class Landslides {

    static final double COHESION_KPA = 10;
    static final double FRICTION_DEG = 35;
    static final double UNIT_WEIGHT_KN_M3 = 18.8;
    static final double SLAB_M = 2.4;
    static final double MIN_CRITICAL_G = 0.01;
    /** Jibson et al. (2000) Weibull: P = MAX (1 - exp(-SCALE D^SHAPE)). */
    static final double MAX_PROBABILITY = 0.335;

    private Landslides() {
    }

    /** Probability of slope failure of a cell of slope {@code slopeDeg} shaken by {@code pgaG}. */
    public static double probability(double slopeDeg, double pgaG) {
        return probability(slopeDeg, pgaG, COHESION_KPA, FRICTION_DEG);
    }

    /** As {@link #probability(double, double)} with another effective cohesion (kPa) and friction angle (degrees). */
    public static double probability(double slopeDeg, double pgaG, double cohesionKPa, double frictionDeg) {
        if (!(slopeDeg > 0) || !(pgaG > 0)) {
            return 0;
        }
        double ac = criticalAccelerationG(slopeDeg, cohesionKPa, frictionDeg);
        return failureProbability(newmarkCm(ac, pgaG));
    }

    /** Static factor of safety of a dry infinite slope. */
    static double factorOfSafety(double slopeDeg, double cohesionKPa, double frictionDeg) {
        double alpha = Math.toRadians(Math.min(slopeDeg, 89.9));
        return cohesionKPa / (UNIT_WEIGHT_KN_M3 * SLAB_M * Math.sin(alpha))
                + Math.tan(Math.toRadians(frictionDeg)) / Math.tan(alpha);
    }

    /** Newmark critical (yield) acceleration in g, floored at {@link #MIN_CRITICAL_G}. */
    static double criticalAccelerationG(double slopeDeg, double cohesionKPa, double frictionDeg) {
        double alpha = Math.toRadians(Math.min(slopeDeg, 89.9));
        double ac = (factorOfSafety(slopeDeg, cohesionKPa, frictionDeg) - 1) * Math.sin(alpha);
        return Math.max(MIN_CRITICAL_G, ac);
    }

    /** Mean Newmark displacement (cm) of Jibson (2007) eq. 6; 0 when the shaking does not reach a_c. */
    static double newmarkCm(double criticalG, double pgaG) {
        double ratio = criticalG / pgaG;
        if (ratio >= 1) {
            return 0;
        }
        return Math.pow(10, 0.215) * Math.pow(1 - ratio, 2.341) * Math.pow(ratio, -1.438);
    }

    /** Jibson et al. (2000) probability of failure for a Newmark displacement in cm. */
    static double failureProbability(double displacementCm) {
        return MAX_PROBABILITY * (1 - Math.exp(-0.048 * Math.pow(displacementCm, 1.565)));
    }
}
