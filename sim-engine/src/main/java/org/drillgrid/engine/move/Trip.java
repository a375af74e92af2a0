package org.drillgrid.engine.move;

import java.util.ArrayList;
import java.util.List;

/**
 * One agent's journey to a target cell, advanced a cell at a time by {@link Mobility#advance}. The trip
 * follows its mode's flow field to the target and takes a new one when the road ahead closes.
 */
public final class Trip {

    /** {@link Mobility#advance} result: the trip is at its target. */
    public static final double ARRIVED = -1;
    /** {@link Mobility#advance} result: no open way to the target from here now. */
    public static final double STUCK = -2;

    final int target;
    final Mode mode;
    final double walkSpeed;
    /** A trip of one agent to a target nobody else goes to: its field is searched only as far as needed. */
    boolean solo;
    int cell;
    FlowField field;
    int reroutes;
    private final List<Integer> trace;

    /**
     * @param walkSpeed m/s on foot (1.2, 0.8 for people with reduced mobility); ignored by other modes
     * @param traced whether to keep the cells visited (tests and replays of single agents)
     */
    public Trip(int from, int target, Mode mode, double walkSpeed, boolean traced) {
        this.cell = from;
        this.target = target;
        this.mode = mode;
        this.walkSpeed = walkSpeed;
        this.trace = traced ? new ArrayList<>(List.of(from)) : null;
    }

    public Trip(int from, int target, Mode mode) {
        this(from, target, mode, Mobility.WALK_SPEED, false);
    }

    /** Marks the trip as one agent's own (a team to a task): routes are searched only as far as needed. */
    public Trip solo() {
        this.solo = true;
        return this;
    }

    public int cell() {
        return cell;
    }

    public int target() {
        return target;
    }

    public Mode mode() {
        return mode;
    }

    /** Times the trip had to take a new route because the way ahead closed. */
    public int reroutes() {
        return reroutes;
    }

    /** Cells visited in order, when traced. */
    public List<Integer> trace() {
        return trace == null ? List.of() : List.copyOf(trace);
    }

    void moveTo(int next) {
        cell = next;
        if (trace != null) {
            trace.add(next);
        }
    }
}
