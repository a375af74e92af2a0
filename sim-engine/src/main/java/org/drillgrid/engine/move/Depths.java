package org.drillgrid.engine.move;

/** Water depth (m) per cell as the hazard now has it; {@link #NONE} for a dry world. */
@FunctionalInterface
public interface Depths {

    Depths NONE = cell -> 0;

    double at(int cell);
}
