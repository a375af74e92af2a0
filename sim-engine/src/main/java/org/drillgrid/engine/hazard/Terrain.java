package org.drillgrid.engine.hazard;

import org.drillgrid.model.grid.GridLayer;

/**
 * Slope and aspect of the ground from the elevation layer, by central differences (one-sided at the edges):
 * Horn's weights are not needed at the grid sizes drills use. Row 0 is the north edge.
 */
public final class Terrain {

    private final double[] slopePercent;
    private final double[] upslopeDeg;

    public Terrain(GridLayer elevation, double cellSize) {
        int cols = elevation.cols();
        int rows = elevation.rows();
        this.slopePercent = new double[cols * rows];
        this.upslopeDeg = new double[cols * rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int cw = Math.max(0, c - 1);
                int ce = Math.min(cols - 1, c + 1);
                int rn = Math.max(0, r - 1);
                int rs = Math.min(rows - 1, r + 1);
                double dzdx = (elevation.get(ce, r) - elevation.get(cw, r)) / ((ce - cw) * cellSize);
                double dzdn = (elevation.get(c, rn) - elevation.get(c, rs)) / ((rs - rn) * cellSize);
                if (ce == cw) {
                    dzdx = 0;
                }
                if (rs == rn) {
                    dzdn = 0;
                }
                int i = r * cols + c;
                slopePercent[i] = 100 * Math.hypot(dzdx, dzdn);
                double bearing = Math.toDegrees(Math.atan2(dzdx, dzdn));
                upslopeDeg[i] = bearing < 0 ? bearing + 360 : bearing;
            }
        }
    }

    /** Rise over run at a cell, in percent. */
    public double slopePercent(int cell) {
        return slopePercent[cell];
    }

    /** Slope angle at a cell, degrees. */
    public double slopeDeg(int cell) {
        return Math.toDegrees(Math.atan(slopePercent[cell] / 100));
    }

    /** Compass bearing in which the ground rises fastest at a cell (0 north, 90 east); 0 on flat ground. */
    public double upslopeDeg(int cell) {
        return upslopeDeg[cell];
    }
}
