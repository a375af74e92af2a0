package org.drillgrid.model.gis;

/**
 * For every cell of a grid, the nearest cell (Euclidean distance between centres) that is known: the
 * exact distance transform of Felzenszwalb and Huttenlocher (2012), "Distance transforms of sampled
 * functions", Theory of Computing 8, with the argument of each minimum kept. Linear in the cells.
 */
final class NearestCell {

    private NearestCell() {
    }

    /** Index (row * cols + col) of the nearest known cell for each cell; needs at least one known cell. */
    static int[] of(boolean[] known, int cols, int rows) {
        int[] nearRow = new int[known.length];
        double[] g = new double[known.length];
        for (int c = 0; c < cols; c++) {
            columnPass(known, cols, rows, c, nearRow, g);
        }
        int[] out = new int[known.length];
        double[] f = new double[cols];
        int[] v = new int[cols];
        double[] z = new double[cols + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                f[c] = g[r * cols + c];
            }
            envelope(f, v, z);
            int k = 0;
            for (int c = 0; c < cols; c++) {
                while (z[k + 1] < c) {
                    k++;
                }
                out[r * cols + c] = nearRow[r * cols + v[k]] * cols + v[k];
            }
        }
        return out;
    }

    /** Down one column: the nearest known row and the squared distance to it (infinite when none). */
    private static void columnPass(boolean[] known, int cols, int rows, int c, int[] nearRow, double[] g) {
        int last = -1;
        for (int r = 0; r < rows; r++) {
            if (known[r * cols + c]) {
                last = r;
            }
            nearRow[r * cols + c] = last;
        }
        int next = -1;
        for (int r = rows - 1; r >= 0; r--) {
            int i = r * cols + c;
            if (known[i]) {
                next = r;
            }
            int above = nearRow[i];
            int best = above < 0 || next >= 0 && next - r < r - above ? next : above;
            nearRow[i] = best;
            g[i] = best < 0 ? Double.POSITIVE_INFINITY : (double) (r - best) * (r - best);
        }
    }

    /**
     * The lower envelope of the parabolas {@code (q - p)^2 + f[p]} over the finite {@code f[p]}: their
     * apexes in {@code v}, the boundaries between them in {@code z}.
     */
    private static void envelope(double[] f, int[] v, double[] z) {
        int k = -1;
        for (int q = 0; q < f.length; q++) {
            if (f[q] == Double.POSITIVE_INFINITY) {
                continue;
            }
            if (k < 0) {
                k = 0;
                v[0] = q;
                z[0] = Double.NEGATIVE_INFINITY;
                z[1] = Double.POSITIVE_INFINITY;
                continue;
            }
            double s = intersection(f, q, v[k]);
            while (s <= z[k]) {
                k--;
                s = intersection(f, q, v[k]);
            }
            k++;
            v[k] = q;
            z[k] = s;
            z[k + 1] = Double.POSITIVE_INFINITY;
        }
    }

    private static double intersection(double[] f, int q, int p) {
        return ((f[q] + (double) q * q) - (f[p] + (double) p * p)) / (2.0 * q - 2.0 * p);
    }
}
