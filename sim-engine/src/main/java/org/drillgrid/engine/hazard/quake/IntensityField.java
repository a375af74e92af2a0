package org.drillgrid.engine.hazard.quake;

/**
 * The mean intensity map of one earthquake under the elliptical attenuation of {@link AttenuationRegion}: the
 * isoseismal of intensity I is the ellipse centred on the epicentre with semi-axes Ra(I) along the strike and Rb(I)
 * across it, the distances at which the long- and short-axis relations fall to I. A point (x along strike, y across)
 * lies on exactly one of these nested ellipses, the I with (x/Ra)² + (y/Rb)² = 1, found by bisection.
 *
 * <p>At the epicentre itself the intensity is the long-axis relation at R = 0 (the short axis agrees there to within
 * 0.001 degree, see {@link AttenuationRegion}). Results are clamped to the scale, [0, 12]. Units: kilometres east and
 * north of the epicentre, intensity in degrees of the Chinese scale (GB/T 17742) as a real number.
 *
 * <p>Far out the fitted relations cross: beyond 464 km (east), 171 km (moderate-to-strong region), 1158 km
 * (Xinjiang) or 392 km (Tibet) the short-axis relation gives the higher intensity, so those outer isoseismals are
 * longer across the strike than along it. The field follows both relations as fitted; at those distances the
 * intensity is about V or below for M ≤ 7.
 */
public final class IntensityField {

    /** Lowest and highest intensities of the Chinese scale (GB/T 17742). */
    static final double MIN_INTENSITY = 0;
    static final double MAX_INTENSITY = 12;
    /** Bisection steps: the bracket starts 40 degrees wide, so 60 halvings leave it below 1e-16 degree. */
    private static final int STEPS = 60;
    private static final double BRACKET = 40;

    private final AttenuationRegion region;
    private final double magnitude;
    private final double alongEast;
    private final double alongNorth;
    /** The highest intensity both axes reach: above it one of the radii is negative. */
    private final double top;

    /**
     * @param strikeDeg compass bearing of the long axis (0 = north, 90 = east); the ellipse is symmetric, so a bearing
     *                  and its opposite give the same field
     */
    public IntensityField(AttenuationRegion region, double magnitude, double strikeDeg) {
        this.region = region;
        this.magnitude = magnitude;
        double strike = Math.toRadians(strikeDeg);
        this.alongEast = Math.sin(strike);
        this.alongNorth = Math.cos(strike);
        this.top = Math.min(region.longAxis(magnitude, 0), region.shortAxis(magnitude, 0));
    }

    /** Mean intensity at a point {@code eastKm}, {@code northKm} from the epicentre, clamped to [0, 12]. */
    public double at(double eastKm, double northKm) {
        return clamp(mean(eastKm, northKm));
    }

    /**
     * Intensity with a residual of {@code epsilon} standard deviations (σ of the region) added before clamping; the
     * caller supplies a seeded, spatially correlated epsilon.
     */
    public double at(double eastKm, double northKm, double epsilon) {
        return clamp(mean(eastKm, northKm) + epsilon * region.sigma());
    }

    public AttenuationRegion region() {
        return region;
    }

    public double magnitude() {
        return magnitude;
    }

    /** Unclamped mean intensity. */
    double mean(double eastKm, double northKm) {
        double x = Math.abs(eastKm * alongEast + northKm * alongNorth);
        double y = Math.abs(northKm * alongEast - eastKm * alongNorth);
        if (y == 0) {
            return region.longAxis(magnitude, x);
        }
        if (x == 0) {
            return region.shortAxis(magnitude, y);
        }
        // g(I) = (x/Ra)² + (y/Rb)² - 1 rises with I (the ellipses shrink): below the root the point is inside
        double lo = top - BRACKET;
        double hi = top;
        for (int i = 0; i < STEPS; i++) {
            double mid = 0.5 * (lo + hi);
            if (insideOf(mid, x, y)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** Whether the point lies inside (or on) the isoseismal of {@code intensity}. */
    private boolean insideOf(double intensity, double x, double y) {
        double ra = region.longRadius(magnitude, intensity);
        double rb = region.shortRadius(magnitude, intensity);
        if (ra <= 0 || rb <= 0) {
            return false;
        }
        double u = x / ra;
        double v = y / rb;
        return u * u + v * v <= 1;
    }

    private static double clamp(double intensity) {
        return Math.max(MIN_INTENSITY, Math.min(MAX_INTENSITY, intensity));
    }
}
