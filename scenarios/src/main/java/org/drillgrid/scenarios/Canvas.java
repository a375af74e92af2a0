package org.drillgrid.scenarios;

import java.util.Arrays;
import java.util.function.DoublePredicate;
import org.drillgrid.model.grid.GridLayer;

/** A mutable raster being drawn; frozen into an immutable {@link GridLayer} when done. Row 0 is north. */
final class Canvas {

    private final int cols;
    private final int rows;
    private final double[] values;

    Canvas(int cols, int rows) {
        this.cols = cols;
        this.rows = rows;
        this.values = new double[cols * rows];
    }

    Canvas(int cols, int rows, double fill) {
        this(cols, rows);
        Arrays.fill(values, fill);
    }

    int cols() {
        return cols;
    }

    int rows() {
        return rows;
    }

    boolean contains(int col, int row) {
        return col >= 0 && row >= 0 && col < cols && row < rows;
    }

    double get(int col, int row) {
        return values[row * cols + col];
    }

    void set(int col, int row, double value) {
        values[row * cols + col] = value;
    }

    /** Sets the cell when it lies on the canvas; drawing near the edges need not clip first. */
    void setIfInside(int col, int row, double value) {
        if (contains(col, row)) {
            set(col, row, value);
        }
    }

    boolean is(int col, int row, double value) {
        return get(col, row) == value;
    }

    /** Whether any cell within {@code radius} (Chebyshev) of (col, row) holds {@code value}. */
    boolean near(int col, int row, int radius, double value) {
        return near(col, row, radius, v -> v == value);
    }

    /** Whether any cell within {@code radius} (Chebyshev) of (col, row) passes {@code test}. */
    boolean near(int col, int row, int radius, DoublePredicate test) {
        for (int r = row - radius; r <= row + radius; r++) {
            for (int c = col - radius; c <= col + radius; c++) {
                if (contains(c, r) && test.test(get(c, r))) {
                    return true;
                }
            }
        }
        return false;
    }

    GridLayer toLayer() {
        return new GridLayer(cols, rows, values);
    }
}
