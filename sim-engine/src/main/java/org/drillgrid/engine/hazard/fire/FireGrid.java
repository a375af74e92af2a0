package org.drillgrid.engine.hazard.fire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fire growth on a raster by minimum travel time (Finney 2002, Can. J. For. Res. 32:1420-1424): an event-driven,
 * Dijkstra-like search in which every cell that burns offers its unburned neighbours an arrival time, and cells burn
 * in order of arrival.
 *
 * <p>Cells are numbered {@code row * cols + col}, row 0 along the north edge and column 0 along the west edge.
 *
 * <p>Travel follows the fire ellipse of {@link Spread}: from a burning cell a fire runs toward compass direction θ at
 * R(θ) = head·(1 − e)/(1 − e·cos(θ − heading)), the ellipse of a point ignition with the cell at its rear focus
 * ({@link Spread#rateAt}). The time along a straight line between two cell centres is summed over the cells the line
 * crosses, each share at that cell's rate ({@link StraightLine}): half the way in the source and half in the target
 * for an adjacent cell, a quarter in each of four cells for a knight's move; so a fire slows as soon as it enters
 * slower fuel. A cell the line has burned contributes the spread it burned with, any other the spread at the time
 * the source burns.
 *
 * <p>Which lines: a cell that burns at time t offers arrival times to its 16 neighbours, the 8 around it and the 8 a
 * knight's move away, along the line from itself. On its own that stencil bends every path into its 16 directions,
 * and a fire whose head lies between them is slowed by up to δ/(1 − e), with δ up to 2.7 % the stencil's detour:
 * at a length-to-breadth of 1.6 the head lost 7 %, at 3.2 it lost 24 %. So each neighbour is also offered the
 * straight line from the cell the burning one's own arrival came along from (its origin), if that cell lies within
 * {@link #REACH} cells (Theta*, Nash et al. 2007, AAAI). In uniform conditions lines then run straight from the
 * ignition, and the burned area is the ellipse to within about 1 % (2 % in length-to-breadth at LB 3.2) whatever
 * the heading; where conditions vary, a bent path wins wherever it is faster.
 *
 * <p>Conditions are read from {@link CellSpread} when a source cell burns: a wind change reaches the fire through the
 * cells that burn after it, while arrival times already offered keep the old wind.
 *
 * <p>Barriers: a cell that is {@link #block blocked}, or where {@link CellSpread} gives null or a zero head rate, never
 * burns, and no line crosses it. A line through a cell corner (a diagonal move) needs both cells beside the corner
 * passable; a knight's move crosses the two cells between source and target and needs both passable. So a fire
 * cannot slip through a one-cell line of barrier, not even a diagonal staircase. Burned cells are not barriers.
 *
 * <p>Results are deterministic: equal arrival times burn in order of cell index.
 */
public final class FireGrid {

    /** The fire behaviour of a cell at a time; null or a zero head rate means the cell cannot burn then. */
    @FunctionalInterface
    public interface CellSpread {
        /**
         * Called for every unburned cell a line crosses, several dozen times for each cell that burns, so it should
         * be cheap: for example a lookup of {@link Rothermel} results computed once per fuel model and weather.
         * Returning the same instance for equal conditions saves work too.
         */
        Spread at(int cell, double timeSeconds);
    }

    // the 8 adjacent cells, then the knight's moves
    private static final int[] DR = {-1, -1, 0, 1, 1, 1, 0, -1, -2, -1, 1, 2, 2, 1, -1, -2};
    private static final int[] DC = {0, 1, 1, 1, 0, -1, -1, -1, 1, 2, 2, 1, -1, -2, -2, -1};
    /**
     * How far (in cells) a straight line may run from an origin; longer lines start again from the cell they reached.
     * Longer reach costs time in proportion and gained little in the shape errors measured (24 vs 48: 0.4 vs 0.3 %
     * mean arrival-time error at LB 3.2).
     */
    static final int REACH = 24;

    private final int cols;
    private final int rows;
    private final double cellSize;
    private final CellSpread spread;
    private final double[] arrival;
    private final double[] offered;
    private final boolean[] blocked;
    private final Spread[] burnedWith;
    private final int[] origin;
    private final int[] offeredFrom;
    private final ArrivalQueue queue = new ArrivalQueue();
    private final StraightLine line;
    private final StraightLine.Conditions conditions = this::conditions;
    private int burnedCount;
    private int pendingCount;

    /**
     * @param cols cells west to east
     * @param rows cells north to south
     * @param cellSizeM cell edge, m
     * @param spread the fire behaviour of each cell
     */
    public FireGrid(int cols, int rows, double cellSizeM, CellSpread spread) {
        if (cols <= 0 || rows <= 0 || !(cellSizeM > 0) || spread == null) {
            throw new IllegalArgumentException("a fire grid needs positive dimensions, a cell size and a spread");
        }
        this.cols = cols;
        this.rows = rows;
        this.cellSize = cellSizeM;
        this.spread = spread;
        int n = Math.multiplyExact(cols, rows);
        this.arrival = new double[n];
        this.offered = new double[n];
        this.blocked = new boolean[n];
        this.burnedWith = new Spread[n];
        this.origin = new int[n];
        this.offeredFrom = new int[n];
        this.line = new StraightLine(cols, cellSizeM);
        Arrays.fill(arrival, Double.NaN);
        Arrays.fill(offered, Double.POSITIVE_INFINITY);
    }

    /**
     * Sets the cell alight at time t (s). Ignored if it has burned, is blocked or cannot burn at t; an earlier
     * ignition or arrival already pending stands.
     */
    public void ignite(int cell, double t) {
        checkCell(cell);
        if (burned(cell) || blocked[cell] || !spreads(spread.at(cell, t))) {
            return;
        }
        offer(cell, t, cell);
    }

    /**
     * Burns, in order of arrival, every cell whose arrival time is at most t (s), and returns them in that order. Call
     * it with increasing times; each call continues where the last stopped.
     */
    public List<Integer> advanceTo(double t) {
        List<Integer> burnedNow = new ArrayList<>();
        while (!queue.isEmpty() && queue.peekTime() <= t) {
            double time = queue.peekTime();
            int cell = queue.peekCell();
            queue.pop();
            if (burned(cell) || blocked[cell] || time != offered[cell]) {
                continue; // superseded by an earlier arrival, or blocked since
            }
            pendingCount--;
            offered[cell] = Double.POSITIVE_INFINITY;
            Spread here = spread.at(cell, time);
            if (!spreads(here)) {
                continue; // unburnable when the fire got there; a later arrival may try again
            }
            arrival[cell] = time;
            burnedWith[cell] = here;
            origin[cell] = offeredFrom[cell];
            burnedCount++;
            burnedNow.add(cell);
            spreadFrom(cell, time);
        }
        return burnedNow;
    }

    /**
     * Offers arrival times to the unburned cells a knight's move or less from a cell that burns now: along the straight
     * line from the cell itself and, if it lies within {@link #REACH} cells, along the straight line from the cell
     * the burning one's own arrival came from.
     */
    private void spreadFrom(int cell, double time) {
        int row = cell / cols;
        int col = cell % cols;
        int from = origin[cell];
        for (int k = 0; k < DR.length; k++) {
            int r = row + DR[k];
            int c = col + DC[k];
            if (r < 0 || r >= rows || c < 0 || c >= cols) {
                continue;
            }
            int n = r * cols + c;
            if (burned(n) || blocked[n]) {
                continue;
            }
            offer(n, time + line.travelTime(cell, n, time, conditions), cell);
            if (from != cell && offeredFrom[n] != from && withinReach(from, n)) {
                offer(n, arrival[from] + line.travelTime(from, n, time, conditions), from);
            }
        }
    }

    private boolean withinReach(int a, int b) {
        int dr = a / cols - b / cols;
        int dc = a % cols - b % cols;
        return dr * dr + dc * dc <= REACH * REACH;
    }

    /** What a line meets in a cell: the spread it burned with, or the spread now; null for a barrier. */
    private Spread conditions(int cell, double time) {
        if (burned(cell)) {
            return burnedWith[cell];
        }
        if (blocked[cell]) {
            return null;
        }
        Spread s = spread.at(cell, time);
        return spreads(s) ? s : null;
    }

    private void offer(int cell, double t, int from) {
        if (t < offered[cell]) {
            if (offered[cell] == Double.POSITIVE_INFINITY) {
                pendingCount++;
            }
            offered[cell] = t;
            offeredFrom[cell] = from;
            queue.push(t, cell);
        }
    }

    private static boolean spreads(Spread s) {
        return s != null && s.spreads();
    }

    /** Time (s) the cell burned, NaN while unburned. */
    public double arrival(int cell) {
        checkCell(cell);
        return arrival[cell];
    }

    /**
     * Makes the cell a barrier (a fireline, a road cleared of fuel) from now on: it never burns, even if the fire has
     * already offered it an arrival time. A cell that has burned stays burned.
     */
    public void block(int cell) {
        checkCell(cell);
        if (!blocked[cell] && offered[cell] != Double.POSITIVE_INFINITY) {
            pendingCount--;
            offered[cell] = Double.POSITIVE_INFINITY;
        }
        blocked[cell] = true;
    }

    public boolean blocked(int cell) {
        checkCell(cell);
        return blocked[cell];
    }

    public boolean burned(int cell) {
        return !Double.isNaN(arrival[cell]);
    }

    public int burnedCount() {
        return burnedCount;
    }

    public double burnedAreaM2() {
        return burnedCount * cellSize * cellSize;
    }

    /** Whether a fire front is still pending: some unburned cell has an arrival time offered. */
    public boolean active() {
        return pendingCount > 0;
    }

    /** Earliest pending arrival time (s), or +∞ if the fire is out. */
    public double nextArrival() {
        while (!queue.isEmpty()) {
            int cell = queue.peekCell();
            if (!burned(cell) && !blocked[cell] && queue.peekTime() == offered[cell]) {
                return queue.peekTime();
            }
            queue.pop();
        }
        return Double.POSITIVE_INFINITY;
    }

    public int cols() {
        return cols;
    }

    public int rows() {
        return rows;
    }

    public double cellSizeM() {
        return cellSize;
    }

    private void checkCell(int cell) {
        if (cell < 0 || cell >= arrival.length) {
            throw new IndexOutOfBoundsException("cell " + cell + " outside a " + cols + " x " + rows + " grid");
        }
    }
}
