package org.drillgrid.engine.api;

/**
 * What a live run looks like at one moment, safe to hand to another thread: sim time, the planned
 * end, status, speed (sim seconds per wall second; 0 = as fast as possible) and events so far.
 */
public record RunSnapshot(long now, long until, long ticks, RunStatus status, double speed, long events,
        String failure) {
}
