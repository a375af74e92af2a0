package org.drillgrid.engine.hazard.fire;

/** What the rest of the run may read of the fire: where it burned and when, and fireline. */
public interface FireView {

    /** Sim time (s) the fire reached a cell, NaN where it has not burned. */
    double arrival(int cell);

    boolean burned(int cell);

    /** Whether teams have cut fireline through a cell. */
    boolean isFireline(int cell);

    /** Burned area so far, hectares. */
    double burnedHa();

    /** Arrival times of every cell (NaN unburned), row-major. */
    double[] arrivals();

    /**
     * Distance (km, centre to centre) from the nearest cell of an area to the nearest burned cell, NaN when
     * none is within {@code withinKm}.
     */
    double nearestKm(org.drillgrid.engine.people.Area area, double withinKm);

    int cols();
}
