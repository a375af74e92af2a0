package org.drillgrid.engine.move;

/**
 * How an agent travels. Speeds and depth limits are in docs/agents.md with their sources.
 */
public enum Mode {
    /** On foot, at 1.2 m/s; water deeper than 0.5 m stops a walker. */
    WALK(0.5),
    /** By car; 0.3 m of water stops a car. */
    CAR(0.3),
    /** By truck (relief convoys, teams' vehicles); 0.6 m of water stops a truck. */
    TRUCK(0.6),
    /** Rescue boat: on its trailer by road where it is dry, on the water where it is not. */
    BOAT(Double.POSITIVE_INFINITY);

    private final double maxDepth;

    Mode(double maxDepth) {
        this.maxDepth = maxDepth;
    }

    /** Deepest water (m) this mode can pass. */
    public double maxDepth() {
        return maxDepth;
    }

    /** Whether the mode queues at road bottlenecks (vehicles do; walkers and boats on water do not). */
    boolean queues() {
        return this == CAR || this == TRUCK;
    }
}
