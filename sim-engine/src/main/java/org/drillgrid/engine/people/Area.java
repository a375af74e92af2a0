package org.drillgrid.engine.people;

import java.util.List;

/** A rectangle of cells, corners inclusive: [col0, row0] to [col1, row1]. Orders and outages cover areas. */
public record Area(int col0, int row0, int col1, int row1) {

    public Area {
        if (col1 < col0 || row1 < row0) {
            throw new IllegalArgumentException("area corners must be [col0, row0] <= [col1, row1], are ["
                    + col0 + ", " + row0 + "] and [" + col1 + ", " + row1 + "]");
        }
    }

    /** The whole grid. */
    public static Area all(int cols, int rows) {
        return new Area(0, 0, cols - 1, rows - 1);
    }

    /** The square of cells within {@code radius} cells of a cell, clipped to the grid. */
    public static Area around(int cell, int radius, int cols, int rows) {
        int c = cell % cols;
        int r = cell / cols;
        return new Area(Math.max(0, c - radius), Math.max(0, r - radius), Math.min(cols - 1, c + radius),
                Math.min(rows - 1, r + radius));
    }

    public boolean contains(int cell, int cols) {
        int c = cell % cols;
        int r = cell / cols;
        return c >= col0 && c <= col1 && r >= row0 && r <= row1;
    }

    /** The centre cell (rounded down). */
    public int centre(int cols) {
        return (row0 + row1) / 2 * cols + (col0 + col1) / 2;
    }

    public List<Integer> asList() {
        return List.of(col0, row0, col1, row1);
    }

    @Override
    public String toString() {
        return "[" + col0 + ", " + row0 + ", " + col1 + ", " + row1 + "]";
    }
}
