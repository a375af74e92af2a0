package org.drillgrid.engine.hazard.flood;

import java.util.Locale;
import java.util.Map;

/**
 * Green-Ampt infiltration (Green and Ampt 1911) as in Chow, Maidment and Mays (1988, Applied Hydrology,
 * section 4.3): the potential rate after a cumulative infiltration F is f = K·(1 + ψ·Δθ / F), with
 * Δθ = (1 - Se)·θe. Soil parameters per texture from Rawls, Brakensiek and Miller (1983), as tabulated
 * there (table 4.3.1): effective porosity θe, wetting-front suction head ψ (cm), conductivity K (cm/h).
 */
public final class GreenAmpt {

    /** A soil texture: effective porosity, suction head (m) and saturated conductivity (m/s). */
    public record Soil(double effectivePorosity, double suctionHead, double conductivity) {

        static Soil of(double thetaE, double psiCm, double kCmPerHour) {
            return new Soil(thetaE, psiCm / 100, kCmPerHour / 100 / 3600);
        }
    }

    static final Map<String, Soil> TEXTURES = Map.ofEntries(
            Map.entry("sand", Soil.of(0.417, 4.95, 11.78)),
            Map.entry("loamy-sand", Soil.of(0.401, 6.13, 2.99)),
            Map.entry("sandy-loam", Soil.of(0.412, 11.01, 1.09)),
            Map.entry("loam", Soil.of(0.434, 8.89, 0.34)),
            Map.entry("silt-loam", Soil.of(0.486, 16.68, 0.65)),
            Map.entry("sandy-clay-loam", Soil.of(0.330, 21.85, 0.15)),
            Map.entry("clay-loam", Soil.of(0.309, 20.88, 0.10)),
            Map.entry("silty-clay-loam", Soil.of(0.432, 27.30, 0.10)),
            Map.entry("sandy-clay", Soil.of(0.321, 23.90, 0.06)),
            Map.entry("silty-clay", Soil.of(0.423, 29.22, 0.05)),
            Map.entry("clay", Soil.of(0.385, 31.63, 0.03)));

    /** Where F starts: a film so thin it holds nothing but keeps the rate finite (m). */
    static final double F_START = 1e-6;

    private final double k;
    private final double psiDelta;

    public GreenAmpt(Soil soil, double initialSaturation) {
        this.k = soil.conductivity();
        this.psiDelta = soil.suctionHead() * (1 - initialSaturation) * soil.effectivePorosity();
    }

    public static Soil texture(String name) {
        Soil s = TEXTURES.get(name.toLowerCase(Locale.ROOT));
        if (s == null) {
            throw new IllegalArgumentException("unknown soil texture " + name);
        }
        return s;
    }

    /** Potential infiltration rate (m/s) after {@code f} metres have soaked in. */
    public double rate(double f) {
        return k * (1 + psiDelta / Math.max(f, F_START));
    }

    /**
     * The most that can soak in during {@code dt} seconds after {@code f} metres already have: the
     * ponded Green-Ampt increment, F₂ - ψΔθ·ln((ψΔθ + F₂)/(ψΔθ + F₁)) = F₁ + K·dt (Chow et al. 1988, eq.
     * 4.4.11), so a step of any length is exact for a ponded cell.
     */
    public double capacity(double f, double dt) {
        double f1 = Math.max(f, 0);
        double target = f1 + k * dt;
        double f2 = f1 + Math.max(k * dt, Math.sqrt(2 * psiDelta * k * dt));
        for (int i = 0; i < 50; i++) {
            double g = f2 - psiDelta * Math.log((psiDelta + f2) / (psiDelta + f1)) - target;
            double next = f2 - g / (1 - psiDelta / (psiDelta + f2));
            if (Math.abs(next - f2) < 1e-13) {
                f2 = next;
                break;
            }
            f2 = Math.max(f1, next);
        }
        return f2 - f1;
    }

    /**
     * Cumulative infiltration after {@code seconds} of ponding from dry, from the implicit Green-Ampt
     * equation F - ψΔθ·ln(1 + F/ψΔθ) = K·t (solved by Newton's method); the reference the stepped
     * model is checked against.
     */
    public double pondedCumulative(double seconds) {
        double f = Math.max(k * seconds, Math.sqrt(2 * psiDelta * k * seconds));
        for (int i = 0; i < 50; i++) {
            double g = f - psiDelta * Math.log(1 + f / psiDelta) - k * seconds;
            double dg = 1 - psiDelta / (psiDelta + f);
            double next = f - g / dg;
            if (Math.abs(next - f) < 1e-12) {
                return next;
            }
            f = next;
        }
        return f;
    }
}
