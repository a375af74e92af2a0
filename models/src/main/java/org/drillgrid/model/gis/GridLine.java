package org.drillgrid.model.gis;

import java.util.Arrays;
import java.util.Map;

/**
 * A line feature on the grid: the cells ({@code row * cols + col}) it passes through, in order along the
 * line, each once, clipped to the grid. Consecutive cells of one stretch share an edge (the walk steps
 * through a corner by one of its two side cells), so a router that moves between edge neighbours can
 * follow it. Where a line crosses itself or doubles back, cells already listed are not listed again,
 * so the list may jump there; the cells of a line inside the grid still form one edge-connected piece.
 */
public record GridLine(int feature, int[] cells, Map<String, String> properties) {

    @Override
    public boolean equals(Object o) {
        return o instanceof GridLine l && l.feature == feature && Arrays.equals(l.cells, cells)
                && l.properties.equals(properties);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * feature + Arrays.hashCode(cells)) + properties.hashCode();
    }

    @Override
    public String toString() {
        return "GridLine[feature=" + feature + ", cells=" + Arrays.toString(cells) + ", properties=" + properties + "]";
    }
}
