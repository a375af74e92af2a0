package org.drillgrid.engine.hazard.flood;

import java.lang.System.Logger.Level;

/**
 * The four loops of a {@link BandSweep} sub-step, over a line of faces or a row of cells that the
 * arrays hold from a given offset: raw face fluxes, each cell's outflow limiter, limited fluxes, and
 * continuity. This class is the plain Java reference; {@link VectorRowKernels} does the same arithmetic
 * with the Vector API, lanes at a time, and hands the last few entries of each loop to the methods here.
 * Every step is the same IEEE operation in the same order in both, without fused multiply-adds, so the
 * two give bit-identical results ({@code FloodSolverTest}); a run does not depend on which one a JVM
 * has.
 *
 * <p>{@link #create()} takes the vector kernels when the JVM was started with
 * {@code --add-modules jdk.incubator.vector} (the launcher, the Maven tests and the benchmark scripts
 * are) and the system property {@code drillgrid.flood.vector} is not {@code false}; otherwise these.
 */
class RowKernels {

    /** Depths this far below zero are round-off of the flux limiter, not lost water. */
    static final double ROUND_OFF = 1e-9;

    private static final String VECTOR_MODULE = "jdk.incubator.vector";

    /** Whether the JVM was started with the incubator module. */
    private static final boolean MODULE = ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent();

    /** Whether {@link #create()} gives the vector kernels in this JVM. */
    static final boolean VECTOR = MODULE && !"false".equals(System.getProperty("drillgrid.flood.vector"));

    private static volatile boolean told;

    /** The fastest kernels this JVM can run. */
    static RowKernels create() {
        if (VECTOR) {
            try {
                // by name: this class must load and run in a JVM without the incubator module
                return (RowKernels) Class.forName(RowKernels.class.getPackageName() + ".VectorRowKernels")
                        .getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new IllegalStateException("the vector kernels of the flood solver do not load", e);
            }
        }
        if (!told) {
            told = true;
            System.getLogger(RowKernels.class.getName()).log(Level.INFO, "flood solver: plain Java loops, "
                    + (MODULE ? "as drillgrid.flood.vector=false asks"
                            : "start Java with --add-modules " + VECTOR_MODULE + " for the faster vector ones"));
        }
        return new RowKernels();
    }

    /** The plain Java kernels, whatever the JVM has: the reference the tests compare the vector ones with. */
    static RowKernels plain() {
        return new RowKernels();
    }

    /** What the face loop needs of the sub-step and the settings. */
    record FaceTerms(double theta, double side, double wetDry, double gDt, double gDtOverDx) {

        static FaceTerms of(FloodSettings settings, double dt, double dx) {
            double gDt = FloodSolver.G * dt;
            return new FaceTerms(settings.theta(), (1 - settings.theta()) / 2, settings.wetDry(), gDt, gDt / dx);
        }
    }

    /**
     * Raw fluxes of {@code count} faces into {@code out[outAt + i]}: face i lies between cell
     * {@code a + i} and cell {@code b + i} (positive: from a to b), whose ground and Manning's n are in
     * {@code bed} and {@code manning} and whose depths are in {@code hA} and {@code hB}. Its discharge now
     * is {@code q[qAt + i]}, and the discharges beside it are {@code qBefore[before + i]} and
     * {@code qAfter[after + i]}. The momentum equation of {@link FloodSolver#momentum}: a face whose flow
     * depth is not above the wet/dry threshold carries 0.
     */
    void faces(int count, double[] bed, double[] manning, int a, int b, double[] hA, double[] hB, double[] q,
            int qAt, double[] qBefore, int before, double[] qAfter, int after, FaceTerms k, double[] out, int outAt) {
        facesFrom(0, count, bed, manning, a, b, hA, hB, q, qAt, qBefore, before, qAfter, after, k, out, outAt);
    }

    final void facesFrom(int from, int count, double[] bed, double[] manning, int a, int b, double[] hA,
            double[] hB, double[] q, int qAt, double[] qBefore, int before, double[] qAfter, int after, FaceTerms k,
            double[] out, int outAt) {
        for (int i = from; i < count; i++) {
            double bedA = bed[a + i];
            double bedB = bed[b + i];
            double etaA = bedA + hA[a + i];
            double etaB = bedB + hB[b + i];
            double depth = Math.max(etaA, etaB) - Math.max(bedA, bedB);
            if (!(depth > k.wetDry())) {
                out[outAt + i] = 0;
                continue;
            }
            double rise = etaB - etaA;
            double y = Friction.towardsInverseCubeRoot(Friction.inverseCubeRootGuess(depth), depth);
            y = Friction.towardsInverseCubeRoot(y, depth);
            double y2 = y * y;
            double factor = y2 * y2 * y2 * y;
            double n = 0.5 * (manning[a + i] + manning[b + i]);
            double qNow = q[qAt + i];
            double friction = 1 + k.gDt() * n * n * Math.abs(qNow) * factor;
            double qAvg = k.theta() * qNow + k.side() * (qBefore[before + i] + qAfter[after + i]);
            out[outAt + i] = (qAvg - k.gDtOverDx() * depth * rise) / friction;
        }
    }

    /**
     * The limiter factor of each of {@code count} cells, into {@code f[fAt + c]}: the cell's water
     * {@code h[hAt + c]}·area against its outflow over the sub-step, available / max(outflow·Δx·Δt,
     * available), 1 when it holds enough. Its x-faces are {@code x[c]} (west) and {@code x[c + 1]} (east),
     * its y-faces {@code north[c]} and {@code south[c]}.
     */
    void limiter(int count, double[] x, double[] north, double[] south, double[] h, int hAt, double dx, double dt,
            double[] f, int fAt) {
        limiterFrom(0, count, x, north, south, h, hAt, dx, dt, f, fAt);
    }

    final void limiterFrom(int from, int count, double[] x, double[] north, double[] south, double[] h, int hAt,
            double dx, double dt, double[] f, int fAt) {
        double area = dx * dx;
        for (int c = from; c < count; c++) {
            double outflow = Math.max(0, x[c + 1]) + Math.max(0, -x[c]) + Math.max(0, south[c])
                    + Math.max(0, -north[c]);
            double volumeOut = outflow * dx * dt;
            double available = h[hAt + c] * area;
            // MIN_VALUE: a cell with no water and no outflow is no donor; its factor is never used. When the
            // cell holds enough the factor is available / available, exactly 1, and the vector loop skips
            // the division
            f[fAt + c] = available / Math.max(Math.max(volumeOut, available), Double.MIN_VALUE);
        }
    }

    /**
     * Limited fluxes of {@code count} faces into {@code out[outAt + i]}: the raw flux {@code raw[i]},
     * max(raw, 0) by the factor of the donor behind it, {@code behind[behindAt + i]}, and min(raw, 0) by
     * the one ahead, {@code ahead[aheadAt + i]}.
     */
    void limit(int count, double[] raw, double[] behind, int behindAt, double[] ahead, int aheadAt, double[] out,
            int outAt) {
        limitFrom(0, count, raw, behind, behindAt, ahead, aheadAt, out, outAt);
    }

    final void limitFrom(int from, int count, double[] raw, double[] behind, int behindAt, double[] ahead,
            int aheadAt, double[] out, int outAt) {
        for (int i = from; i < count; i++) {
            out[outAt + i] = Math.max(raw[i], 0) * behind[behindAt + i] + Math.min(raw[i], 0) * ahead[aheadAt + i];
        }
    }

    /**
     * The new depths of {@code count} cells without the source term, into {@code depth[c]}: the depth
     * {@code h[hAt + c]} plus what the limited fluxes around the cell bring, {@code qx[xAt + c]} from the
     * west, {@code qx[xAt + c + 1]} to the east, {@code north[northAt + c]} from the north and
     * {@code south[southAt + c]} to the south.
     */
    void continuity(int count, double[] h, int hAt, double[] qx, int xAt, double[] north, int northAt,
            double[] south, int southAt, double dtOverDx, double[] depth) {
        continuityFrom(0, count, h, hAt, qx, xAt, north, northAt, south, southAt, dtOverDx, depth);
    }

    final void continuityFrom(int from, int count, double[] h, int hAt, double[] qx, int xAt, double[] north,
            int northAt, double[] south, int southAt, double dtOverDx, double[] depth) {
        for (int c = from; c < count; c++) {
            depth[c] = h[hAt + c] + (qx[xAt + c] - qx[xAt + c + 1] + north[northAt + c] - south[southAt + c])
                    * dtOverDx;
        }
    }

    /**
     * {@link #continuity} with a rain of {@code rain} m (may be 0) on every cell and no losses: stores the
     * new depths in {@code hNext[hAt + c]}, those within round-off below 0 as 0, and returns the deepest
     * of them and {@code deepest}.
     */
    double continuityWithRain(int count, double[] h, int hAt, double[] qx, int xAt, double[] north,
            int northAt, double[] south, int southAt, double dtOverDx, double rain, double[] hNext, double deepest) {
        return continuityWithRainFrom(0, count, h, hAt, qx, xAt, north, northAt, south, southAt, dtOverDx, rain,
                hNext, deepest);
    }

    final double continuityWithRainFrom(int from, int count, double[] h, int hAt, double[] qx, int xAt,
            double[] north, int northAt, double[] south, int southAt, double dtOverDx, double rain, double[] hNext,
            double deepest) {
        double deep = deepest;
        for (int c = from; c < count; c++) {
            double d = h[hAt + c] + (qx[xAt + c] - qx[xAt + c + 1] + north[northAt + c] - south[southAt + c])
                    * dtOverDx + rain;
            d = d < 0 && d > -ROUND_OFF ? 0 : d;
            hNext[hAt + c] = d;
            deep = Math.max(deep, d);
        }
        return deep;
    }
}
