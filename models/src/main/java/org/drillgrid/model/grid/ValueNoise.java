package org.drillgrid.model.grid;

/**
 * Seeded lattice value noise and its fractal sum (fBm). Lattice values come from a SplitMix64-style
 * hash of (seed, octave, i, j), so a value depends only on its inputs, not on the order of calls:
 * a raster generated in any order, on any machine, is the same.
 */
public final class ValueNoise {

    private final long seed;

    public ValueNoise(long seed) {
        this.seed = seed;
    }

    /** Smoothly interpolated noise in [-1, 1] at (x, y) in lattice units, for one octave. */
    public double at(double x, double y, int octave) {
        long i = (long) Math.floor(x);
        long j = (long) Math.floor(y);
        double fx = smooth(x - i);
        double fy = smooth(y - j);
        double a = lattice(i, j, octave);
        double b = lattice(i + 1, j, octave);
        double c = lattice(i, j + 1, octave);
        double d = lattice(i + 1, j + 1, octave);
        double top = a + (b - a) * fx;
        double bottom = c + (d - c) * fx;
        return top + (bottom - top) * fy;
    }

    /**
     * Fractal sum over {@code octaves}, first octave of wavelength {@code scale} cells, each next octave
     * half the wavelength and {@code persistence} times the weight; normalised to [-1, 1].
     */
    public double fractal(double col, double row, double scale, int octaves, double persistence) {
        double sum = 0;
        double norm = 0;
        double weight = 1;
        double freq = 1 / scale;
        for (int o = 0; o < octaves; o++) {
            sum += weight * at(col * freq, row * freq, o);
            norm += weight;
            weight *= persistence;
            freq *= 2;
        }
        return sum / norm;
    }

    private double lattice(long i, long j, int octave) {
        long h = mix(seed ^ mix(i * 0x9E3779B97F4A7C15L + j) ^ ((long) octave << 56));
        // 53 random bits to a double in [0, 1), then to [-1, 1)
        return ((h >>> 11) * 0x1.0p-53) * 2 - 1;
    }

    private static double smooth(double t) {
        return t * t * (3 - 2 * t);
    }

    /** SplitMix64 finaliser (Steele, Lea and Flood 2014). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
