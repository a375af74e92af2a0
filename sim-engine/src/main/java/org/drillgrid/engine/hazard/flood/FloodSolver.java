package org.drillgrid.engine.hazard.flood;

import java.util.ArrayList;
import java.util.List;

/**
 * Two-dimensional local inertial shallow-water solver on a raster: the flux form of Bates, Horritt and
 * Fewtrell (2010, J. Hydrol. 387, 33-45) with the q-centred θ scheme of de Almeida, Bates, Freer and
 * Souvignet (2012, Water Resour. Res. 48, W05528). Unit discharges q (m²/s) live on cell faces, depths
 * h (m) in cells; friction is Manning's, treated semi-implicitly:
 *
 * <pre>q' = (q̄ - g·h_f·Δt·∂η/∂x) / (1 + g·Δt·n²·|q| / h_f^(7/3)),   q̄ = θ·q + (1-θ)/2·(q_left + q_right)</pre>
 *
 * with h_f the flow depth across the face (higher water surface minus higher bed). The time step
 * adapts to the deepest water, Δt = α·Δx/√(g·h_max), and sub-steps the engine's tick. Faces whose
 * flow depth is below the wet/dry threshold carry nothing. No cell goes below zero depth: when a cell's
 * outflows in a step would exceed its water, all its outgoing faces are scaled down to what it holds
 * (depths are never clipped, so mass is conserved to round-off).
 *
 * <p>A sub-step is one sweep down each band of rows ({@link BandSweep}), in parallel when the settings
 * say so; results are bit-identical to one thread, and to the plain loops where the JVM lacks the vector
 * ones ({@link RowKernels}). Pure computation, no MASON types; not thread-safe.
 */
public final class FloodSolver {

    public static final double G = 9.81;

    private final int cols;
    private final int rows;
    private final double dx;
    private final double[] bed;
    private final double[] manning;
    private final FloodSettings settings;
    private final GridEdges edges;
    /** The water now: depths in cells, unit discharges on the x-faces and y-faces. */
    private final double[] h;
    private final double[] qx;
    private final double[] qy;
    /**
     * The old water of the rows around band boundaries, saved before each sub-step's sweep updates the
     * water in place ({@link BandSweep#saveHalo}); the rest of these arrays is never used.
     */
    private final double[] hHalo;
    private final double[] qxHalo;
    private final double[] qyHalo;
    private final MassBalance mass = new MassBalance();
    private SourceTerm source = SourceTerm.NONE;
    /**
     * Rows are worked in this many bands, in parallel when {@link FloodSettings#parallel()}; sums over
     * cells are added band by band in band order, so a parallel run is bit-identical to a serial one.
     */
    private final int bands;
    private final BandSweep[] sweeps;
    /** Sub-steps taken so far. */
    private long subSteps;
    /** The deepest water on the grid, kept from the last sub-step for the next one's time step; NaN: unknown. */
    private double deepest = Double.NaN;
    private final List<Integer> pointCells = new ArrayList<>();
    private final List<Integer> sinkCells = new ArrayList<>();
    private final List<Double> sinkCapacities = new ArrayList<>();
    private final List<java.util.function.DoubleUnaryOperator> pointFlows = new ArrayList<>();

    /**
     * @param bed     ground elevation per cell (m), row-major from the north-west corner
     * @param manning Manning's n per cell (s/m^(1/3))
     */
    public FloodSolver(int cols, int rows, double cellSize, double[] bed, double[] manning, FloodSettings settings) {
        this(cols, rows, cellSize, bed, manning, settings, RowKernels.create());
    }

    /** With the given loops of the sub-step: the tests compare {@link RowKernels#plain()} with the vector ones. */
    FloodSolver(int cols, int rows, double cellSize, double[] bed, double[] manning, FloodSettings settings,
            RowKernels kernels) {
        if (bed.length != cols * rows || manning.length != cols * rows) {
            throw new IllegalArgumentException("bed and manning need " + cols * rows + " values");
        }
        this.cols = cols;
        this.rows = rows;
        this.dx = cellSize;
        this.bed = bed.clone();
        this.manning = manning.clone();
        this.settings = settings;
        this.edges = new GridEdges(cols, rows, dx, this.bed, this.manning, settings);
        this.h = new double[cols * rows];
        this.qx = new double[(cols + 1) * rows];
        this.qy = new double[cols * (rows + 1)];
        this.hHalo = new double[h.length];
        this.qxHalo = new double[qx.length];
        this.qyHalo = new double[qy.length];
        this.bands = Math.min(rows, 16);
        this.sweeps = new BandSweep[bands];
        for (int b = 0; b < bands; b++) {
            sweeps[b] = new BandSweep(cols, rows, dx, this.bed, this.manning, settings, edges, kernels);
        }
    }

    public void addBoundary(Boundary b) {
        edges.add(b);
    }

    /**
     * A sink at one cell taking up to {@code capacity} m³/s of the water there (a metro entrance, a pump);
     * counted as outflow.
     */
    public int addSink(int cell, double capacity) {
        sinkCells.add(cell);
        sinkCapacities.add(capacity);
        return sinkCells.size() - 1;
    }

    /** Changes the capacity (m³/s) of a sink added before, e.g. a pump switched off (0). */
    public void setSinkCapacity(int sink, double capacity) {
        sinkCapacities.set(sink, capacity);
    }

    /** Discharge (m³/s, ≥ 0) entering at one cell, e.g. a culvert; counted as boundary inflow. */
    public void addPointInflow(int cell, java.util.function.DoubleUnaryOperator discharge) {
        pointCells.add(cell);
        pointFlows.add(discharge);
    }

    /** Rain and losses per cell. */
    public void setSource(SourceTerm source) {
        this.source = source;
    }

    public double bed(int cell) {
        return bed[cell];
    }

    /**
     * Moves the ground of a cell (a levee raised or breached) keeping the water it holds: its surface
     * moves with the ground, so no water appears or vanishes.
     */
    public void setBed(int cell, double z) {
        bed[cell] = z;
    }

    /** Sets the depth of a cell, e.g. a lake or reservoir at t = 0; counted as initial volume. */
    public void setDepth(int cell, double depth) {
        if (depth < 0) {
            throw new IllegalArgumentException("depth must be >= 0");
        }
        mass.initial += (depth - h[cell]) * dx * dx;
        h[cell] = depth;
        deepest = Double.NaN;
    }

    /**
     * Advances the water by {@code duration} seconds from time {@code t}, in as many stable sub-steps
     * as it takes; returns the number of sub-steps.
     */
    public int advance(double t, double duration) {
        int steps = 0;
        double done = 0;
        while (done < duration) {
            double dt = Math.min(stableStep(t + done), duration - done);
            step(t + done, dt);
            done += dt;
            steps++;
        }
        return steps;
    }

    /** The adaptive step α·Δx/√(g·h_max), over cell depths and boundary flow depths; capped when dry. */
    double stableStep(double t) {
        if (Double.isNaN(deepest)) {
            deepest = 0;
            for (double d : h) {
                deepest = Math.max(deepest, d);
            }
        }
        double hMax = edges.deepest(t, deepest);
        if (hMax < settings.wetDry()) {
            return settings.maxStep();
        }
        return Math.min(settings.maxStep(), settings.alpha() * dx / Math.sqrt(G * hMax));
    }

    private void step(double t, double dt) {
        edges.fluxes(t, dt, h, qx, qy);
        source.prepare(t);
        BandSweep.SubStep s = new BandSweep.SubStep(t, dt, h, qx, qy, hHalo, qxHalo, qyHalo, source,
                source.uniformRain(t));
        for (int b = 1; b < bands; b++) {
            BandSweep.saveHalo(firstRow(b), cols, rows, s);
        }
        if (settings.parallel()) {
            java.util.stream.IntStream.range(0, bands).parallel().forEach(b -> sweeps[b].run(firstRow(b),
                    firstRow(b + 1), s));
        } else {
            // by turns last band first and first band first: a band that read the new water of its
            // neighbour on either side instead of the saved halo would change the results, and the tests
            // comparing with the whole-grid scheme would see it (the order changes nothing otherwise)
            boolean backwards = subSteps % 2 == 0;
            for (int k = 0; k < bands; k++) {
                int b = backwards ? bands - 1 - k : k;
                sweeps[b].run(firstRow(b), firstRow(b + 1), s);
            }
        }
        subSteps++;
        double area = dx * dx;
        deepest = 0;
        for (BandSweep band : sweeps) {
            mass.rain += band.rain * area;
            mass.losses += band.loss * area;
            deepest = Math.max(deepest, band.deepest);
        }
        edges.account(dt, qx, qy, mass);
        pointsAndSinks(t, dt);
    }

    /** The first row of band b (b = bands: one past the last row). */
    private int firstRow(int b) {
        return (int) ((long) rows * b / bands);
    }

    /** Point inflows, then sinks, on the new depths; keeps {@link #deepest} right for the next step. */
    private void pointsAndSinks(double t, double dt) {
        double area = dx * dx;
        for (int k = 0; k < pointCells.size(); k++) {
            double volume = Math.max(0, pointFlows.get(k).applyAsDouble(t)) * dt;
            int cell = pointCells.get(k);
            h[cell] += volume / area;
            mass.inflow += volume;
            deepest = Math.max(deepest, h[cell]);
        }
        for (int k = 0; k < sinkCells.size(); k++) {
            int cell = sinkCells.get(k);
            double volume = Math.min(sinkCapacities.get(k) * dt, h[cell] * area);
            double before = h[cell];
            h[cell] -= volume / area;
            mass.outflow += volume;
            if (before >= deepest && h[cell] != before) {
                deepest = Double.NaN; // the deepest cell may have been drained: look again
            }
        }
    }

    /** Flux across a face with flow depth hf, from q now and its q-centred mean qAvg, Manning's friction semi-implicit. */
    static double momentum(double q, double qAvg, double hf, double slope, double n, double dt) {
        return (qAvg - G * hf * dt * slope) / (1 + G * dt * n * n * Math.abs(q) * Friction.depthFactor(hf));
    }

    public double depth(int cell) {
        return h[cell];
    }

    public double[] depths() {
        return h.clone();
    }

    /** Speed (m/s) in a cell from the mean unit discharges of its faces; 0 where dry. */
    public double speed(int cell) {
        if (h[cell] <= settings.wetDry()) {
            return 0;
        }
        int r = cell / cols;
        int c = cell % cols;
        double ux = 0.5 * (qx[r * (cols + 1) + c] + qx[r * (cols + 1) + c + 1]);
        double uy = 0.5 * (qy[r * cols + c] + qy[(r + 1) * cols + c]);
        return Math.hypot(ux, uy) / h[cell];
    }

    /** Water stored on the grid now (m³). */
    public double volume() {
        double v = 0;
        for (double d : h) {
            v += d;
        }
        return v * dx * dx;
    }

    public MassBalance massBalance() {
        return mass;
    }

    public int cols() {
        return cols;
    }

    public int rows() {
        return rows;
    }
}
