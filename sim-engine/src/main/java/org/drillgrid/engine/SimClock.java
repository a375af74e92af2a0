package org.drillgrid.engine;

/** Sim time as the tick's steppables see it. */
public interface SimClock {

    /** Start of the tick being run, in sim seconds since the scenario start. */
    long tickStart();

    /** Length of one tick in sim seconds. */
    long tickSeconds();

    /** End of the tick being run (exclusive). */
    default long tickEnd() {
        return tickStart() + tickSeconds();
    }
}
