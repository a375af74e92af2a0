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
 */
final class BandSweep {

    /** Depths this far below zero are round-off of the flux limiter, not lost water. */
    static final double ROUND_OFF = 1e-9;

    private final int cols;
    private final int rows;
    private final double dx;
    private final double[] bed;
    private final double[] manning;
    private final double theta;
    private final double wetDry;
    private final GridEdges edges;
    /** Raw fluxes across the x-faces of a row (cols + 1), by row modulo 3. */
    private final double[][] xRaw = new double[3][];
    /** Raw fluxes across the y-faces along row line k, between rows k - 1 and k (cols), by k modulo 3. */
    private final double[][] yRaw = new double[3][];
    /** Factor (at most 1) bringing each cell's outflow down to the water it holds, by row modulo 3. */
    private final double[][] scale = new double[3][];

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
        this.theta = settings.theta();
        this.wetDry = settings.wetDry();
        this.edges = edges;
        for (int k = 0; k < 3; k++) {
            xRaw[k] = new double[cols + 1];
            yRaw[k] = new double[cols];
            scale[k] = new double[cols];
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
        int first = Math.max(from - 1, 0);
        int last = Math.min(to, rows - 1);
        yFaces(first, s);
        for (int j = first; j <= last; j++) {
            xFaces(j, s);
            yFaces(j + 1, s);
            limiter(j, s);
            if (j - 1 >= from) {
                continuity(j - 1, s);
            }
        }
        if (to == rows) {
            continuity(rows - 1, s);
        }
    }

    private void xFaces(int r, SubStep s) {
        double[] x = xRaw[r % 3];
        double[] q = s.qx();
        double[] h = s.h();
        x[0] = edges.west[r];
        x[cols] = edges.east[r];
        double side = (1 - theta) / 2;
        int faces = r * (cols + 1);
        int cells = r * cols;
        for (int c = 1; c < cols; c++) {
            int f = faces + c;
            double qAvg = theta * q[f] + side * (q[f - 1] + q[f + 1]);
            x[c] = face(cells + c - 1, cells + c, q[f], qAvg, h);
        }
    }

    /** Raw fluxes across line k, between rows k - 1 and k (the grid's north edge at 0, south edge at rows). */
    private void yFaces(int k, SubStep s) {
        double[] y = yRaw[k % 3];
        if (k == 0 || k == rows) {
            System.arraycopy(k == 0 ? edges.north : edges.south, 0, y, 0, cols);
            return;
        }
        double[] q = s.qy();
        double[] h = s.h();
        double side = (1 - theta) / 2;
        for (int c = 0; c < cols; c++) {
            int f = k * cols + c;
            double qAvg = theta * q[f] + side * (q[f - cols] + q[f + cols]);
            y[c] = face(f - cols, f, q[f], qAvg, h);
        }
    }

    /**
     * Flux across the face from cell {@code a} to cell {@code b} (positive: a to b): {@link
     * FloodSolver#momentum} with g·Δt/Δx and g·Δt taken once per sub-step, so one division per face.
     */
    private double face(int a, int b, double q, double qAvg, double[] h) {
        double etaA = bed[a] + h[a];
        double etaB = bed[b] + h[b];
        double hf = Math.max(etaA, etaB) - Math.max(bed[a], bed[b]);
        if (hf <= wetDry) {
            return 0;
        }
        double n = 0.5 * (manning[a] + manning[b]);
        return (qAvg - gDtOverDx * hf * (etaB - etaA)) / (1 + gDt * n * n * Math.abs(q) * Friction.depthFactor(hf));
    }

    /** The factor of each cell of row r: its outflows over the sub-step against the water it holds. */
    private void limiter(int r, SubStep s) {
        double[] x = xRaw[r % 3];
        double[] north = yRaw[r % 3];
        double[] south = yRaw[(r + 1) % 3];
        double[] f = scale[r % 3];
        double[] h = s.h();
        double dt = s.dt();
        double area = dx * dx;
        for (int c = 0; c < cols; c++) {
            double outflow = Math.max(0, x[c + 1]) + Math.max(0, -x[c]) + Math.max(0, south[c]) + Math.max(0, -north[c]);
            double volumeOut = outflow * dx * dt;
            double available = h[r * cols + c] * area;
            f[c] = volumeOut > available ? available / volumeOut : 1;
        }
    }

    /**
     * Limits the fluxes around row r by their donor cells' factors, writes them as the next fluxes and
     * updates the row's depths with them and the source term.
     */
    private void continuity(int r, SubStep s) {
        double[] x = xRaw[r % 3];
        double[] north = yRaw[r % 3];
        double[] south = yRaw[(r + 1) % 3];
        double[] above = r > 0 ? scale[(r - 1) % 3] : null;
        double[] own = scale[r % 3];
        double[] below = r + 1 < rows ? scale[(r + 1) % 3] : null;
        double[] qxNext = s.qxNext();
        double[] qyNext = s.qyNext();
        int faces = r * (cols + 1);
        int cells = r * cols;
        double west = x[0] < 0 ? x[0] * own[0] : x[0];
        qxNext[faces] = west;
        for (int c = 0; c < cols; c++) {
            double qe = x[c + 1];
            double east = qe > 0 ? qe * own[c] : qe < 0 && c + 1 < cols ? qe * own[c + 1] : qe;
            qxNext[faces + c + 1] = east;
            double qn = north[c];
            double inNorth = qn > 0 ? (above != null ? qn * above[c] : qn) : qn < 0 ? qn * own[c] : qn;
            qyNext[cells + c] = inNorth;
            double qs = south[c];
            double outSouth = qs > 0 ? qs * own[c] : qs < 0 && below != null ? qs * below[c] : qs;
            if (below == null) {
                qyNext[cells + cols + c] = outSouth;
            }
            double in = west - east + inNorth - outSouth;
            depth(cells + c, in, s);
            west = east;
        }
    }

    private void depth(int i, double in, SubStep s) {
        double dt = s.dt();
        double depth = s.h()[i] + in * dtOverDx;
        double rainNow;
        double lossNow = 0;
        if (!Double.isNaN(s.uniformRain())) {
            rainNow = s.uniformRain() * dt;
            depth += rainNow;
        } else {
            SourceTerm source = s.source();
            rainNow = source.rain(i, s.t()) * dt;
            depth += rainNow;
            lossNow = Math.min(source.lossCapacity(i, s.t(), dt), Math.max(0, depth));
            depth -= lossNow;
            if (lossNow > 0) {
                source.lost(i, lossNow, dt);
            }
        }
        rain += rainNow;
        loss += lossNow;
        double next = depth < 0 && depth > -ROUND_OFF ? 0 : depth;
        s.hNext()[i] = next;
        deepest = Math.max(deepest, next);
    }

    /**
     * What one sub-step reads and writes: the water now, the buffers for the next, and the source term;
     * {@code uniformRain} is its rain rate (m/s) when that is the same everywhere with no losses, else NaN.
     */
    record SubStep(double t, double dt, double[] h, double[] qx, double[] qy, double[] hNext, double[] qxNext,
            double[] qyNext, SourceTerm source, double uniformRain) {
    }
}
