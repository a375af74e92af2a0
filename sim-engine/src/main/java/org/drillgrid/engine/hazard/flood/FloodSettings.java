package org.drillgrid.engine.hazard.flood;

/**
 * Numerical settings of the solver. Defaults: α = 0.7 (Bates et al. 2010 use 0.7 as a safe Courant
 * factor), θ = 0.7 (de Almeida et al. 2012 recommend 0.7-0.9), wet/dry threshold 1 mm, at most 60 s per
 * sub-step, a minimum outflow slope of 1:10 000 at free boundaries.
 */
public record FloodSettings(double alpha, double theta, double wetDry, double maxStep, double freeSlope) {

    public static final FloodSettings DEFAULT = new FloodSettings(0.7, 0.7, 0.001, 60, 1e-4);

    public FloodSettings {
        if (!(alpha > 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1]");
        }
        if (!(theta >= 0 && theta <= 1)) {
            throw new IllegalArgumentException("theta must be in [0, 1]");
        }
    }

    public FloodSettings withAlpha(double a) {
        return new FloodSettings(a, theta, wetDry, maxStep, freeSlope);
    }
}
