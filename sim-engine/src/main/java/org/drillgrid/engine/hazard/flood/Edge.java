package org.drillgrid.engine.hazard.flood;

/** A side of the grid. Row 0 is the north edge, column 0 the west edge. */
public enum Edge {
    WEST, EAST, NORTH, SOUTH
}
