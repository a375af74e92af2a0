package org.drillgrid.engine.hazard.fire;

/**
 * Surface fire behaviour at a point, in SI units: what {@link Rothermel#spread} computes and what {@link FireGrid}
 * spreads with. A fire from a point ignition grows as an ellipse with the ignition at its rear focus; the spread rate
 * from that focus in compass direction θ is {@link #rateAt(double)}.
 *
 * @param headRosMps rate of spread of the head, in the direction {@code headingDeg}, m/s
 * @param noWindNoSlopeRosMps rate of spread without wind and slope, m/s
 * @param backingRosMps rate of spread of the back, opposite the heading, m/s
 * @param flankingRosMps rate of growth of the ellipse's half-breadth, (head + back) / (2 · length-to-breadth), m/s
 * @param lengthToBreadth the ellipse's length-to-breadth ratio, 1 for a circle
 * @param eccentricity the ellipse's eccentricity, √(LB² − 1) / LB
 * @param headingDeg compass direction of maximum spread (0 = north, 90 = east)
 * @param firelineIntensityKwPerM Byram's fireline intensity at the head, kW/m
 * @param flameLengthM flame length at the head, m
 * @param effectiveWindMps the wind speed that alone would give the combined wind and slope effect, m/s
 */
public record Spread(double headRosMps, double noWindNoSlopeRosMps, double backingRosMps, double flankingRosMps,
        double lengthToBreadth, double eccentricity, double headingDeg, double firelineIntensityKwPerM,
        double flameLengthM, double effectiveWindMps) {

    private static final Spread NONE = new Spread(0, 0, 0, 0, 1, 0, 0, 0, 0, 0);

    /** No fire: all rates 0, a circle, heading north. */
    public static Spread none() {
        return NONE;
    }

    /** Whether fire spreads at all. */
    public boolean spreads() {
        return headRosMps > 0;
    }

    /**
     * Rate of spread (m/s) from the ignition point (the ellipse's rear focus) toward compass direction
     * {@code bearingDeg}: R(θ) = head · (1 − e) / (1 − e · cos(θ − heading)), the focal polar form of the ellipse
     * (e.g. Catchpole et al. 1982; Andrews 2018, RMRS-GTR-371, "from the ignition point" mode).
     */
    public double rateAt(double bearingDeg) {
        double c = Math.cos(Math.toRadians(bearingDeg - headingDeg));
        return headRosMps * (1 - eccentricity) / (1 - eccentricity * c);
    }
}
