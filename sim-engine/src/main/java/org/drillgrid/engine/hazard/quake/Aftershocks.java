package org.drillgrid.engine.hazard.quake;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * Aftershocks of one main shock after Reasenberg and Jones (1989, "Earthquake hazard after a mainshock in
 * California", Science 243, 1173-1176): the rate of aftershocks of magnitude ≥ m at t days after a main shock of
 * magnitude Mm is λ(t, m) = 10^(a + b(Mm - m)) (t + c)^-p per day, the modified Omori (Omori-Utsu) decay times a
 * Gutenberg-Richter magnitude distribution. Their generic California parameters a = -1.67, b = 0.91, p = 1.08,
 * c = 0.05 d are the default; we found no published generic set for mainland China (sequence fits such as the
 * ETAS and R-J studies of the Lushan and Jiuzhaigou sequences are per-sequence), so a regional set can be passed
 * as {@link Parameters}.
 *
 * <p>The largest aftershock is capped by Båth's law (Båth 1965): about 1.2 below the main shock. The magnitudes are
 * therefore a Gutenberg-Richter distribution with the model's b truncated to [Mmin, Mm - 1.2], and the rate above
 * the cap is dropped rather than moved below it: the expected number of shocks ≥ m is
 * (10^(a + b(Mm - m)) - 10^(a + 1.2b)) ∫(t + c)^-p dt, which for Mm 6, Mmin 3 is 2.3 % below the untruncated
 * Reasenberg-Jones count. With no room under the cap (Mmin ≥ Mm - 1.2) there are no aftershocks.
 *
 * <p>{@link #sample} draws a non-homogeneous Poisson process by inverting the cumulative rate, which has a closed form:
 * unit-rate exponential gaps E = -ln(1 - U) are accumulated and mapped through the inverse of Λ(t) = ∫λ. Each shock
 * takes two uniforms in turn (time, then magnitude, by inverse transform of the truncated distribution); the one that
 * carries the time past the window ends the draw. The same uniform sequence therefore gives the same shocks.
 */
public final class Aftershocks {

    /** Reasenberg-Jones parameters; c in days. */
    public record Parameters(double a, double b, double p, double cDays) {

        /** Reasenberg and Jones (1989), generic California sequence. */
        public static final Parameters GENERIC_CALIFORNIA = new Parameters(-1.67, 0.91, 1.08, 0.05);
    }

    /** One aftershock, {@code tSeconds} after the main shock. */
    public record Shock(double tSeconds, double magnitude) {
    }

    /** Båth's law: the largest aftershock is about this much below the main shock. */
    public static final double BATH_GAP = 1.2;
    private static final double DAY = 86_400;

    private final Parameters params;
    private final double mainMagnitude;
    private final double minMagnitude;
    private final double maxMagnitude;

    public Aftershocks(double mainMagnitude, double minMagnitude) {
        this(mainMagnitude, minMagnitude, Parameters.GENERIC_CALIFORNIA);
    }

    public Aftershocks(double mainMagnitude, double minMagnitude, Parameters params) {
        this.params = params;
        this.mainMagnitude = mainMagnitude;
        this.minMagnitude = minMagnitude;
        this.maxMagnitude = mainMagnitude - BATH_GAP;
    }

    /** The Båth cap: no sampled aftershock is larger. */
    public double maxMagnitude() {
        return maxMagnitude;
    }

    /**
     * Expected number of sampled aftershocks of magnitude ≥ {@code m} between {@code fromS} and {@code toS} seconds
     * after the main shock (magnitudes below the minimum of this sequence are not sampled, so m is raised to it).
     */
    public double expectedCount(double fromS, double toS, double m) {
        double lo = Math.max(m, minMagnitude);
        if (!(toS > fromS) || lo >= maxMagnitude) {
            return 0;
        }
        return productivity(lo) * omoriIntegral(Math.max(fromS, 0) / DAY, toS / DAY);
    }

    /** Aftershocks between {@code fromSeconds} and {@code toSeconds} after the main shock, in time order. */
    public List<Shock> sample(double fromSeconds, double toSeconds, DoubleSupplier uniform) {
        List<Shock> shocks = new ArrayList<>();
        double k = productivity(minMagnitude);
        if (!(k > 0) || !(toSeconds > fromSeconds)) {
            return shocks;
        }
        double startDays = Math.max(fromSeconds, 0) / DAY;
        double endDays = toSeconds / DAY;
        double cumulative = 0;
        while (true) {
            cumulative -= Math.log(1 - uniform.getAsDouble());
            double t = timeOfCumulative(startDays, cumulative / k);
            if (!(t <= endDays)) {
                return shocks;
            }
            shocks.add(new Shock(t * DAY, magnitude(uniform.getAsDouble())));
        }
    }

    /** 10^a (10^(b(Mm - m)) - 10^(b·1.2)): the per-day rate factor of magnitudes in [m, cap]. */
    private double productivity(double m) {
        double b = params.b();
        return Math.pow(10, params.a()) * (Math.pow(10, b * (mainMagnitude - m)) - Math.pow(10, b * BATH_GAP));
    }

    /** ∫ (t + c)^-p dt from t1 to t2 (days). */
    private double omoriIntegral(double t1, double t2) {
        double c = params.cDays();
        double p = params.p();
        if (p == 1) {
            return Math.log((t2 + c) / (t1 + c));
        }
        return (Math.pow(t2 + c, 1 - p) - Math.pow(t1 + c, 1 - p)) / (1 - p);
    }

    /** The time (days) at which the Omori integral from {@code startDays} reaches {@code integral}; +∞ if never. */
    private double timeOfCumulative(double startDays, double integral) {
        double c = params.cDays();
        double p = params.p();
        if (p == 1) {
            return (startDays + c) * Math.exp(integral) - c;
        }
        double u = Math.pow(startDays + c, 1 - p) + integral * (1 - p);
        if (!(u > 0)) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.pow(u, 1 / (1 - p)) - c;
    }

    /** Inverse transform of Gutenberg-Richter truncated to [Mmin, Mmax]. */
    private double magnitude(double u) {
        double b = params.b();
        double span = 1 - Math.pow(10, -b * (maxMagnitude - minMagnitude));
        return Math.min(maxMagnitude, minMagnitude - Math.log10(1 - u * span) / b);
    }
}
