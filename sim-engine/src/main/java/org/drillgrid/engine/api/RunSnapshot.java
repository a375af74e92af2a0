package org.drillgrid.engine.api;

/**
 * What a live run looks like at one moment, safe to hand to another thread: sim time, the planned
 * end, status, speed (sim seconds per wall second; 0 = as fast as possible), the speed achieved over the
 * last few seconds of running (NaN while paused, just resumed or just set, or at "as fast as possible")
 * and events so far.
 */
public record RunSnapshot(long now, long until, long ticks, RunStatus status, double speed, double achievedSpeed,
        long events, String failure) {

    /** Whether the run measurably falls behind its speed: under 90 % of it over the last window. */
    public boolean fallingBehind() {
        return speed > 0 && !Double.isNaN(achievedSpeed) && achievedSpeed < 0.9 * speed;
    }
}
