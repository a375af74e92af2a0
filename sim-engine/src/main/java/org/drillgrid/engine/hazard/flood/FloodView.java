package org.drillgrid.engine.hazard.flood;

/**
 * What callers outside the simulation thread may read of the flood: copies published at the end of
 * each tick, so a map can be drawn while the next tick runs.
 */
public interface FloodView {

    /** Water depth per cell (m) at the end of the last tick, row-major from the north-west corner. */
    double[] depths();

    /** Flow speed per cell (m/s) at the end of the last tick. */
    double[] speeds();

    /** Deepest water seen per cell so far (m). */
    double[] maxDepths();

    /** Highest FD2321 hazard-to-people rating seen per cell so far (see {@link HazardRating}). */
    double[] maxHazardRatings();

    /** Sim time (s) a cell first held more than 0.1 m of water, NaN where it has not. */
    double[] firstWettingTimes();

    /** Solver sub-steps taken so far (the adaptive Δt splits each tick). */
    long subSteps();

    /** Water budget so far. */
    MassBalance massBalance();

    /** Water stored on the grid at the end of the last tick (m³). */
    double volume();
}
