package org.drillgrid.engine.hazard.flood;

import java.util.Arrays;

/**
 * One sub-step of {@link FloodSolver} over a band of rows, in a single sweep down the band: the raw
 * face fluxes of a row, then its cells' outflow limiter, then the continuity of the row above, so each
 * row of the grid comes from memory once per sub-step instead of once per phase. The raw fluxes and the
 * limiter factors live only in rings of three rows; a band works out the fluxes of the rows on each side
 * of it again rather than waiting for its neighbours, so a band's result does not depend on how many
 * threads run the others.
 *
 * <p>The water ({@code h}, {@code qx}, {@code qy}) is updated in place: a row is overwritten only after
 * the last read of its old values in the sweep, and the processor writes back cache lines it has just
 * read instead of fetching the lines of other arrays to write them. Each band writes the x-faces of its
 * rows, the y-faces on the north side of its cells (the south edge too in the last band) and its cells'
 * depths, so every value has one writer. The rows a band reads beyond its own, up to two on each side,
 * its neighbours may already have overwritten: {@link #saveHalo} copies them beforehand into shadow
 * arrays of the same layout, and the band reads them there. The loops themselves are
 * {@link RowKernels}.
 */
final class BandSweep {

    private final int cols;
    private final int rows;
    private final double dx;
    private final double[] bed;
    private final double[] manning;
    private final FloodSettings settings;
    private final GridEdges edges;
    private final RowKernels kernels;
    /** Raw fluxes across the x-faces of a row (cols + 1, the west edge first), by row modulo 3. */
    private final double[][] xRaw = new double[3][];
    /** Raw fluxes across the y-faces along line k, between rows k - 1 and k (cols), by k modulo 3. */
    private final double[][] yRaw = new double[3][];
    /**
     * Factor (at most 1) bringing each cell's outflow down to the water it holds, by row modulo 3: cell c
     * at c + 1, with a 1 on each side for the outside beyond the west and east edges.
     */
    private final double[][] scale = new double[3][];
    /** Factors of the outside beyond the north and south edges, laid out as a row of {@link #scale}. */
    private final double[] ones;
    /**
     * Limited fluxes across the y-faces of line {@code to}, the band's south side: the next band writes
     * them into {@code qyNext}, this one needs them for the continuity of its last row.
     */
    private final double[] southLine;
    /** A row's new depths before the source term, and its rain and loss capacity from the source term. */
    private final double[] depth;
    private final double[] rainRow;
    private final double[] capacity;

    private RowKernels.FaceTerms terms;
    private double dtOverDx;
    /** The band's rows in the sub-step being worked. */
    private int from;
    private int to;

    /** Rain fallen on the band in the sub-step (m summed over cells). */
    double rain;
    /** Water taken by losses in the band (m summed over cells). */
    double loss;
    /** The deepest water in the band after the sub-step (m, at least 0). */
    double deepest;

    BandSweep(int cols, int rows, double dx, double[] bed, double[] manning, FloodSettings settings, GridEdges edges,
            RowKernels kernels) {
        this.cols = cols;
        this.rows = rows;
        this.dx = dx;
        this.bed = bed;
        this.manning = manning;
        this.settings = settings;
        this.edges = edges;
        this.kernels = kernels;
        for (int k = 0; k < 3; k++) {
            xRaw[k] = new double[cols + 1];
            yRaw[k] = new double[cols];
            scale[k] = new double[cols + 2];
            scale[k][0] = 1;
            scale[k][cols + 1] = 1;
        }
        this.ones = new double[cols + 2];
        Arrays.fill(ones, 1);
        this.southLine = new double[cols];
        this.depth = new double[cols];
        this.rainRow = new double[cols];
        this.capacity = new double[cols];
    }

    /**
     * Copies into the shadow arrays of {@code s} the old water of the rows around the boundary at row
     * {@code r} (the first row of a band) that the bands on either side read: depths of rows r - 2 to
     * r + 1, x-faces of rows r - 1 and r, y-faces of lines r - 2 to r + 2. Done for every boundary before
     * any band writes.
     */
    static void saveHalo(int r, int cols, int rows, SubStep s) {
        int first = Math.max(r - 2, 0);
        int last = Math.min(r + 1, rows - 1);
        System.arraycopy(s.h(), first * cols, s.hOld(), first * cols, (last - first + 1) * cols);
        System.arraycopy(s.qx(), (r - 1) * (cols + 1), s.qxOld(), (r - 1) * (cols + 1), 2 * (cols + 1));
        int lastLine = Math.min(r + 2, rows);
        System.arraycopy(s.qy(), first * cols, s.qyOld(), first * cols, (lastLine - first + 1) * cols);
    }

    /** Works rows [from, to) of the sub-step {@code s}. */
    void run(int from, int to, SubStep s) {
        rain = 0;
        loss = 0;
        deepest = 0;
        this.from = from;
        this.to = to;
        terms = RowKernels.FaceTerms.of(settings, s.dt(), dx);
        dtOverDx = s.dt() / dx;
        int first = Math.max(from - 1, 0);
        int last = Math.min(to, rows - 1);
        yFaces(first, s);
        for (int j = first; j <= last; j++) {
            xFaces(j, s);
            yFaces(j + 1, s);
            kernels.limiter(cols, xRaw[j % 3], yRaw[j % 3], yRaw[(j + 1) % 3], h(j, s), j * cols, dx, s.dt(),
                    scale[j % 3], 1);
            if (j >= from && j < to) {
                // max(q, 0) by the factor of the cell west of the face, min(q, 0) by the one east of it
                kernels.limit(cols + 1, xRaw[j % 3], scale[j % 3], 0, scale[j % 3], 1, s.qx(), j * (cols + 1));
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

    /** The depths of row r as they were at the start of the sub-step: the band's own, or the shadow's. */
    private double[] h(int r, SubStep s) {
        return r >= from && r < to ? s.h() : s.hOld();
    }

    private double[] qx(int r, SubStep s) {
        return r >= from && r < to ? s.qx() : s.qxOld();
    }

    /** Line k of y-faces as it was at the start: the band writes lines from..to - 1, and the last band line rows. */
    private double[] qy(int k, SubStep s) {
        return k >= from && (k < to || to == rows) ? s.qy() : s.qyOld();
    }

    private void xFaces(int r, SubStep s) {
        double[] x = xRaw[r % 3];
        x[0] = edges.west[r];
        x[cols] = edges.east[r];
        int faces = r * (cols + 1);
        double[] h = h(r, s);
        double[] q = qx(r, s);
        kernels.faces(cols - 1, bed, manning, r * cols, r * cols + 1, h, h, q, faces + 1, q, faces, q, faces + 2,
                terms, x, 1);
    }

    /** Raw fluxes across line k, between rows k - 1 and k (the grid's north edge at 0, south edge at rows). */
    private void yFaces(int k, SubStep s) {
        double[] y = yRaw[k % 3];
        if (k == 0 || k == rows) {
            System.arraycopy(k == 0 ? edges.north : edges.south, 0, y, 0, cols);
            return;
        }
        kernels.faces(cols, bed, manning, (k - 1) * cols, k * cols, h(k - 1, s), h(k, s), qy(k, s), k * cols,
                qy(k - 1, s), (k - 1) * cols, qy(k + 1, s), (k + 1) * cols, terms, y, 0);
    }

    /**
     * Limits the y-faces of line k, between rows k - 1 and k, by their donors' factors, into {@code qy}
     * if the band writes the line, else into {@link #southLine}.
     */
    private void limitY(int k, boolean write, SubStep s) {
        double[] north = k > 0 ? scale[(k - 1) % 3] : ones;
        double[] south = k < rows ? scale[k % 3] : ones;
        kernels.limit(cols, yRaw[k % 3], north, 1, south, 1, write ? s.qy() : southLine, write ? k * cols : 0);
    }

    /** The new depths of row r from the limited fluxes around it and the source term, in place. */
    private void continuity(int r, SubStep s) {
        double[] south = r + 1 == to && to < rows ? southLine : s.qy();
        int southAt = south == southLine ? 0 : (r + 1) * cols;
        if (Double.isNaN(s.uniformRain())) {
            kernels.continuity(cols, s.h(), r * cols, s.qx(), r * (cols + 1), s.qy(), r * cols, south, southAt,
                    dtOverDx, depth);
            sourceAndStore(r, s);
            return;
        }
        double rainNow = s.uniformRain() * s.dt();
        deepest = kernels.continuityWithRain(cols, s.h(), r * cols, s.qx(), r * (cols + 1), s.qy(), r * cols, south,
                southAt, dtOverDx, rainNow, s.h(), deepest);
        if (rainNow != 0) {
            for (int c = 0; c < cols; c++) {
                rain += rainNow; // cell by cell, as the band's sum has always been added
            }
        }
    }

    /** Rain and losses through the source term, a row at a time, for soils with memory and per-cell rain. */
    private void sourceAndStore(int r, SubStep s) {
        SourceTerm source = s.source();
        double dt = s.dt();
        double[] hNext = s.h();
        source.row(r * cols, cols, s.t(), dt, rainRow, capacity);
        for (int c = 0; c < cols; c++) {
            double d = depth[c] + rainRow[c];
            rain += rainRow[c];
            double lossNow = Math.min(capacity[c], Math.max(0, d));
            d -= lossNow;
            loss += lossNow;
            if (lossNow > 0) {
                source.lost(r * cols + c, lossNow, dt);
            }
            double next = d < 0 && d > -RowKernels.ROUND_OFF ? 0 : d;
            hNext[r * cols + c] = next;
            deepest = Math.max(deepest, next);
        }
    }

    /**
     * What one sub-step works on: the water, updated in place; shadow arrays of the same layout holding
     * the old water of the rows around band boundaries ({@link #saveHalo}); and the source term.
     * {@code uniformRain} is its rain rate (m/s) when that is the same everywhere with no losses, else NaN.
     */
    record SubStep(double t, double dt, double[] h, double[] qx, double[] qy, double[] hOld, double[] qxOld,
            double[] qyOld, SourceTerm source, double uniformRain) {
    }
}
