package org.drillgrid.engine.hazard.quake;

/**
 * Continuous conversion between Chinese seismic intensity and horizontal peak ground acceleration after the table of
 * the China seismic intensity scale (GB/T 17742-2008, as in GB/T 17742-1999): central values VI 0.63 m/s², VII 1.25,
 * VIII 2.50, IX 5.00, X 10.00, doubling per degree (VI is 0.625 printed to two decimals). The stored material this was
 * checked against gives the class bounds rather than the centres (a public transcription, anosiwang/EarthquakeLookup
 * js/earthquakeCalculater.js: VI from 0.45, VII from 0.90, VIII from 1.78, IX from 3.54, X from 7.08 to 14.15
 * m/s²); the central values are the geometric centres of those classes to within 2 %.
 *
 * <p>Between and beyond the tabulated degrees the conversion is log-linear: PGA = 10 m/s² · 2^(I - 10). Below VI and
 * above X that is extrapolation of the table, not part of the standard. GB/T 17742-2020 replaced the table by
 * instrumental-intensity formulas, which are not used (nor verified) here. g = 9.80665 m/s².
 */
public final class IntensityPga {

    /** Standard gravity, m/s². */
    public static final double G = 9.80665;
    /** Table anchor: intensity X is 10 m/s², and each degree doubles it. */
    private static final double PGA_AT_X = 10.0;
    private static final double ANCHOR = 10;

    private IntensityPga() {
    }

    /** Peak ground acceleration in g for a (real-valued) intensity. */
    public static double pgaG(double intensity) {
        return PGA_AT_X * Math.pow(2, intensity - ANCHOR) / G;
    }

    /** Intensity for a peak ground acceleration in g, clamped to the scale [0, 12]; 0 for no shaking. */
    public static double intensity(double pgaG) {
        if (!(pgaG > 0)) {
            return IntensityField.MIN_INTENSITY;
        }
        double i = ANCHOR + Math.log(pgaG * G / PGA_AT_X) / Math.log(2);
        return Math.max(IntensityField.MIN_INTENSITY, Math.min(IntensityField.MAX_INTENSITY, i));
    }
}
