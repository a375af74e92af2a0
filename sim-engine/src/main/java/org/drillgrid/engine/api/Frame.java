package org.drillgrid.engine.api;

import java.util.BitSet;
import java.util.List;

/**
 * The ground truth of a run at one moment, as plain data for maps: taken on demand under the run's lock
 * ({@link SimulationRun#frame()}), then free to read on any thread. Cells are numbered {@code row * cols + col}.
 *
 * @param t         sim seconds
 * @param depths    water depth per cell (m), null without a flood
 * @param people    per cell, the gravest state of the households living there ({@link #PEOPLE_NONE} .. {@link #PEOPLE_DEAD})
 * @param teams     every team, where it is and what it does
 * @param shelters  every shelter
 * @param depots    every depot
 * @param convoys   cells where a relief truck is on the road now (one entry per truck)
 * @param closed    road cells closed to the public by order
 * @param blocked   road cells impassable (flooded, collapsed or closed)
 * @param powerOut  cells without power
 * @param networkOut cells without telephone or data network
 * @param level     emergency response level: 0 none, 4 (IV) .. 1 (I)
 * @param burned    cells the fire has burned, null without a fire
 * @param fireline  cells teams have cut fireline through, null without a fire
 * @param damage    per cell, the worst damage state of a home (0 intact .. 4 collapse), null without a quake
 */
public record Frame(long t, int cols, int rows, double[] depths, byte[] people, List<Unit> teams, List<Site> shelters,
        List<Site> depots, int[] convoys, BitSet closed, BitSet blocked, BitSet powerOut, BitSet networkOut,
        int level, BitSet burned, BitSet fireline, byte[] damage) {

    /** This frame with the fire's and the quake's cells (either part may be null). */
    public Frame withHazards(BitSet burned, BitSet fireline, byte[] damage) {
        return new Frame(t, cols, rows, depths, people, teams, shelters, depots, convoys, closed, blocked, powerOut,
                networkOut, level, burned, fireline, damage);
    }

    /** No household lives in the cell. */
    public static final byte PEOPLE_NONE = 0;
    /** At home, not warned. */
    public static final byte PEOPLE_UNAWARE = 1;
    /** At home and warned (deciding or staying). */
    public static final byte PEOPLE_WARNED = 2;
    /** On the way to a shelter, or stranded outside full ones. */
    public static final byte PEOPLE_MOVING = 3;
    /** Gone to a shelter: nobody left at home. */
    public static final byte PEOPLE_SHELTERED = 4;
    /** Someone trapped by water. */
    public static final byte PEOPLE_TRAPPED = 5;
    /** Someone dead. */
    public static final byte PEOPLE_DEAD = 6;

    /** A team: its cell, status ({@code standby, requested, idle, travelling, working}) and task (or null). */
    public record Unit(String id, int cell, String status, String task) {
    }

    /** A shelter or depot: its cell, whether it is open (depots always are), occupants and capacity (shelters). */
    public record Site(String id, int cell, boolean open, long occupants, long capacity) {
    }

    public int col(int cell) {
        return cell % cols;
    }

    public int row(int cell) {
        return cell / cols;
    }
}
