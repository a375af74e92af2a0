package org.drillgrid.engine.hazard.flood;

import java.util.ArrayList;
import java.util.List;

/**
 * The four edges of a {@link FloodSolver}'s grid: walls, except the stretches its boundaries open. Each
 * sub-step it works out the raw fluxes across the edge faces (0 at walls) before the interior is
 * swept, and afterwards books what crossed them, limited, in the water budget.
 */
final class GridEdges {

    private final int cols;
    private final int rows;
    private final double dx;
    private final double[] bed;
    private final double[] manning;
    private final FloodSettings settings;
    private final List<Boundary> boundaries = new ArrayList<>();
    /** Raw fluxes across the west and east faces of each row, the north and south faces of each column. */
    final double[] west;
    final double[] east;
    final double[] north;
    final double[] south;

    GridEdges(int cols, int rows, double dx, double[] bed, double[] manning, FloodSettings settings) {
        this.cols = cols;
        this.rows = rows;
        this.dx = dx;
        this.bed = bed;
        this.manning = manning;
        this.settings = settings;
        this.west = new double[rows];
        this.east = new double[rows];
        this.north = new double[cols];
        this.south = new double[cols];
    }

    void add(Boundary b) {
        int length = b.edge() == Edge.WEST || b.edge() == Edge.EAST ? rows : cols;
        if (b.from() < 0 || b.to() >= length) {
            throw new IllegalArgumentException("boundary " + b.from() + ".." + b.to() + " outside the " + b.edge()
                    + " edge of " + length + " cells");
        }
        boundaries.add(b);
    }

    /** The deepest flow depth the held water levels outside give at time t, or {@code hMax} if deeper. */
    double deepest(double t, double hMax) {
        for (Boundary b : boundaries) {
            if (b.kind() == Boundary.Kind.STAGE) {
                double stage = b.value().applyAsDouble(t);
                for (int k = b.from(); k <= b.to(); k++) {
                    hMax = Math.max(hMax, stage - bed[edgeCell(b.edge(), k)]);
                }
            }
        }
        return hMax;
    }

    /** Sets the raw edge fluxes of the sub-step [t, t + dt) from the water h and the fluxes q now. */
    void fluxes(double t, double dt, double[] h, double[] qx, double[] qy) {
        for (Boundary b : boundaries) {
            double value = b.kind() == Boundary.Kind.FREE ? 0 : b.value().applyAsDouble(t);
            // +1 where the edge's outward direction is positive q (east, south), -1 where it is negative
            double out = b.edge() == Edge.EAST || b.edge() == Edge.SOUTH ? 1 : -1;
            double[] q = b.edge() == Edge.WEST || b.edge() == Edge.EAST ? qx : qy;
            double[] raw = raw(b.edge());
            for (int k = b.from(); k <= b.to(); k++) {
                int cell = edgeCell(b.edge(), k);
                double qNow = q[edgeFace(b.edge(), k)];
                raw[k] = switch (b.kind()) {
                    case INFLOW -> -out * value / (b.cells() * dx);
                    case STAGE -> stageFlux(cell, value, qNow, out, dt, h);
                    case FREE -> freeFlux(b.edge(), k, cell, qNow, out, dt, h);
                };
            }
        }
    }

    private double[] raw(Edge e) {
        return switch (e) {
            case WEST -> west;
            case EAST -> east;
            case NORTH -> north;
            case SOUTH -> south;
        };
    }

    /** Flux towards a held outside water level, as across an interior face with a ghost cell. */
    private double stageFlux(int cell, double stage, double q, double out, double dt, double[] h) {
        double eta = bed[cell] + h[cell];
        double hf = Math.max(eta, stage) - bed[cell];
        if (hf <= settings.wetDry()) {
            return 0;
        }
        double outwardSlope = (stage - eta) / dx;
        return FloodSolver.momentum(q, q, hf, out * outwardSlope, manning[cell], dt);
    }

    /** Outflow driven by the water-surface slope into the edge cell, at least {@link FloodSettings#freeSlope()}. */
    private double freeFlux(Edge edge, int k, int cell, double q, double out, double dt, double[] h) {
        if (h[cell] <= settings.wetDry()) {
            return 0;
        }
        int inner = innerNeighbour(edge, k);
        double fall = inner < 0 ? 0 : (bed[inner] + h[inner] - bed[cell] - h[cell]) / dx;
        double slope = Math.max(settings.freeSlope(), fall);
        double qOut = FloodSolver.momentum(out * q, out * q, h[cell], -slope, manning[cell], dt);
        return out * Math.max(0, qOut);
    }

    /** Books the volumes that crossed the open edges in a sub-step of dt, from the limited fluxes q. */
    void account(double dt, double[] qx, double[] qy, MassBalance mass) {
        for (Boundary b : boundaries) {
            double out = b.edge() == Edge.EAST || b.edge() == Edge.SOUTH ? 1 : -1;
            double[] q = b.edge() == Edge.WEST || b.edge() == Edge.EAST ? qx : qy;
            for (int k = b.from(); k <= b.to(); k++) {
                double outward = out * q[edgeFace(b.edge(), k)] * dx * dt;
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
}
