package org.drillgrid.engine.hazard.quake;

import java.util.List;

/** What the rest of the run may read of the earthquake: the shaking and damage so far, and the shocks. */
public interface QuakeView {

    /** Worst seismic intensity a cell has felt so far (0 before the main shock). */
    double intensity(int cell);

    /** Intensity the cell felt in the latest shock (0 before the main shock). */
    double lastShockIntensity(int cell);

    /** Worst peak ground acceleration (g) a cell has felt so far. */
    double pga(int cell);

    /** Worst damage state of any home in the cell so far: 0 intact .. 4 collapse. */
    int damage(int cell);

    /** The shocks that have struck, in order. */
    List<QuakeHazard.Shock> shocks();

    int cols();
}
