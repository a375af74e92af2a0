package org.drillgrid.engine.hazard.flood;

/** Water added to or taken from a cell per second (m/s): rain positive, infiltration and drainage negative. */
@FunctionalInterface
public interface SourceTerm {

    SourceTerm NONE = (cell, t) -> 0;

    double rate(int cell, double t);
}
