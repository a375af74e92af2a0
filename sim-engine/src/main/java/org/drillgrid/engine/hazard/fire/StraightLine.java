package org.drillgrid.engine.hazard.fire;

/**
 * Travel time of a fire along the straight line between two cell centres: the sum, over the cells the line crosses, of
 * each cell's share of the line divided by that cell's rate toward the line's direction, R(θ) of {@link Spread#rateAt}.
 * This is how minimum-travel-time fire growth integrates between nodes (Finney 2002, Can. J. For. Res. 32:1420-1424).
 *
 * <p>The cells are found with the grid traversal of Amanatides and Woo (1987) in integer arithmetic, so that a line
 * through a cell corner is recognised exactly. Such a line crosses no length of the two cells beside the corner, but
 * they must be passable too: a fire does not slip between two barrier cells that touch at a corner.
 */
final class StraightLine {

    /** The conditions the line meets. */
    @FunctionalInterface
    interface Conditions {
        /** The spread in the cell, or null if the cell is a barrier (blocked or unburnable). */
        Spread at(int cell, double time);
    }

    private final int cols;
    private final double cellSize;

    StraightLine(int cols, double cellSize) {
        this.cols = cols;
        this.cellSize = cellSize;
    }

    /**
     * Seconds for a fire to run from the centre of {@code from} to the centre of {@code to}, or +∞ if a barrier
     * is in the way; {@code time} is passed on to the conditions.
     */
    double travelTime(int from, int to, double time, Conditions conditions) {
        int r = from / cols;
        int c = from % cols;
        int dr = to / cols - r;
        int dc = to % cols - c;
        long ar = Math.abs(dr);
        long ac = Math.abs(dc);
        int sr = Integer.signum(dr);
        int sc = Integer.signum(dc);
        double length = cellSize * Math.hypot(dr, dc);
        double bearing = Math.toDegrees(Math.atan2(dc, -dr)); // rows grow southward

        Spread cell = conditions.at(from, time);
        if (cell == null) {
            return Double.POSITIVE_INFINITY;
        }
        Spread rated = cell;
        double rate = cell.rateAt(bearing);
        double total = 0;
        double crossedAt = 0;
        long columns = 0; // column boundaries crossed; the next is at (2·columns + 1) / (2·ac) along the line
        long rows = 0;
        for (int left = (int) (ac + ar); left > 0; ) {
            long columnKey = ac == 0 ? Long.MAX_VALUE : (2 * columns + 1) * ar; // compares (2i+1)/ac with (2j+1)/ar
            long rowKey = ar == 0 ? Long.MAX_VALUE : (2 * rows + 1) * ac;
            double next;
            if (columnKey < rowKey) {
                next = (2 * columns++ + 1) / (2.0 * ac);
                c += sc;
                left--;
            } else if (rowKey < columnKey) {
                next = (2 * rows++ + 1) / (2.0 * ar);
                r += sr;
                left--;
            } else { // through a corner
                next = (2 * columns++ + 1) / (2.0 * ac);
                rows++;
                if (conditions.at(r * cols + c + sc, time) == null || conditions.at((r + sr) * cols + c, time) == null) {
                    return Double.POSITIVE_INFINITY;
                }
                r += sr;
                c += sc;
                left -= 2;
            }
            if (cell != rated) {
                rated = cell;
                rate = cell.rateAt(bearing);
            }
            total += (next - crossedAt) * length / rate;
            crossedAt = next;
            cell = conditions.at(r * cols + c, time);
            if (cell == null) {
                return Double.POSITIVE_INFINITY;
            }
        }
        if (cell != rated) {
            rate = cell.rateAt(bearing);
        }
        return total + (1 - crossedAt) * length / rate;
    }
}
