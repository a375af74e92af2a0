package org.drillgrid.engine.hazard.flood;

/**
 * Raw fluxes across a line of faces (the x-faces of a row, or the y-faces between two rows) from the
 * cells on either side: the momentum equation of {@link FloodSolver#momentum} with g·Δt/Δx and g·Δt
 * taken once per sub-step, so one division per face.
 *
 * <p>The work is cut into short loops over buffers that are all indexed by the same i, because that
 * is what the JIT of Java 17 needs to turn a loop into SIMD instructions (AVX): a loop that reads
 * a[i] and a[i + 1], or a[base + i] beside b[i], or whose body is long, stays scalar. Only the first
 * guess of the cube root takes the bits of a double and stays scalar. Dry faces are worked like wet
 * ones, with a harmless flow depth of 1 m, and multiplied by 0 at the end, instead of branching.
 */
final class FaceLine {

    /** Faces worked loop after loop before the next block: the block's buffers stay in the L1 cache. */
    private static final int BLOCK = 256;

    private final double theta;
    private final double side;
    private final double wetDry;
    /** Per face: flow depth (1 where dry), surface rise from a to b, 1 where wet else 0, depth factor, friction. */
    private final double[] depth;
    private final double[] rise;
    private final double[] wet;
    private final double[] factor;
    private final double[] friction;

    FaceLine(int capacity, FloodSettings settings) {
        this.theta = settings.theta();
        this.side = (1 - theta) / 2;
        this.wetDry = settings.wetDry();
        depth = new double[capacity];
        rise = new double[capacity];
        wet = new double[capacity];
        factor = new double[capacity];
        friction = new double[capacity];
    }

    /**
     * Fluxes of faces 0..count-1 into {@code out}, face i between cell i of {@code a} and cell i of
     * {@code b} (positive: a to b), with discharge q[i] now and qBefore[i], qAfter[i] beside it.
     */
    void fluxes(int count, CellRow a, CellRow b, double[] q, double[] qBefore, double[] qAfter, double gDt,
            double gDtOverDx, double[] out) {
        for (int from = 0; from < count; from += BLOCK) {
            int to = Math.min(count, from + BLOCK);
            flowDepths(from, to, a.eta, b.eta, a.bed, b.bed);
            if (wetAndFirstGuess(from, to) == 0) { // a dry block: nothing flows (dry ground, most of a city)
                java.util.Arrays.fill(out, from, to, 0);
                continue;
            }
            depthFactors(from, to);
            friction(from, to, a.manning, b.manning, q, gDt);
            momentum(from, to, q, qBefore, qAfter, gDtOverDx, out);
        }
    }

    /** The water surface's rise from a to b, and the flow depth: the higher surface above the higher bed. */
    private void flowDepths(int from, int to, double[] etaA, double[] etaB, double[] bedA, double[] bedB) {
        for (int i = from; i < to; i++) {
            depth[i] = Math.max(etaA[i], etaB[i]) - Math.max(bedA[i], bedB[i]);
            rise[i] = etaB[i] - etaA[i];
        }
    }

    /** Scalar: which faces are wet (flow depth above the threshold), and a first guess of depth^(-1/3); how many are wet. */
    private int wetAndFirstGuess(int from, int to) {
        int wetFaces = 0;
        for (int i = from; i < to; i++) {
            boolean isWet = depth[i] > wetDry;
            double h = isWet ? depth[i] : 1;
            depth[i] = h;
            wet[i] = isWet ? 1 : 0;
            wetFaces += isWet ? 1 : 0;
            factor[i] = Friction.inverseCubeRootGuess(h);
        }
        return wetFaces;
    }

    /** depth^(-7/3) from the first guess of depth^(-1/3): {@link Friction#depthFactor}, loop by loop. */
    private void depthFactors(int from, int to) {
        for (int i = from; i < to; i++) {
            double h = depth[i];
            double y = Friction.towardsInverseCubeRoot(factor[i], h);
            y = Friction.towardsInverseCubeRoot(y, h);
            double y2 = y * y;
            factor[i] = y2 * y2 * y2 * y;
        }
    }

    /** The semi-implicit friction divisor 1 + g·Δt·n²·|q|·h^(-7/3), n the mean of the two cells. */
    private void friction(int from, int to, double[] nA, double[] nB, double[] q, double gDt) {
        for (int i = from; i < to; i++) {
            double n = 0.5 * (nA[i] + nB[i]);
            friction[i] = 1 + gDt * n * n * Math.abs(q[i]) * factor[i];
        }
    }

    private void momentum(int from, int to, double[] q, double[] qBefore, double[] qAfter, double gDtOverDx, double[] out) {
        for (int i = from; i < to; i++) {
            double qAvg = theta * q[i] + side * (qBefore[i] + qAfter[i]);
            out[i] = wet[i] * ((qAvg - gDtOverDx * depth[i] * rise[i]) / friction[i]);
        }
    }
}
