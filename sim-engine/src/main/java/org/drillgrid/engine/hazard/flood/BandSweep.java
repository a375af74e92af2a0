package org.drillgrid.engine.hazard.flood;

/**
 * One sub-step of {@link FloodSolver} over a band of rows, in a single sweep down the band: the raw
 * face fluxes of a row, then its cells' outflow limiter, then the continuity of the row above, so each
 * row of the grid is read from memory once per sub-step instead of once per phase. The raw fluxes and
 * limiter factors live only in rings of three rows; a band works out the fluxes of the row on each
 * side of it again rather than waiting for its neighbours, so bands never share a write and a band's
 * result does not depend on how many threads run the others.
 *
 * <p>Reads the water of the sub-step ({@code h}, {@code qx}, {@code qy}) and writes the next one
 * ({@code hNext}, {@code qxNext}, {@code qyNext}): each band writes the faces on the west side and the
 * north side of its cells (the south edge too in the last row), so every face has one writer.
 *
 * <p>Rows are copied into buffers that start at the row's first cell or face, and the loops index
 * all their arrays by the same i, so that the JIT vectorises them (see {@link FaceLine}); neighbours
 * are reached through copies shifted by one.
 */
final class BandSweep {

    /** Depths this far below zero are round-off of the flux limiter, not lost water. */
    static final double ROUND_OFF = 1e-9;

    private final int cols;
    private final int rows;
    private final double dx;
    private final double[] bed;
    private final double[] manning;
    private final GridEdges edges;
    private final FaceLine line;
    /** Cells of a row, by row modulo 3, and which row each holds in this sub-step (-1: none yet). */
    private final CellRow[] cells = new CellRow[3];
    private final int[] cellsOfRow = new int[3];
    /** The cells east of each interior x-face of a row: its cells from the second on. */
    private final CellRow eastCells;
    /** Discharges now on the interior x-faces of a row, and on the faces west and east of each. */
    private final double[] qxHere;
    private final double[] qxWest;
    private final double[] qxEast;
    /** Discharges now on the y-faces of line k, by k modulo 3, and which line each holds. */
    private final double[][] qyLine = new double[3][];
    private final int[] qyLineOf = new int[3];
    /** Raw fluxes across the x-faces of a row (cols + 1), by row modulo 3. */
    private final double[][] xRaw = new double[3][];
    /** Raw fluxes across the y-faces along row line k, between rows k - 1 and k (cols), by k modulo 3. */
    private final double[][] yRaw = new double[3][];
    /**
     * Factor (at most 1) bringing each cell's outflow down to the water it holds, by row modulo 3; one
     * more entry, 1, stands for the outside beyond the east edge.
     */
    private final double[][] scale = new double[3][];
    private final double[] ones;
    /** Work buffers of a row: cols + 1 entries each. */
    private final double[] shifted;
    private final double[] work;
    /** A row's rain and loss capacity from the source term. */
    private final double[] rainRow;
    private final double[] capacity;
    /** Limited fluxes across the x-faces of a row, by row modulo 3, and the y-faces of line k, by k modulo 3. */
    private final double[][] limitedX = new double[3][];
    private final double[][] limitedY = new double[3][];

    /** Per sub-step: g·Δt, g·Δt/Δx and Δt/Δx. */
    private double gDt;
    private double gDtOverDx;
    private double dtOverDx;

    /** Rain fallen on the band in the sub-step (m summed over cells). */
    double rain;
    /** Water taken by losses in the band (m summed over cells). */
    double loss;
    /** The deepest water in the band after the sub-step (m, at least 0). */
    double deepest;

    BandSweep(int cols, int rows, double dx, double[] bed, double[] manning, FloodSettings settings, GridEdges edges) {
        this.cols = cols;
        this.rows = rows;
        this.dx = dx;
        this.bed = bed;
        this.manning = manning;
        this.edges = edges;
        this.line = new FaceLine(cols, settings);
        for (int k = 0; k < 3; k++) {
            cells[k] = new CellRow(cols);
            qyLine[k] = new double[cols];
            xRaw[k] = new double[cols + 1];
            yRaw[k] = new double[cols];
            scale[k] = new double[cols + 1];
        }
        this.eastCells = new CellRow(cols);
        this.qxHere = new double[cols];
        this.qxWest = new double[cols];
        this.qxEast = new double[cols];
        this.ones = new double[cols + 1];
        java.util.Arrays.fill(ones, 1);
        this.shifted = new double[cols + 1];
        this.work = new double[cols + 1];
        this.rainRow = new double[cols];
        this.capacity = new double[cols];
        for (int k = 0; k < 3; k++) {
            limitedX[k] = new double[cols + 1];
            limitedY[k] = new double[cols];
        }
    }

    /** Works rows [from, to) of the sub-step {@code s}. */
    void run(int from, int to, SubStep s) {
        rain = 0;
        loss = 0;
        deepest = 0;
        gDt = FloodSolver.G * s.dt();
        gDtOverDx = gDt / dx;
        dtOverDx = s.dt() / dx;
        java.util.Arrays.fill(cellsOfRow, -1);
        java.util.Arrays.fill(qyLineOf, -1);
        int first = Math.max(from - 1, 0);
        int last = Math.min(to, rows - 1);
        yFaces(first, s);
        for (int j = first; j <= last; j++) {
            xFaces(j, s);
            yFaces(j + 1, s);
            limiter(j, s);
            if (j >= from && j < to) {
                limitX(j, s);
            }
            if (j >= from) {
                limitY(j, j < to, s); // line `to` is the next band's to write
            }
            if (j - 1 >= from) {
                continuity(j - 1, s);
            }
        }
        if (to == rows) {
            limitY(rows, true, s);
            continuity(rows - 1, s);
        }
    }

    private CellRow cells(int r, SubStep s) {
        if (cellsOfRow[r % 3] != r) {
            cells[r % 3].load(r, cols, bed, s.h(), manning);
            cellsOfRow[r % 3] = r;
        }
        return cells[r % 3];
    }

    private double[] qyLine(int k, SubStep s) {
        if (qyLineOf[k % 3] != k) {
            System.arraycopy(s.qy(), k * cols, qyLine[k % 3], 0, cols);
            qyLineOf[k % 3] = k;
        }
        return qyLine[k % 3];
    }

    private void xFaces(int r, SubStep s) {
        double[] x = xRaw[r % 3];
        x[0] = edges.west[r];
        x[cols] = edges.east[r];
        int interior = cols - 1;
        if (interior == 0) {
            return;
        }
        CellRow row = cells(r, s);
        eastCells.shifted(row, interior);
        int faces = r * (cols + 1);
        System.arraycopy(s.qx(), faces + 1, qxHere, 0, interior);
        System.arraycopy(s.qx(), faces, qxWest, 0, interior);
        System.arraycopy(s.qx(), faces + 2, qxEast, 0, interior);
        line.fluxes(interior, row, eastCells, qxHere, qxWest, qxEast, gDt, gDtOverDx, work);
        System.arraycopy(work, 0, x, 1, interior);
    }

    /** Raw fluxes across line k, between rows k - 1 and k (the grid's north edge at 0, south edge at rows). */
    private void yFaces(int k, SubStep s) {
        double[] y = yRaw[k % 3];
        if (k == 0 || k == rows) {
            System.arraycopy(k == 0 ? edges.north : edges.south, 0, y, 0, cols);
            return;
        }
        line.fluxes(cols, cells(k - 1, s), cells(k, s), qyLine(k, s), qyLine(k - 1, s), qyLine(k + 1, s), gDt,
                gDtOverDx, y);
    }

    /**
     * The factor of each cell of row r: its outflows over the sub-step against the water it holds,
     * available / max(outflow·Δx·Δt, available), that is 1 when the cell holds enough.
     */
    private void limiter(int r, SubStep s) {
        double[] x = xRaw[r % 3];
        double[] north = yRaw[r % 3];
        double[] south = yRaw[(r + 1) % 3];
        double[] east = shifted;
        System.arraycopy(x, 1, east, 0, cols);
        double[] outflow = work;
        for (int c = 0; c < cols; c++) {
            outflow[c] = Math.max(0, east[c]) + Math.max(0, -x[c]) + Math.max(0, south[c]) + Math.max(0, -north[c]);
        }
        double[] h = cells(r, s).h;
        double[] f = scale[r % 3];
        double dt = s.dt();
        double area = dx * dx;
        for (int c = 0; c < cols; c++) {
            double volumeOut = outflow[c] * dx * dt;
            double available = h[c] * area;
            // MIN_VALUE: a cell with no water and no outflow is no donor; its factor is never used
            f[c] = available / Math.max(Math.max(volumeOut, available), Double.MIN_VALUE);
        }
        f[cols] = 1;
    }

    /**
     * Limits the x-faces of row r by their donor cells' factors and writes them as the next fluxes:
     * max(q, 0) by the factor of the cell west of the face, min(q, 0) by the one east of it, 1 outside
     * the grid.
     */
    private void limitX(int r, SubStep s) {
        double[] x = xRaw[r % 3];
        double[] east = scale[r % 3];
        double[] west = shifted;
        west[0] = 1;
        System.arraycopy(east, 0, west, 1, cols);
        double[] out = limitedX[r % 3];
        for (int c = 0; c <= cols; c++) {
            out[c] = Math.max(x[c], 0) * west[c] + Math.min(x[c], 0) * east[c];
        }
        System.arraycopy(out, 0, s.qxNext(), r * (cols + 1), cols + 1);
    }

    /** Limits the y-faces of line k, between rows k - 1 and k, as {@link #limitX}, and writes them if asked. */
    private void limitY(int k, boolean write, SubStep s) {
        double[] y = yRaw[k % 3];
        double[] north = k > 0 ? scale[(k - 1) % 3] : ones;
        double[] south = k < rows ? scale[k % 3] : ones;
        double[] out = limitedY[k % 3];
        for (int c = 0; c < cols; c++) {
            out[c] = Math.max(y[c], 0) * north[c] + Math.min(y[c], 0) * south[c];
        }
        if (write) {
            System.arraycopy(out, 0, s.qyNext(), k * cols, cols);
        }
    }

    /** The new depths of row r from the limited fluxes around it and the source term. */
    private void continuity(int r, SubStep s) {
        double[] west = limitedX[r % 3];
        double[] east = shifted;
        System.arraycopy(west, 1, east, 0, cols);
        double[] north = limitedY[r % 3];
        double[] south = limitedY[(r + 1) % 3];
        double[] h = cells(r, s).h;
        double[] depth = work;
        for (int c = 0; c < cols; c++) {
            depth[c] = h[c] + (west[c] - east[c] + north[c] - south[c]) * dtOverDx;
        }
        if (Double.isNaN(s.uniformRain())) {
            sourceAndStore(r, depth, s);
        } else {
            uniformRainAndStore(r, depth, s.uniformRain() * s.dt(), s.hNext());
        }
    }

    private void uniformRainAndStore(int r, double[] depth, double rainNow, double[] hNext) {
        if (rainNow != 0) {
            for (int c = 0; c < cols; c++) {
                depth[c] += rainNow;
            }
            for (int c = 0; c < cols; c++) {
                rain += rainNow; // cell by cell, as the band's sum has always been added
            }
        }
        double lowest = 0;
        double deep = deepest;
        for (int c = 0; c < cols; c++) {
            lowest = Math.min(lowest, depth[c]);
            deep = Math.max(deep, depth[c]);
        }
        deepest = deep; // a depth clipped to 0 below cannot have been the deepest
        if (lowest < 0) {
            for (int c = 0; c < cols; c++) {
                depth[c] = depth[c] < 0 && depth[c] > -ROUND_OFF ? 0 : depth[c];
            }
        }
        System.arraycopy(depth, 0, hNext, r * cols, cols);
    }

    /** Rain and losses through the source term, a row at a time, for soils with memory and per-cell rain. */
    private void sourceAndStore(int r, double[] depthNoSource, SubStep s) {
        SourceTerm source = s.source();
        double dt = s.dt();
        double[] hNext = s.hNext();
        source.row(r * cols, cols, s.t(), dt, rainRow, capacity);
        for (int c = 0; c < cols; c++) {
            double depth = depthNoSource[c] + rainRow[c];
            rain += rainRow[c];
            double lossNow = Math.min(capacity[c], Math.max(0, depth));
            depth -= lossNow;
            loss += lossNow;
            if (lossNow > 0) {
                source.lost(r * cols + c, lossNow, dt);
            }
            double next = depth < 0 && depth > -ROUND_OFF ? 0 : depth;
            hNext[r * cols + c] = next;
            deepest = Math.max(deepest, next);
        }
    }

    /**
     * What one sub-step reads and writes: the water now, the buffers for the next, and the source term;
     * {@code uniformRain} is its rain rate (m/s) when that is the same everywhere with no losses, else NaN.
     */
    record SubStep(double t, double dt, double[] h, double[] qx, double[] qy, double[] hNext, double[] qxNext,
            double[] qyNext, SourceTerm source, double uniformRain) {
    }
}
