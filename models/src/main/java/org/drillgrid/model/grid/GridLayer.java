package org.drillgrid.model.grid;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * One raster of doubles over the scenario grid, row-major with row 0 at the north edge. Missing
 * values (nodata) are NaN. Instances are immutable: mutable state of the simulation lives in the
 * engine, never in the scenario's layers.
 */
public final class GridLayer {

    private final int cols;
    private final int rows;
    private final double[] values;

    public GridLayer(int cols, int rows, double[] values) {
        if (cols <= 0 || rows <= 0 || values.length != (long) cols * rows) {
            throw new IllegalArgumentException("grid " + cols + "x" + rows + " needs " + (long) cols * rows
                    + " values, got " + values.length);
        }
        this.cols = cols;
        this.rows = rows;
        this.values = values.clone();
    }

    public static GridLayer constant(int cols, int rows, double value) {
        double[] v = new double[cols * rows];
        Arrays.fill(v, value);
        return new GridLayer(cols, rows, v);
    }

    public int cols() {
        return cols;
    }

    public int rows() {
        return rows;
    }

    public double get(int col, int row) {
        return values[row * cols + col];
    }

    public double at(int index) {
        return values[index];
    }

    public int size() {
        return values.length;
    }

    /** A copy of the values, row-major from the north-west corner. */
    public double[] toArray() {
        return values.clone();
    }

    public GridLayer map(DoubleUnaryOperator f) {
        double[] v = new double[values.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = f.applyAsDouble(values[i]);
        }
        return new GridLayer(cols, rows, v);
    }

    /** Sum of the values that are not NaN. */
    public double sum() {
        double s = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                s += v;
            }
        }
        return s;
    }

    public double min() {
        return Arrays.stream(values).filter(v -> !Double.isNaN(v)).min().orElse(Double.NaN);
    }

    public double max() {
        return Arrays.stream(values).filter(v -> !Double.isNaN(v)).max().orElse(Double.NaN);
    }

    public long count(java.util.function.DoublePredicate p) {
        return Arrays.stream(values).filter(p).count();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GridLayer g && g.cols == cols && g.rows == rows && Arrays.equals(g.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * cols + rows) + Arrays.hashCode(values);
    }
}
