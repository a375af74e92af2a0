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
 * <p>Pure computation, no MASON types; not thread-safe.
 */
public final class FloodSolver {

    public static final double G = 9.81;

    private final int cols;
    private final int rows;
    private final double dx;
    private final double[] bed;
    private final double[] manning;
    private final FloodSettings settings;
    private final List<Boundary> boundaries = new ArrayList<>();
    private final double[] h;
    private final double[] qx;
    private final double[] qy;
    private final double[] qxNew;
    private final double[] qyNew;
    private final double[] outflow;
    private final MassBalance mass = new MassBalance();
    private SourceTerm source = SourceTerm.NONE;
    /**
     * Rows are worked in this many bands, in parallel when {@link FloodSettings#parallel()}; sums over
     * cells are added band by band in band order, so a parallel run is bit-identical to a serial one.
     */
    private final int bands;
    private final double[] bandRain;
    private final double[] bandLoss;
    private final List<int[]> pointCells = new ArrayList<>();
    private final List<Integer> sinkCells = new ArrayList<>();
    private final List<Double> sinkCapacities = new ArrayList<>();
    private final List<java.util.function.DoubleUnaryOperator> pointFlows = new ArrayList<>();

    /**
     * @param bed     ground elevation per cell (m), row-major from the north-west corner
     * @param manning Manning's n per cell (s/m^(1/3))
     */
    public FloodSolver(int cols, int rows, double cellSize, double[] bed, double[] manning, FloodSettings settings) {
        if (bed.length != cols * rows || manning.length != cols * rows) {
            throw new IllegalArgumentException("bed and manning need " + cols * rows + " values");
        }
        this.cols = cols;
        this.rows = rows;
        this.dx = cellSize;
        this.bed = bed.clone();
        this.manning = manning.clone();
        this.settings = settings;
        this.h = new double[cols * rows];
        this.qx = new double[(cols + 1) * rows];
        this.qy = new double[cols * (rows + 1)];
        this.qxNew = new double[qx.length];
        this.qyNew = new double[qy.length];
        this.outflow = new double[cols * rows];
        this.bands = Math.min(rows, 16);
        this.bandRain = new double[bands];
        this.bandLoss = new double[bands];
    }

    private interface RowWork {
        void rows(int from, int to);
    }

    /** Runs {@code work} over rows [0, count) in the fixed bands, serially or on the common pool. */
    private void inBands(int count, RowWork work) {
        java.util.stream.IntStream range = java.util.stream.IntStream.range(0, bands);
        (settings.parallel() ? range.parallel() : range).forEach(b -> {
            int from = (int) ((long) count * b / bands);
            int to = (int) ((long) count * (b + 1) / bands);
            work.rows(from, to);
        });
    }

    public void addBoundary(Boundary b) {
        int length = b.edge() == Edge.WEST || b.edge() == Edge.EAST ? rows : cols;
        if (b.from() < 0 || b.to() >= length) {
            throw new IllegalArgumentException("boundary " + b.from() + ".." + b.to() + " outside the " + b.edge()
                    + " edge of " + length + " cells");
        }
        boundaries.add(b);
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
        pointCells.add(new int[] {cell});
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
        double hMax = 0;
        for (double d : h) {
            hMax = Math.max(hMax, d);
        }
        for (Boundary b : boundaries) {
            if (b.kind() == Boundary.Kind.STAGE) {
                double stage = b.value().applyAsDouble(t);
                for (int k = b.from(); k <= b.to(); k++) {
                    hMax = Math.max(hMax, stage - bed[edgeCell(b.edge(), k)]);
                }
            }
        }
        if (hMax < settings.wetDry()) {
            return settings.maxStep();
        }
        return Math.min(settings.maxStep(), settings.alpha() * dx / Math.sqrt(G * hMax));
    }

    private void step(double t, double dt) {
        interiorFaces(dt);
        for (Boundary b : boundaries) {
            boundaryFaces(b, t, dt);
        }
        limitOutflows(dt);
        continuity(t, dt);
        System.arraycopy(qxNew, 0, qx, 0, qx.length);
        System.arraycopy(qyNew, 0, qy, 0, qy.length);
    }

    private void interiorFaces(double dt) {
        java.util.Arrays.fill(qxNew, 0);
        java.util.Arrays.fill(qyNew, 0);
        double theta = settings.theta();
        inBands(rows, (from, to) -> {
            for (int r = from; r < to; r++) {
                for (int c = 1; c < cols; c++) {
                    int f = r * (cols + 1) + c;
                    double qAvg = theta * qx[f] + (1 - theta) / 2 * (qx[f - 1] + qx[f + 1]);
                    qxNew[f] = face(r * cols + c - 1, r * cols + c, qx[f], qAvg, dt);
                }
                if (r == 0) {
                    continue;
                }
                for (int c = 0; c < cols; c++) {
                    int f = r * cols + c;
                    double qAvg = theta * qy[f] + (1 - theta) / 2 * (qy[f - cols] + qy[f + cols]);
                    qyNew[f] = face((r - 1) * cols + c, r * cols + c, qy[f], qAvg, dt);
                }
            }
        });
    }

    /** Flux across the face from cell {@code a} to cell {@code b} (positive: a to b). */
    private double face(int a, int b, double q, double qAvg, double dt) {
        double etaA = bed[a] + h[a];
        double etaB = bed[b] + h[b];
        double hf = Math.max(etaA, etaB) - Math.max(bed[a], bed[b]);
        if (hf <= settings.wetDry()) {
            return 0;
        }
        double n = 0.5 * (manning[a] + manning[b]);
        return momentum(q, qAvg, hf, (etaB - etaA) / dx, n, dt);
    }

    private static double momentum(double q, double qAvg, double hf, double slope, double n, double dt) {
        // h^(7/3) as h²·∛h: the same number, several times cheaper than pow on the hot path
        return (qAvg - G * hf * dt * slope) / (1 + G * dt * n * n * Math.abs(q) / (hf * hf * Math.cbrt(hf)));
    }

    private void boundaryFaces(Boundary b, double t, double dt) {
        double value = b.kind() == Boundary.Kind.FREE ? 0 : b.value().applyAsDouble(t);
        // +1 where the edge's outward direction is positive q (east, south), -1 where it is negative
        double out = b.edge() == Edge.EAST || b.edge() == Edge.SOUTH ? 1 : -1;
        for (int k = b.from(); k <= b.to(); k++) {
            int cell = edgeCell(b.edge(), k);
            int f = edgeFace(b.edge(), k);
            double[] q = b.edge() == Edge.WEST || b.edge() == Edge.EAST ? qx : qy;
            double[] qNew = q == qx ? qxNew : qyNew;
            qNew[f] = switch (b.kind()) {
                case INFLOW -> -out * value / (b.cells() * dx);
                case STAGE -> stageFlux(cell, value, q[f], out, dt);
                case FREE -> freeFlux(b.edge(), k, cell, q[f], out, dt);
            };
        }
    }

    /** Flux towards a held outside water level, as across an interior face with a ghost cell. */
    private double stageFlux(int cell, double stage, double q, double out, double dt) {
        double eta = bed[cell] + h[cell];
        double hf = Math.max(eta, stage) - bed[cell];
        if (hf <= settings.wetDry()) {
            return 0;
        }
        double outwardSlope = (stage - eta) / dx;
        return momentum(q, q, hf, out * outwardSlope, manning[cell], dt);
    }

    /** Outflow driven by the water-surface slope into the edge cell, at least {@link FloodSettings#freeSlope()}. */
    private double freeFlux(Edge edge, int k, int cell, double q, double out, double dt) {
        if (h[cell] <= settings.wetDry()) {
            return 0;
        }
        int inner = innerNeighbour(edge, k);
        double fall = inner < 0 ? 0 : (bed[inner] + h[inner] - bed[cell] - h[cell]) / dx;
        double slope = Math.max(settings.freeSlope(), fall);
        double qOut = momentum(out * q, out * q, h[cell], -slope, manning[cell], dt);
        return out * Math.max(0, qOut);
    }

    private void limitOutflows(double dt) {
        double area = dx * dx;
        inBands(rows, (from, to) -> {
            for (int r = from; r < to; r++) {
                for (int c = 0; c < cols; c++) {
                    int west = r * (cols + 1) + c;
                    outflow[r * cols + c] = Math.max(0, qxNew[west + 1]) + Math.max(0, -qxNew[west])
                            + Math.max(0, qyNew[(r + 1) * cols + c]) + Math.max(0, -qyNew[r * cols + c]);
                }
            }
        });
        inBands(rows + 1, (from, to) -> {
            for (int r = from; r < to; r++) {
                if (r < rows) {
                    int base = r * (cols + 1);
                    for (int c = 0; c <= cols; c++) {
                        double q = qxNew[base + c];
                        int donor = q > 0 ? (c > 0 ? r * cols + c - 1 : -1) : q < 0 ? (c < cols ? r * cols + c : -1) : -1;
                        if (donor >= 0) {
                            qxNew[base + c] = q * scale(donor, dt, area);
                        }
                    }
                }
                for (int c = 0; c < cols; c++) {
                    double q = qyNew[r * cols + c];
                    int donor = q > 0 ? (r > 0 ? (r - 1) * cols + c : -1) : q < 0 ? (r < rows ? r * cols + c : -1) : -1;
                    if (donor >= 0) {
                        qyNew[r * cols + c] = q * scale(donor, dt, area);
                    }
                }
            }
        });
    }

    /** Factor (at most 1) bringing a donor cell's outflow in this step down to the water it holds. */
    private double scale(int donor, double dt, double area) {
        double volumeOut = outflow[donor] * dx * dt;
        double available = h[donor] * area;
        return volumeOut > available ? available / volumeOut : 1;
    }

    private void continuity(double t, double dt) {
        double area = dx * dx;
        source.prepare(t);
        java.util.stream.IntStream range = java.util.stream.IntStream.range(0, bands);
        (settings.parallel() ? range.parallel() : range).forEach(b -> {
            int from = (int) ((long) rows * b / bands);
            int to = (int) ((long) rows * (b + 1) / bands);
            double rainSum = 0;
            double lossSum = 0;
            for (int r = from; r < to; r++) {
                for (int c = 0; c < cols; c++) {
                    int i = r * cols + c;
                    double in = qxNew[r * (cols + 1) + c] - qxNew[r * (cols + 1) + c + 1]
                            + qyNew[r * cols + c] - qyNew[(r + 1) * cols + c];
                    double depth = h[i] + dt * in / dx;
                    double rain = source.rain(i, t) * dt;
                    depth += rain;
                    rainSum += rain;
                    double loss = Math.min(source.lossCapacity(i, t, dt), Math.max(0, depth));
                    depth -= loss;
                    lossSum += loss;
                    if (loss > 0) {
                        source.lost(i, loss, dt);
                    }
                    h[i] = depth < 0 && depth > -ROUND_OFF ? 0 : depth;
                }
            }
            bandRain[b] = rainSum;
            bandLoss[b] = lossSum;
        });
        for (int b = 0; b < bands; b++) {
            mass.rain += bandRain[b] * area;
            mass.losses += bandLoss[b] * area;
        }
        accountBoundaries(dt);
        for (int k = 0; k < pointCells.size(); k++) {
            double volume = Math.max(0, pointFlows.get(k).applyAsDouble(t)) * dt;
            h[pointCells.get(k)[0]] += volume / area;
            mass.inflow += volume;
        }
        for (int k = 0; k < sinkCells.size(); k++) {
            int cell = sinkCells.get(k);
            double volume = Math.min(sinkCapacities.get(k) * dt, h[cell] * area);
            h[cell] -= volume / area;
            mass.outflow += volume;
        }
    }

    /** Depths this far below zero are round-off of the flux limiter, not lost water. */
    private static final double ROUND_OFF = 1e-9;

    private void accountBoundaries(double dt) {
        for (Boundary b : boundaries) {
            double out = b.edge() == Edge.EAST || b.edge() == Edge.SOUTH ? 1 : -1;
            double[] qNew = b.edge() == Edge.WEST || b.edge() == Edge.EAST ? qxNew : qyNew;
            for (int k = b.from(); k <= b.to(); k++) {
                double outward = out * qNew[edgeFace(b.edge(), k)] * dx * dt;
                if (outward > 0) {
                    mass.outflow += outward;
                } else {
                    mass.inflow -= outward;
                }
            }
        }
    }

    private int edgeCell(Edge e, int k) {
        return switch (e) {
            case WEST -> k * cols;
            case EAST -> k * cols + cols - 1;
            case NORTH -> k;
            case SOUTH -> (rows - 1) * cols + k;
        };
    }

    private int innerNeighbour(Edge e, int k) {
        return switch (e) {
            case WEST -> cols > 1 ? k * cols + 1 : -1;
            case EAST -> cols > 1 ? k * cols + cols - 2 : -1;
            case NORTH -> rows > 1 ? cols + k : -1;
            case SOUTH -> rows > 1 ? (rows - 2) * cols + k : -1;
        };
    }

    private int edgeFace(Edge e, int k) {
        return switch (e) {
            case WEST -> k * (cols + 1);
            case EAST -> k * (cols + 1) + cols;
            case NORTH -> k;
            case SOUTH -> rows * cols + k;
        };
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
