package org.drillgrid.model.gis;

import java.util.Arrays;
import java.util.Map;

/**
 * A polygon feature on the grid: the cells ({@code row * cols + col}, row by row) whose centre lies
 * inside it (holes excluded), and their bounding rectangle {@code col0..col1} x {@code row0..row1}
 * (inclusive). A polygon smaller than a cell that holds no centre gets the cell of its centroid.
 */
public record GridArea(int feature, int col0, int row0, int col1, int row1, int[] cells,
        Map<String, String> properties) {

    @Override
    public boolean equals(Object o) {
        return o instanceof GridArea a && a.feature == feature && a.col0 == col0 && a.row0 == row0
                && a.col1 == col1 && a.row1 == row1 && Arrays.equals(a.cells, cells) && a.properties.equals(properties);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * feature + Arrays.hashCode(cells)) + properties.hashCode();
    }

    @Override
    public String toString() {
        return "GridArea[feature=" + feature + ", cols " + col0 + ".." + col1 + ", rows " + row0 + ".." + row1
                + ", " + cells.length + " cells, properties=" + properties + "]";
    }
}
