package org.drillgrid.scenarios;

import org.drillgrid.model.scenario.RoadClass;

/**
 * Drawing on the roads canvas. Where two roads share a cell the higher class (arterial over main over
 * local) is kept; underpasses are set directly by the terrain that makes them.
 */
final class Roads {

    private Roads() {
    }

    /** Puts a road of class {@code road} on the cell unless a higher class is already there. */
    static void draw(Canvas roads, int col, int row, RoadClass road) {
        if (!roads.contains(col, row)) {
            return;
        }
        int current = (int) roads.get(col, row);
        if (current == RoadClass.NONE.code() || current > road.code() && current != RoadClass.UNDERPASS.code()) {
            roads.set(col, row, road.code());
        }
    }

    /**
     * Draws a road along sampled points, shifted {@code dx, dy} cells, as a 4-connected line: a diagonal
     * step also takes the cell beside it, so that traffic and water moving between edge neighbours can
     * follow the road. Points for which {@code where} says no are skipped (bridges not built, lakes).
     */
    static void trace(Canvas roads, Channel line, int from, int to, double dx, double dy, RoadClass road,
            CellTest where) {
        int step = from <= to ? 1 : -1;
        int pc = Integer.MIN_VALUE;
        int pr = Integer.MIN_VALUE;
        for (int i = from; i != to + step; i += step) {
            int c = (int) StrictMath.rint(line.x(i) + dx);
            int r = (int) StrictMath.rint(line.y(i) + dy);
            if (c == pc && r == pr) {
                continue;
            }
            if (pc != Integer.MIN_VALUE && c != pc && r != pr && roads.contains(c, pr) && where.allows(c, pr)) {
                draw(roads, c, pr, road);
            }
            if (roads.contains(c, r) && where.allows(c, r)) {
                draw(roads, c, r, road);
            }
            pc = c;
            pr = r;
        }
    }

    /** A straight road from (c0, r0) to (c1, r1) along one row or one column. */
    static void straight(Canvas roads, int c0, int r0, int c1, int r1, RoadClass road, CellTest where) {
        if (c0 != c1 && r0 != r1) {
            throw new IllegalArgumentException("a straight road runs along a row or a column");
        }
        int dc = Integer.signum(c1 - c0);
        int dr = Integer.signum(r1 - r0);
        for (int c = c0, r = r0; ; c += dc, r += dr) {
            if (roads.contains(c, r) && where.allows(c, r)) {
                draw(roads, c, r, road);
            }
            if (c == c1 && r == r1) {
                return;
            }
        }
    }

    /** Whether a road may take a cell. */
    @FunctionalInterface
    interface CellTest {
        boolean allows(int col, int row);
    }
}
