package org.drillgrid.scenarios;

import org.drillgrid.model.grid.ValueNoise;

/**
 * One independent stream of the plan's noise. Streams differ only in the seed handed to
 * {@link ValueNoise}, so every value depends on (plan seed, stream, position) alone, never on call order.
 */
final class Noise {

    /** Golden-ratio increment: spreads consecutive stream numbers over the whole seed space. */
    private static final long STREAM_STEP = 0x9E3779B97F4A7C15L;

    private final ValueNoise noise;

    Noise(long seed, int stream) {
        this.noise = new ValueNoise(seed + STREAM_STEP * stream);
    }

    /** Fractal noise in [-1, 1], first octave {@code scale} cells wide, persistence 0.5. */
    double fractal(double col, double row, double scale, int octaves) {
        return noise.fractal(col, row, scale, octaves, 0.5);
    }

    /** Ridged noise in [-1, 1]: sharp crests where the fractal crosses zero, broad troughs between them. */
    double ridged(double col, double row, double scale, int octaves) {
        return 1 - 2 * StrictMath.abs(fractal(col, row, scale, octaves));
    }

    /** A uniform draw in [0, 1) belonging to lattice point (i, j): the noise read exactly on its lattice. */
    double unit(int i, int j) {
        return (noise.at(i, j, 0) + 1) / 2;
    }
}
