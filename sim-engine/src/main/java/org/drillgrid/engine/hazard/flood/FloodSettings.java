package org.drillgrid.engine.hazard.flood;

/**
 * Numerical settings of the solver. Defaults: α = 0.7 (Bates et al. 2010 use 0.7 as a safe Courant
 * factor), θ = 0.7 (de Almeida et al. 2012 recommend 0.7-0.9), wet/dry threshold 1 mm, at most 60 s per
 * sub-step, a minimum outflow slope of 1:10 000 at free boundaries, serial (the engine turns parallel
 * row bands on for grids of at least {@value #PARALLEL_FROM_CELLS} cells; results are bit-identical).
 */
public record FloodSettings(double alpha, double theta, double wetDry, double maxStep, double freeSlope,
        boolean parallel) {

    /** Grids smaller than this are worked on one thread: forking costs more than it saves. */
    public static final int PARALLEL_FROM_CELLS = 10_000;

    public static final FloodSettings DEFAULT = new FloodSettings(0.7, 0.7, 0.001, 60, 1e-4, false);

    public FloodSettings(double alpha, double theta, double wetDry, double maxStep, double freeSlope) {
        this(alpha, theta, wetDry, maxStep, freeSlope, false);
    }

    public FloodSettings withParallel(boolean p) {
        return new FloodSettings(alpha, theta, wetDry, maxStep, freeSlope, p);
    }

    public FloodSettings {
        if (!(alpha > 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1]");
        }
        if (!(theta >= 0 && theta <= 1)) {
            throw new IllegalArgumentException("theta must be in [0, 1]");
        }
    }

    public FloodSettings withAlpha(double a) {
        return new FloodSettings(a, theta, wetDry, maxStep, freeSlope, parallel);
    }
}
