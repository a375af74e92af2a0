package org.drillgrid.engine.api;

/**
 * The speed a paced run achieves, measured over windows of wall time, so that a run which cannot keep up
 * says so instead of quietly running slower than asked. At a set speed a window's speed is the sim time
 * owed for its wall time less the sim time given up (owed beyond the catch-up cap, or cut at the end of a
 * full slice), per wall second: exact whatever the tick length, where counting the ticks run would swing
 * between 0 and several ticks a window. At "as fast as possible" (nothing owed) it is the sim time run per
 * wall second. Not thread-safe: fed by the one slice thread.
 */
final class SpeedMeter {

    private final long windowNanos;
    private long start = -1;
    private long startSim;
    private double owed;
    private double lost;

    SpeedMeter(long windowNanos) {
        this.windowNanos = windowNanos;
    }

    /** Starts a new window at the next slice (after a pause, a resume or a new speed). */
    void restart() {
        start = -1;
    }

    /**
     * Records a slice that ended at {@code nanos} with the run at {@code simNow}.
     *
     * @param sliceOwed sim seconds owed for the slice's wall time, NaN at "as fast as possible"
     * @param sliceLost sim seconds of that (or of earlier budget) given up
     * @return the window's speed when this slice closes a window, else NaN
     */
    double slice(long nanos, long simNow, double sliceOwed, double sliceLost) {
        if (start < 0) {
            begin(nanos, simNow);
            return Double.NaN;
        }
        owed += sliceOwed;
        lost += sliceLost;
        long elapsed = nanos - start;
        if (elapsed < windowNanos) {
            return Double.NaN;
        }
        double seconds = elapsed / 1e9;
        double speed = Double.isNaN(owed) ? (simNow - startSim) / seconds : (owed - lost) / seconds;
        begin(nanos, simNow);
        return speed;
    }

    private void begin(long nanos, long simNow) {
        start = nanos;
        startSim = simNow;
        owed = 0;
        lost = 0;
    }
}
