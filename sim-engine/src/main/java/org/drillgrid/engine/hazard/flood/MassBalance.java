package org.drillgrid.engine.hazard.flood;

/**
 * Running water budget of a solver (m³): what was on the grid at the start, what came in across the
 * boundaries and as rain, and what left across the boundaries or was lost to infiltration and drainage.
 */
public final class MassBalance {

    double initial;
    double inflow;
    double outflow;
    double rain;
    double losses;

    public double initial() {
        return initial;
    }

    public double inflow() {
        return inflow;
    }

    public double outflow() {
        return outflow;
    }

    public double rain() {
        return rain;
    }

    public double losses() {
        return losses;
    }

    /** Volume the budget says should be stored. */
    public double expected() {
        return initial + inflow + rain - outflow - losses;
    }

    /** |stored - expected| relative to the water that has passed through (0 when nothing has). */
    public double relativeError(double stored) {
        double scale = Math.max(initial + inflow + rain, 1e-12);
        return Math.abs(stored - expected()) / scale;
    }
}
