package org.drillgrid.engine;

/**
 * The named order of work inside one tick. MASON runs steppables of the same time by ascending
 * ordering, so each phase sees the state the earlier phases left: the drill script changes the world
 * first, hazards then evolve it, agents react, and bookkeeping closes the tick.
 */
public enum Phase {
    /** Scripted and controller injects fire. */
    DRILL,
    /** Hazard models (flood, quake, fire) advance one tick. */
    HAZARDS,
    /** People, teams and convoys act on the world as it now is. */
    AGENTS,
    /** Counters and indicators are brought up to date for the tick. */
    BOOKKEEPING;

    /** MASON ordering of this phase. */
    public int ordering() {
        return ordinal();
    }
}
