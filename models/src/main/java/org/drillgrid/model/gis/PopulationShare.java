package org.drillgrid.model.gis;

import java.util.Arrays;

/**
 * A population raster (people per cell) onto the grid: each source cell's people are shared among the
 * target cells it overlaps in proportion to the overlapping area, whether target cells are finer or
 * coarser, so the total of the part of the raster inside the grid is kept (to rounding). The overlaps are
 * separable: a source column's share of a target column times a source row's share of a target row.
 */
final class PopulationShare {

    /** People per target cell, target cells that overlap a source cell with data, source cells below 0. */
    record Result(double[] values, int covered, int negative) {
    }

    private PopulationShare() {
    }

    /** The grid has {@code cols} x {@code rows} cells of {@code cell}, west edge x0, north edge yTop. */
    static Result of(GeoRaster src, int cols, int rows, double cell, double x0, double yTop) {
        double[] out = new double[cols * rows];
        boolean[] touched = new boolean[out.length];
        int negative = 0;
        Overlaps byCol = Overlaps.along(src.cols(), src.xll(), src.cellSizeX(), x0, cell, cols, false);
        Overlaps byRow = Overlaps.along(src.rows(), src.yMax(), src.cellSizeY(), yTop, cell, rows, true);
        for (int j = 0; j < src.rows(); j++) {
            for (int i = 0; i < src.cols(); i++) {
                double v = src.value(i, j);
                if (Double.isNaN(v)) {
                    continue;
                }
                if (v < 0) {
                    negative++;
                    continue;
                }
                for (int a = byRow.start[j]; a < byRow.start[j + 1]; a++) {
                    for (int b = byCol.start[i]; b < byCol.start[i + 1]; b++) {
                        int t = byRow.target[a] * cols + byCol.target[b];
                        out[t] += v * byRow.fraction[a] * byCol.fraction[b];
                        touched[t] = true;
                    }
                }
            }
        }
        int covered = 0;
        for (boolean t : touched) {
            covered += t ? 1 : 0;
        }
        return new Result(out, covered, negative);
    }

    /**
     * For each source cell along one axis, the target cells it overlaps and the fraction of the source cell
     * in each: entries {@code start[k]} to {@code start[k + 1]} of {@code target} and {@code fraction}.
     */
    private static final class Overlaps {
        final int[] start;
        int[] target = new int[16];
        double[] fraction = new double[16];
        private int size;

        private Overlaps(int n) {
            start = new int[n + 1];
        }

        /** {@code down}: the axis runs from {@code start} downwards (rows from the north edge). */
        static Overlaps along(int n, double start, double size, double targetStart, double cell, int targets,
                boolean down) {
            Overlaps o = new Overlaps(n);
            for (int k = 0; k < n; k++) {
                o.start[k] = o.size;
                // the source cell's span measured from the target grid's first edge, into the grid
                double a = down ? targetStart - start + k * size : start + k * size - targetStart;
                double b = a + size;
                int t0 = (int) Math.max(0, Math.floor(a / cell));
                int t1 = (int) Math.min(targets - 1, Math.ceil(b / cell) - 1);
                for (int t = t0; t <= t1; t++) {
                    double length = Math.min(b, (t + 1) * cell) - Math.max(a, t * cell);
                    if (length > 0) {
                        o.add(t, length / size);
                    }
                }
            }
            o.start[n] = o.size;
            return o;
        }

        private void add(int t, double f) {
            if (size == target.length) {
                target = Arrays.copyOf(target, size * 2);
                fraction = Arrays.copyOf(fraction, size * 2);
            }
            target[size] = t;
            fraction[size++] = f;
        }
    }
}
