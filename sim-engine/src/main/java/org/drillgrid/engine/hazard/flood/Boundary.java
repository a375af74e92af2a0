package org.drillgrid.engine.hazard.flood;

import java.util.function.DoubleUnaryOperator;

/**
 * An open stretch of the grid's edge, cells {@code from..to} (inclusive) along it; edges without a
 * boundary are walls. {@code value} gives, at time t (s): for {@link Kind#STAGE} the water surface
 * elevation outside (m above datum); for {@link Kind#INFLOW} the discharge into the grid (m³/s) spread
 * evenly over the stretch; it is unused for {@link Kind#FREE}.
 */
public record Boundary(Edge edge, int from, int to, Kind kind, DoubleUnaryOperator value) {

    public enum Kind {
        /** Water level held outside the edge: water flows in or out across it. */
        STAGE,
        /** Prescribed discharge into the grid. */
        INFLOW,
        /** Free outflow: water leaves at the local flow depth with the bed slope of the edge cell. */
        FREE
    }

    public Boundary {
        if (from > to) {
            throw new IllegalArgumentException("boundary from " + from + " > to " + to);
        }
    }

    public int cells() {
        return to - from + 1;
    }
}
