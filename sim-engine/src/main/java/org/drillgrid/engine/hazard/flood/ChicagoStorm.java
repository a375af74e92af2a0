package org.drillgrid.engine.hazard.flood;

import java.util.ArrayList;
import java.util.List;

/**
 * The Chicago design hyetograph (Keifer and Chu 1957, J. Hydraul. Div. ASCE 83(4)) built on the storm
 * intensity formula of Chinese drainage design (GB 50014), i = A / (t + b)^n in mm/min with
 * A = A1·(1 + C·lg P), t the duration in minutes and P the return period in years. Around a peak at
 * {@code r·D}, intensities before and after the peak follow
 *
 * <pre>i(τ) = A·((1 - n)·τ/ρ + b) / (τ/ρ + b)^(1+n),   ρ = r before the peak, 1 - r after,</pre>
 *
 * τ the time from the peak. By construction every window around the peak that splits r : (1 - r)
 * holds exactly the formula's depth for its length, the whole storm included.
 */
public final class ChicagoStorm {

    private final double a;
    private final double b;
    private final double n;
    private final double peakRatio;
    private final double durationMinutes;

    /**
     * @param a1 formula coefficient A1 (mm/min)
     * @param c  formula coefficient C
     * @param b  formula coefficient b (min)
     * @param n  formula exponent n
     * @param returnPeriodYears P
     * @param durationMinutes storm duration D
     * @param peakRatio r, the position of the peak as a fraction of D (0-1)
     */
    public ChicagoStorm(double a1, double c, double b, double n, double returnPeriodYears, double durationMinutes,
            double peakRatio) {
        if (!(returnPeriodYears >= 1 && durationMinutes > 0 && peakRatio >= 0 && peakRatio <= 1 && n > 0 && n < 1)) {
            throw new IllegalArgumentException("need P >= 1, D > 0, 0 <= r <= 1, 0 < n < 1");
        }
        this.a = a1 * (1 + c * Math.log10(returnPeriodYears));
        this.b = b;
        this.n = n;
        this.peakRatio = peakRatio;
        this.durationMinutes = durationMinutes;
    }

    /** Average intensity of the formula over a duration (mm/min). */
    public double formulaIntensity(double minutes) {
        return a / Math.pow(minutes + b, n);
    }

    /** Depth (mm) fallen from the storm start to minute t, from the closed form of the hyetograph. */
    public double cumulativeDepth(double t) {
        double tc = Math.max(0, Math.min(durationMinutes, t));
        double peak = peakRatio * durationMinutes;
        double beforePeak = depthAround(peak / Math.max(peakRatio, 1e-12), peakRatio);
        if (tc <= peak) {
            return beforePeak - depthAround((peak - tc) / Math.max(peakRatio, 1e-12), peakRatio);
        }
        return beforePeak + depthAround((tc - peak) / Math.max(1 - peakRatio, 1e-12), 1 - peakRatio);
    }

    /** Depth between the peak and τ = ρ·x on one side: ρ·A·x/(x + b)^n. */
    private double depthAround(double x, double rho) {
        return rho * a * x / Math.pow(x + b, n);
    }

    /**
     * The storm as a step series of average intensities in mm/h: one step per {@code stepMinutes},
     * starting at {@code startSeconds}, then 0.
     */
    public List<double[]> series(double startSeconds, double stepMinutes) {
        List<double[]> steps = new ArrayList<>();
        for (double t = 0; t < durationMinutes - 1e-9; t += stepMinutes) {
            double end = Math.min(durationMinutes, t + stepMinutes);
            double mmPerHour = (cumulativeDepth(end) - cumulativeDepth(t)) / (end - t) * 60;
            steps.add(new double[] {startSeconds + t * 60, mmPerHour});
        }
        steps.add(new double[] {startSeconds + durationMinutes * 60, 0});
        return steps;
    }
}
