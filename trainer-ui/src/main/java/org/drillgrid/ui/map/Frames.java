package org.drillgrid.ui.map;

import java.util.BitSet;
import java.util.List;
import org.drillgrid.engine.api.Frame;

/** Partial frames for maps that know only part of the picture (nulls are drawn as "not known"). */
public final class Frames {

    private Frames() {
    }

    /** Water depths alone (a replay between checkpoints, the old live-run page). */
    public static Frame depthsOnly(int cols, int rows, double[] depths) {
        return new Frame(0, cols, rows, depths, null, null, null, null, null, null, null, null, null, 0, null, null,
                null);
    }

    /** A reported picture: what the reader knows of teams, shelters and depots, and nothing of the truth. */
    public static Frame reported(long t, int cols, int rows, List<Frame.Unit> teams, List<Frame.Site> shelters,
            List<Frame.Site> depots, BitSet closedByOrder) {
        return new Frame(t, cols, rows, null, null, teams, shelters, depots, null, closedByOrder, null, null, null, 0,
                null, null, null);
    }
}
